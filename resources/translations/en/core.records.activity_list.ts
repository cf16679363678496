<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ActivityColumn</name>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="29"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="30"/>
        <source>Tên hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="31"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="32"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="33"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="34"/>
        <source>Tham gia</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="35"/>
        <source>Nữ</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="36"/>
        <source>Kinh phí (đ)</source>
        <translation>Budget (VND)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/records/activity_list.py" line="37"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
</TS>
