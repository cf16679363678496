<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/progress.py" line="28"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/progress.py" line="29"/>
        <source>Đã thực hiện</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/progress.py" line="30"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/progress.py" line="34"/>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/progress.py" line="35"/>
        <source>Tuyên truyền</source>
        <translation>Awareness-raising</translation>
    </message>
</context>
</TS>
