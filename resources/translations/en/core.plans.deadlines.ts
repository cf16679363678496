<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DeadlineKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/deadlines.py" line="30"/>
        <source>Tháng hành động</source>
        <translation>Action Month</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/deadlines.py" line="31"/>
        <source>Hạn báo cáo</source>
        <translation>Report deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/deadlines.py" line="32"/>
        <source>Hoạt động theo kế hoạch</source>
        <translation>Planned activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/deadlines.py" line="33"/>
        <source>Theo dõi hồ sơ</source>
        <translation>Case follow-up</translation>
    </message>
</context>
</TS>
