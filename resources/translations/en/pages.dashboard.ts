<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="64"/>
        <source>Chưa có hoạt động nào được ghi lại.</source>
        <translation>No activities recorded yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="68"/>
        <source>Khi các hoạt động và đợt tuyên truyền được ghi vào ứng dụng, số liệu trong năm (số hoạt động, người tham gia chia theo nam, nữ, băng rôn, phát thanh, tin bài, tờ rơi, kinh phí) và các hoạt động sắp tới sẽ hiện ở đây.</source>
        <translation>Once activities and awareness-raising events are recorded, this year&apos;s figures (activities, participants by men and women, banners, broadcasts, articles, leaflets, budget) and upcoming activities will appear here.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="88"/>
        <source>Hoạt động sắp tới</source>
        <translation>Upcoming activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="89"/>
        <source>Chưa có hoạt động dự kiến nào từ hôm nay trở đi.</source>
        <translation>No activities planned from today on.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="95"/>
        <source>Hoạt động đã thực hiện gần đây</source>
        <translation>Recently held activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="96"/>
        <source>Chưa có hoạt động nào đã thực hiện.</source>
        <translation>No activities held yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="107"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="128"/>
        <source>Không đọc được số liệu tổng quan lúc này. Vui lòng mở lại trang, hoặc đóng rồi mở lại ứng dụng.</source>
        <translation>The overview figures cannot be read right now. Please open the page again, or close and reopen the app.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="144"/>
        <source>Số liệu năm {year}, tính đến ngày {day}.</source>
        <translation>Figures for {year}, up to {day}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="193"/>
        <source>ĐANG DIỄN RA</source>
        <translation>UNDER WAY</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="195"/>
        <source>Ngày thứ {day}/{total}</source>
        <translation>Day {day} of {total}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="200"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="207"/>
        <source>CHIẾN DỊCH HIỆN TẠI</source>
        <translation>CURRENT CAMPAIGN</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="209"/>
        <source>Còn {days} ngày</source>
        <translation>{days} days to go</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="214"/>
        <source>đến Tháng hành động {start} – {end}</source>
        <translation>until the Action Month {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="222"/>
        <source>Chủ đề Tháng hành động: {theme}</source>
        <translation>Action Month theme: {theme}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="231"/>
        <source>Hoạt động đã thực hiện</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="232"/>
        <source>Lượt người tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="233"/>
        <source>Đợt tuyên truyền</source>
        <translation>Awareness-raising events</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="234"/>
        <source>Băng rôn, pa nô, áp phích</source>
        <translation>Banners, panels, posters</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="235"/>
        <source>Phát thanh</source>
        <translation>Radio broadcasts</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="236"/>
        <source>Tin, bài</source>
        <translation>News items and articles</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="237"/>
        <source>Tờ rơi, tài liệu</source>
        <translation>Leaflets and materials</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="238"/>
        <source>Kinh phí hoạt động</source>
        <translation>Activity budget</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="252"/>
        <source>năm {year}</source>
        <translation>in {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="257"/>
        <source>nữ {female}{share} · nam {male}</source>
        <translation>women {female}{share} · men {male}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="265"/>
        <source>cái, kể cả khẩu hiệu</source>
        <translation>pieces, slogans included</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="269"/>
        <source>lượt phát · {minutes} phút</source>
        <translation>broadcasts · {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="273"/>
        <source>tin, bài</source>
        <translation>items and articles</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="275"/>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="278"/>
        <source>của các hoạt động đã thực hiện</source>
        <translation>of the activities held</translation>
    </message>
</context>
</TS>
