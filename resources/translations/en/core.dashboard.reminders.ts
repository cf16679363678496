<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="47"/>
        <source>Tháng hành động kết thúc</source>
        <translation>Action Month ends</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="48"/>
        <source>Bắt đầu Tháng hành động</source>
        <translation>Action Month begins</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="49"/>
        <source>Hồ sơ {code}: lượt theo dõi quá hạn</source>
        <translation>Case {code}: follow-up overdue</translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="28"/>
        <source>Tháng hành động</source>
        <translation>Action Month</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="29"/>
        <source>Hạn báo cáo</source>
        <translation>Report deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="30"/>
        <source>Hoạt động theo kế hoạch</source>
        <translation>Planned activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="31"/>
        <source>Theo dõi hồ sơ</source>
        <translation>Case follow-up</translation>
    </message>
</context>
</TS>
