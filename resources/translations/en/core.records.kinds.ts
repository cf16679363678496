<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>RecordType</name>
    <message>
        <location filename="../../../gender_equality_desk/core/records/kinds.py" line="11"/>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/kinds.py" line="12"/>
        <source>Tuyên truyền</source>
        <translation>Awareness-raising</translation>
    </message>
</context>
</TS>
