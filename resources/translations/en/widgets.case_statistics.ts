<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CaseStatisticsView</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="115"/>
        <source>Thống kê hồ sơ hỗ trợ năm</source>
        <translation>Support case statistics for</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="122"/>
        <source>Lưu CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="124"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="166"/>
        <source>Số liệu ẩn danh của các hồ sơ tiếp nhận từ 01/01/{year} đến {end}. Ô dưới {threshold} hồ sơ hiện “&lt;{threshold}”, ô “x” được ẩn thêm để không suy ra được ô nhỏ.</source>
        <translation>Anonymised figures for cases taken in from 01/01/{year} to {end}. Cells under {threshold} cases show “&lt;{threshold}”; cells marked “x” are hidden as well so that a small cell cannot be worked out.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="184"/>
        <source>Lưu thống kê hồ sơ</source>
        <translation>Save case statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="186"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="203"/>
        <source>Không lưu được thống kê: {error}</source>
        <translation>Could not save the statistics: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="206"/>
        <source>Đã lưu thống kê ẩn danh vào {path}.</source>
        <translation>Anonymised statistics saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="217"/>
        <source>Đã gửi bản thống kê ẩn danh tới máy in.</source>
        <translation>Anonymised statistics sent to the printer.</translation>
    </message>
</context>
<context>
    <name>case_statistics</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="66"/>
        <source>Tháng {month}/{year}</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_statistics.py" line="88"/>
        <source>Tổng số hồ sơ</source>
        <translation>Total cases</translation>
    </message>
</context>
</TS>
