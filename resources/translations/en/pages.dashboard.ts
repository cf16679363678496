<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="72"/>
        <source>Chưa có hoạt động nào được ghi lại.</source>
        <translation>No activities recorded yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="76"/>
        <source>Khi các hoạt động và đợt tuyên truyền được ghi vào ứng dụng, số liệu trong năm (số hoạt động, người tham gia chia theo nam, nữ, băng rôn, phát thanh, tin bài, tờ rơi, kinh phí) và các hoạt động sắp tới sẽ hiện ở đây.</source>
        <translation>Once activities and awareness-raising events are recorded, this year&apos;s figures (activities, participants by men and women, banners, broadcasts, articles, leaflets, budget) and upcoming activities will appear here.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="96"/>
        <source>Hoạt động sắp tới</source>
        <translation>Upcoming activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="97"/>
        <source>Chưa có hoạt động dự kiến nào từ hôm nay trở đi.</source>
        <translation>No activities planned from today on.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="103"/>
        <source>Hoạt động đã thực hiện gần đây</source>
        <translation>Recently held activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="104"/>
        <source>Chưa có hoạt động nào đã thực hiện.</source>
        <translation>No activities held yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="115"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="162"/>
        <source>Đã ghi nhận “{report}” (kỳ hạn {due}) đã gửi ngày {sent}. Nếu nhầm, hoàn tác trong Cài đặt → Hạn báo cáo.</source>
        <translation>Recorded: “{report}” (due {due}) was sent on {sent}. If this is a mistake, undo it in Settings → Report deadlines.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="178"/>
        <source>Không đọc được số liệu tổng quan lúc này. Vui lòng mở lại trang, hoặc đóng rồi mở lại ứng dụng.</source>
        <translation>The overview figures cannot be read right now. Please open the page again, or close and reopen the app.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="195"/>
        <source>Số liệu năm {year}, tính đến ngày {day}.</source>
        <translation>Figures for {year}, up to {day}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="244"/>
        <source>ĐANG DIỄN RA</source>
        <translation>UNDER WAY</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="246"/>
        <source>Ngày thứ {day}/{total}</source>
        <translation>Day {day} of {total}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="251"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="258"/>
        <source>CHIẾN DỊCH HIỆN TẠI</source>
        <translation>CURRENT CAMPAIGN</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="260"/>
        <source>Còn {days} ngày</source>
        <translation>{days} days to go</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="265"/>
        <source>đến Tháng hành động {start} – {end}</source>
        <translation>until the Action Month {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="273"/>
        <source>Chủ đề Tháng hành động: {theme}</source>
        <translation>Action Month theme: {theme}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="282"/>
        <source>Hoạt động đã thực hiện</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="283"/>
        <source>Lượt người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="284"/>
        <source>Đợt tuyên truyền</source>
        <translation>Awareness-raising events</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="285"/>
        <source>Băng rôn, pa nô, áp phích</source>
        <translation>Banners, panels, posters</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="286"/>
        <source>Phát thanh</source>
        <translation>Radio broadcasts</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="287"/>
        <source>Tin, bài</source>
        <translation>News items and articles</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="288"/>
        <source>Tờ rơi, tài liệu</source>
        <translation>Leaflets and materials</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="289"/>
        <source>Kinh phí hoạt động</source>
        <translation>Activity budget</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="303"/>
        <source>năm {year}</source>
        <translation>in {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="308"/>
        <source>nữ {female}{share} · nam {male}</source>
        <translation>women {female}{share} · men {male}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="313"/>
        <source> · chưa rõ {unknown}</source>
        <translation> · sex not recorded {unknown}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="316"/>
        <source>cái, kể cả khẩu hiệu</source>
        <translation>pieces, slogans included</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="320"/>
        <source>lượt phát · {minutes} phút</source>
        <translation>broadcasts · {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="324"/>
        <source>tin, bài</source>
        <translation>items and articles</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="326"/>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="329"/>
        <source>của các hoạt động đã thực hiện</source>
        <translation>of the activities held</translation>
    </message>
</context>
</TS>
