<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceOverviewPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="43"/>
        <source>Hạn nộp {deadline} — còn {days} ngày</source>
        <translation>Due {deadline} — {days} days left</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="47"/>
        <source>Hạn nộp {deadline} — hôm nay là hạn cuối</source>
        <translation>Due {deadline} — today is the last day</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="50"/>
        <source>Hạn nộp {deadline} — đã quá hạn {days} ngày</source>
        <translation>Due {deadline} — {days} days overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="74"/>
        <source>đã báo cáo: {reported}/{expected} xã</source>
        <translation>reported: {reported}/{expected} communes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="91"/>
        <source>Đúng hạn: {n}</source>
        <translation>On time: {n}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="93"/>
        <source>Nộp muộn: {n}</source>
        <translation>Late: {n}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="95"/>
        <source>Chưa nộp: {n}</source>
        <translation>Not yet: {n}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="104"/>
        <source>{n} báo cáo có cảnh báo cần xem lại.</source>
        <translation>{n} reports with warnings to review.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="128"/>
        <source>Chưa có kỳ báo cáo nào. Nhập danh bạ xã (trang Danh bạ xã) và tạo kỳ báo cáo (trang Kỳ báo cáo): tiến độ nộp báo cáo của các xã sẽ hiện ở đây.</source>
        <translation>No reporting round yet. Import the commune roster (Roster page) and create a reporting round (Rounds page): the communes' reporting progress will show here.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="145"/>
        <source>Hạn sắp tới</source>
        <translation>Next deadlines</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="147"/>
        <source>Không có kỳ báo cáo nào còn hạn.</source>
        <translation>No reporting round is still open.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="155"/>
        <source>Hạn nộp</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="156"/>
        <source>Còn</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="157"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting round</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="158"/>
        <source>Chưa nộp</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="168"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="171"/>
        <source>Tiến độ nộp báo cáo của các xã theo từng kỳ báo cáo và các hạn sắp tới.</source>
        <translation>The communes' reporting progress by reporting round, and the next deadlines.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="212"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="214"/>
        <source>{days} ngày</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_overview.py" line="216"/>
        <source>{n}/{expected} xã</source>
        <translation>{n}/{expected} communes</translation>
    </message>
</context>
</TS>
