<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>ActivityForm</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_form.py" line="77" />
            <source>Sửa hoạt động</source>
            <translation>Edit activity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_form.py" line="79" />
            <source>Nhân bản hoạt động</source>
            <translation>Duplicate activity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_form.py" line="81" />
            <source>Thêm hoạt động</source>
            <translation>Add activity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_form.py" line="111" />
            <source>— Chọn loại hoạt động —</source>
            <translation>— Choose an activity kind —</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_form.py" line="114" />
            <source>— Không ở thôn, bản cụ thể —</source>
            <translation>— No particular village —</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_form.py" line="234" />
            <source>Tự động theo ngày: {name}</source>
            <translation>Automatic by date: {name}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_form.py" line="255" />
            <source>Chưa lưu: {problem}</source>
            <translation>Not saved: {problem}</translation>
        </message>
    </context>
</TS>
