<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="33" />
        <source>Tài khoản người dùng</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="35" />
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="37" />
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="115" />
        <source>Khóa / mở khóa</source>
        <translation>Lock / unlock</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="39" />
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="41" />
        <source>Tạo mã khôi phục mới…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="49" />
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="50" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="51" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="52" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="53" />
        <source>Đăng nhập gần nhất</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="83" />
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="85" />
        <source>Đã khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="110" />
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="112" />
        <source>Khóa</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="131" />
        <source>Đã tạo tài khoản %1.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="144" />
        <source>Đã mở khóa tài khoản %1.</source>
        <translation>Account %1 unlocked.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="146" />
        <source>Đã khóa tài khoản %1.</source>
        <translation>Account %1 locked.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="159" />
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="173" />
        <source>Đã tạo mã khôi phục mới; bản in cũ không còn dùng được.</source>
        <translation>New recovery key created; the old printout no longer works.</translation>
    </message>
</context>
</TS>
