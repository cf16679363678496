<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReceivedStatisticsView</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_statistics_view.py" line="29" />
        <source>Chỉ tiêu, nhóm</source>
        <translation>Indicator, group</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_statistics_view.py" line="30" />
        <source>Số vụ</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_statistics_view.py" line="41" />
        <source>Gói này không kèm số liệu vụ việc.</source>
        <translation>This package carries no case statistics.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_statistics_view.py" line="45" />
        <source>{commune}, từ {start} đến {end}: tổng {total} vụ</source>
        <translation>{commune}, {start} to {end}: {total} cases in total</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_statistics_view.py" line="48" />
        <source>Đơn vị không rõ</source>
        <translation>Unknown unit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/received_statistics_view.py" line="54" />
        <source>Số liệu ẩn danh: số từ 1 đến {below} ghi “&lt;{threshold}”, “x” là ô ẩn thêm để không suy ra được ô nhỏ từ tổng. Khi nhập, số liệu được lưu lại để tổng hợp các xã.</source>
        <translation>Anonymised figures: numbers from 1 to {below} are shown as “&lt;{threshold}”; “x” marks a cell hidden as well so that a small one cannot be worked out from the total. On import, the figures are kept for summing up the communes.</translation>
    </message>
</context>
</TS>