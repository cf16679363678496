<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DeadlineList</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="36"/>
        <source>quá hạn {days} ngày</source>
        <translation>{days} d overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="38"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="39"/>
        <source>còn {days} ngày</source>
        <translation>{days} d left</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="54"/>
        <source>Hạn cần nhớ</source>
        <translation>Upcoming deadlines</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="55"/>
        <source>Không có hạn nào trong 30 ngày tới.</source>
        <translation>No deadlines in the next 30 days.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="63"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="64"/>
        <source>Còn</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="65"/>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="66"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="77"/>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="143"/>
        <source>Đã gửi…</source>
        <translation>Sent…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_list.py" line="147"/>
        <source>Ghi nhận đã gửi báo cáo này lên cấp trên (hỏi ngày gửi)</source>
        <translation>Record that this report was sent to the higher level (asks the date sent)</translation>
    </message>
</context>
</TS>
