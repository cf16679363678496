<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/edit_dialog.py" line="37"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/edit_dialog.py" line="38"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
