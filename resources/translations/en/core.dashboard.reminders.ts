<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="63"/>
        <source>Tháng hành động kết thúc</source>
        <translation>Action Month ends</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="64"/>
        <source>Bắt đầu Tháng hành động</source>
        <translation>Action Month begins</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="65"/>
        <source>Hồ sơ {code}: lượt theo dõi quá hạn</source>
        <translation>Case {code}: follow-up overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="66"/>
        <source>{count} hoạt động quá hạn chưa thực hiện của {subject}</source>
        <translation>{count} overdue activities not carried out in {subject}</translation>
    </message>
</context>
<context>
    <name>DeadlineKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="37"/>
        <source>Tháng hành động</source>
        <translation>Action Month</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="38"/>
        <source>Hạn báo cáo</source>
        <translation>Report deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="39"/>
        <source>Hoạt động theo kế hoạch</source>
        <translation>Planned activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/dashboard/reminders.py" line="40"/>
        <source>Theo dõi hồ sơ</source>
        <translation>Case follow-up</translation>
    </message>
</context>
</TS>
