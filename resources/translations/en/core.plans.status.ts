<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/status.py" line="21"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/status.py" line="22"/>
        <source>Đã thực hiện</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/status.py" line="23"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
</context>
</TS>
