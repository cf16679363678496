<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DeadlineList</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="21"/>
        <source>quá hạn {days} ngày</source>
        <translation>{days} d overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="23"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="24"/>
        <source>còn {days} ngày</source>
        <translation>{days} d left</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="36"/>
        <source>Hạn cần nhớ</source>
        <translation>Upcoming deadlines</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="37"/>
        <source>Không có hạn nào trong 30 ngày tới.</source>
        <translation>No deadlines in the next 30 days.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="45"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="46"/>
        <source>Còn</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="47"/>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="48"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
</context>
</TS>
