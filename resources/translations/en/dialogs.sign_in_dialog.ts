<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/sign_in_dialog.py" line="21" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/sign_in_dialog.py" line="31" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>