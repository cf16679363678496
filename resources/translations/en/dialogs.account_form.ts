<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AccountFormDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="108" />
        <source>Thêm tài khoản</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="122" />
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="123" />
        <source>Họ tên người dùng</source>
        <translation>User’s full name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="124" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="125" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="126" />
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="128" />
        <source>Mật khẩu cần ít nhất {count} ký tự, có cả chữ và số.</source>
        <translation>The password needs at least {count} characters, with both letters and digits.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="141" />
        <source>Chưa nhập họ tên người dùng tài khoản.</source>
        <translation>The account holder’s full name is missing.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="164" />
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="168" />
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="173" />
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="174" />
        <source>Nhập lại mật khẩu mới</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="45" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="46" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/account_form.py" line="78" />
        <source>Hai lần nhập mật khẩu không giống nhau. Hãy nhập lại.</source>
        <translation>The two passwords do not match. Please type them again.</translation>
    </message>
</context>
</TS>
