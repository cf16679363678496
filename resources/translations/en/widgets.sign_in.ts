<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SignInCard</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in.py" line="49" />
        <source>Đăng nhập để mở hồ sơ hỗ trợ</source>
        <translation>Sign in to open the support cases</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in.py" line="52" />
        <source>Hồ sơ hỗ trợ nạn nhân là thông tin mật. Mỗi lần đăng nhập, xem và sửa hồ sơ đều được ghi vào nhật ký.</source>
        <translation>Survivor support cases are confidential. Every sign-in, view and change of a case is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in.py" line="64" />
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in.py" line="65" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in.py" line="71" />
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sign_in.py" line="87" />
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your username and password.</translation>
    </message>
</context>
</TS>
