<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SenderKeyOverride</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_sender_key.py" line="33"/>
        <source>Chấp nhận khóa ký mới… (quản trị viên)</source>
        <translation>Accept the new signing key… (administrator)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_sender_key.py" line="46"/>
        <source>Chỉ chấp nhận khi cán bộ của {commune} đã đọc qua điện thoại đúng mã khóa ký {new} (dòng “Mã khóa ký của máy này” khi họ xuất gói).

Khóa đã ghi nhớ {old} sẽ bị thay bằng khóa này, và việc chấp nhận được ghi vào nhật ký truy cập. Chấp nhận khóa mới?</source>
        <translation>Accept only if the officer of {commune} read out exactly the key fingerprint {new} on the phone (the line “Signing key of this PC” when they export a package).

The remembered key {old} will be replaced by this one, and the acceptance is written to the access log. Accept the new key?</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_sender_key.py" line="54"/>
        <source>Chấp nhận khóa ký mới</source>
        <translation>Accept the new signing key</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_sender_key.py" line="65"/>
        <source>Chấp nhận khóa ký mới của nơi gửi cần quản trị viên của máy này đăng nhập.</source>
        <translation>Accepting a sender's new signing key needs an administrator of this PC to sign in.</translation>
    </message>
</context>
</TS>
