<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AccountsPanel</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="34"/>
        <source>Tài khoản người dùng</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="36"/>
        <source>Thêm tài khoản…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="38"/>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="126"/>
        <source>Khóa / mở khóa</source>
        <translation>Lock / unlock</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="40"/>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="42"/>
        <source>Tạo mã khôi phục mới…</source>
        <translation>New recovery key…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="44"/>
        <source>Kiểm tra phân quyền…</source>
        <translation>Check permissions…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="59"/>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="60"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="61"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="62"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="63"/>
        <source>Đăng nhập gần nhất</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="94"/>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="96"/>
        <source>Đã khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="121"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="123"/>
        <source>Khóa</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="141"/>
        <source>Đã tạo tài khoản %1.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="154"/>
        <source>Đã mở khóa tài khoản %1.</source>
        <translation>Account %1 unlocked.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="156"/>
        <source>Đã khóa tài khoản %1.</source>
        <translation>Account %1 locked.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="169"/>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation>New password set for %1.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="183"/>
        <source>Đã tạo mã khôi phục mới; bản in cũ không còn dùng được.</source>
        <translation>New recovery key created; the old printout no longer works.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_accounts.py" line="200"/>
        <source>Đã khôi phục phân quyền; xem chi tiết trong nhật ký truy cập.</source>
        <translation>Permissions restored; see the details in the access log.</translation>
    </message>
</context>
</TS>
