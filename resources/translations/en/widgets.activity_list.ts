<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>ActivityList</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/activity_list.py" line="51" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/activity_list.py" line="52" />
            <source>Hoạt động</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/activity_list.py" line="53" />
            <source>Địa điểm</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/activity_list.py" line="56" />
            <source>Tham gia (nữ)</source>
            <translation>Participants (women)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/activity_list.py" line="94" />
            <source>{total} (nữ {female})</source>
            <translation>{total} ({female} women)</translation>
        </message>
    </context>
</TS>