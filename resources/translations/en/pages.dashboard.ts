<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="66" />
            <source>Chưa có hoạt động nào được ghi lại.</source>
            <translation>No activities recorded yet.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="70" />
            <source>Khi các hoạt động và đợt tuyên truyền được ghi vào ứng dụng, số liệu trong năm (số hoạt động, người tham gia chia theo nam, nữ, băng rôn, phát thanh, tin bài, tờ rơi, kinh phí) và các hoạt động sắp tới sẽ hiện ở đây.</source>
            <translation>Once activities and awareness-raising events are recorded, this year's figures (activities, participants by men and women, banners, broadcasts, articles, leaflets, budget) and upcoming activities will appear here.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="90" />
            <source>Hoạt động sắp tới</source>
            <translation>Upcoming activities</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="91" />
            <source>Chưa có hoạt động dự kiến nào từ hôm nay trở đi.</source>
            <translation>No activities planned from today on.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="97" />
            <source>Hoạt động đã thực hiện gần đây</source>
            <translation>Recently held activities</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="98" />
            <source>Chưa có hoạt động nào đã thực hiện.</source>
            <translation>No activities held yet.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="109" />
            <source>Tổng quan</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="125" />
            <source>Số liệu năm {year}, tính đến ngày {day}.</source>
            <translation>Figures for {year}, up to {day}.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="174" />
            <source>ĐANG DIỄN RA</source>
            <translation>UNDER WAY</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="176" />
            <source>Ngày thứ {day}/{total}</source>
            <translation>Day {day} of {total}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="181" />
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="188" />
            <source>CHIẾN DỊCH HIỆN TẠI</source>
            <translation>CURRENT CAMPAIGN</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="190" />
            <source>Còn {days} ngày</source>
            <translation>{days} days to go</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="195" />
            <source>đến Tháng hành động {start} – {end}</source>
            <translation>until the Action Month {start} – {end}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="203" />
            <source>Chủ đề Tháng hành động: {theme}</source>
            <translation>Action Month theme: {theme}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="212" />
            <source>Hoạt động đã thực hiện</source>
            <translation>Activities held</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="213" />
            <source>Lượt người tham gia</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="214" />
            <source>Đợt tuyên truyền</source>
            <translation>Awareness-raising events</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="215" />
            <source>Băng rôn, pa nô, áp phích</source>
            <translation>Banners, panels, posters</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="216" />
            <source>Phát thanh</source>
            <translation>Radio broadcasts</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="217" />
            <source>Tin, bài</source>
            <translation>News items and articles</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="218" />
            <source>Tờ rơi, tài liệu</source>
            <translation>Leaflets and materials</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="219" />
            <source>Kinh phí hoạt động</source>
            <translation>Activity budget</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="233" />
            <source>năm {year}</source>
            <translation>in {year}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="238" />
            <source>nữ {female}{share} · nam {male}</source>
            <translation>women {female}{share} · men {male}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="246" />
            <source>cái, kể cả khẩu hiệu</source>
            <translation>pieces, slogans included</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="250" />
            <source>lượt phát · {minutes} phút</source>
            <translation>broadcasts · {minutes} minutes</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="254" />
            <source>tin, bài</source>
            <translation>items and articles</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="256" />
            <source>bản</source>
            <translation>copies</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/dashboard.py" line="259" />
            <source>của các hoạt động đã thực hiện</source>
            <translation>of the activities held</translation>
        </message>
    </context>
</TS>
