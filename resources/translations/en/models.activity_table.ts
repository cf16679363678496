<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>activity_table</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="33"/>
        <source>Tổng số {n} người</source>
        <translation>{n} people in total</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="36"/>
        <source>nữ {n}</source>
        <translation>{n} women</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="38"/>
        <source>nam {n}</source>
        <translation>{n} men</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="44"/>
        <source>Không có kinh phí</source>
        <translation>No budget</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="45"/>
        <source>{amount} đ</source>
        <translation>{amount} VND</translation>
    </message>
</context>
</TS>
