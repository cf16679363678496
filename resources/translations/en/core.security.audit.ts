<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="41"/>
        <source>Đăng nhập</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="42"/>
        <source>Đăng xuất</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="43"/>
        <source>Đăng nhập không thành công</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="44"/>
        <source>Đổi mật khẩu</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="47"/>
        <source>Đặt lại mật khẩu bằng khóa khôi phục</source>
        <translation>Password reset with the recovery key</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="49"/>
        <source>Tạo tài khoản</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="50"/>
        <source>Sửa tài khoản</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="51"/>
        <source>Khởi tạo bảo mật</source>
        <translation>Security set up</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="52"/>
        <source>Xem hồ sơ</source>
        <translation>Case viewed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="53"/>
        <source>Tạo hồ sơ</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="54"/>
        <source>Sửa hồ sơ</source>
        <translation>Case changed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="55"/>
        <source>Đóng hồ sơ</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="56"/>
        <source>Mở lại hồ sơ</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="57"/>
        <source>Thêm tệp hồ sơ</source>
        <translation>Case file added</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="58"/>
        <source>Mở tệp hồ sơ</source>
        <translation>Case file opened</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="59"/>
        <source>Xuất dữ liệu</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="60"/>
        <source>In</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="61"/>
        <source>Xem nhật ký truy cập</source>
        <translation>Access log viewed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="62"/>
        <source>Nhập nhật ký máy cũ</source>
        <translation>Old PC&apos;s access log imported</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="63"/>
        <source>Sửa danh mục, cài đặt</source>
        <translation>Catalogues or settings changed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="66"/>
        <source>Neo nhật ký, vai trò và phân công</source>
        <translation>Anchor the log, roles and assignments</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="70"/>
        <source>Xử lý sửa đổi ngoài ứng dụng</source>
        <translation>Deal with changes made outside the app</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/audit.py" line="74"/>
        <source>Chấp nhận khóa ký mới của nơi gửi gói</source>
        <translation>Accept a package sender's new signing key</translation>
    </message>
</context>
</TS>
