<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/progress.py" line="24"/>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/progress.py" line="25"/>
        <source>Tuyên truyền</source>
        <translation>Awareness-raising</translation>
    </message>
</context>
</TS>
