<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ConsolidatedTable</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/consolidated_table.py" line="78"/>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/consolidated_table.py" line="85"/>
        <source>{heading}{unit} — mã {code}</source>
        <translation>{heading}{unit} — code {code}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/consolidated_table.py" line="106"/>
        <source>Tổng cộng ({count} xã)</source>
        <translation>Total ({count} communes)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/consolidated_table.py" line="117"/>
        <source>Xã để trống chỉ tiêu này (không tính là 0).</source>
        <translation>The commune left this indicator blank (not counted as 0).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/consolidated_table.py" line="126"/>
        <source>Tỷ lệ (%): không cộng giữa các xã. Nhấp đúp để xem từng xã.</source>
        <translation>Share (%): not added up across communes. Double-click to see each commune.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/consolidated_table.py" line="129"/>
        <source>{reporting} xã có số liệu, {blank} xã để trống. Nhấp đúp để xem từng xã.</source>
        <translation>{reporting} communes gave a figure, {blank} left it blank. Double-click to see each commune.</translation>
    </message>
</context>
</TS>
