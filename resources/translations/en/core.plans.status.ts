<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/status.py" line="26"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/status.py" line="27"/>
        <source>Đã thực hiện</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/status.py" line="28"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/status.py" line="29"/>
        <source>Chờ xác nhận</source>
        <translation>Awaiting confirmation</translation>
    </message>
</context>
</TS>
