<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PackageCaseOptions</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="39" />
        <source>Kèm số liệu thống kê vụ việc bạo lực gia đình (ẩn danh, số nhỏ ghi “&lt;3”)</source>
        <translation>Include domestic violence case statistics (anonymised, small numbers shown as “&lt;3”)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="46" />
        <source>Kèm hồ sơ hỗ trợ (đã mã hóa) để chuyển sang máy mới</source>
        <translation>Include the support cases (encrypted) to move to a new PC</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="58" />
        <source>Máy này chưa dùng Hồ sơ hỗ trợ (chưa có tài khoản) nên không có số liệu vụ việc để gửi.</source>
        <translation>Support cases are not used on this PC yet (no accounts), so there are no case figures to send.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="66" />
        <source>Số liệu vụ việc chỉ gồm các con số, không có mã hồ sơ hay họ tên. Hồ sơ mã hóa chỉ quản trị viên được gửi, chỉ nhập được vào máy chưa có hồ sơ và chỉ mở được bằng mật khẩu (hoặc khóa khôi phục) của máy này.</source>
        <translation>Case statistics are numbers only, with no case codes or names. Encrypted cases can only be sent by an administrator, only imported into a PC that has no cases yet, and only opened with this PC's passwords (or recovery key).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="82" />
        <source>Gửi hồ sơ mã hóa cần quản trị viên đăng nhập.</source>
        <translation>Sending encrypted cases needs an administrator to sign in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="84" />
        <source>Gửi số liệu vụ việc cần đăng nhập tài khoản Hồ sơ hỗ trợ.</source>
        <translation>Sending case statistics needs a Support cases account to sign in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="92" />
        <source>Chưa đăng nhập nên chưa kèm được phần này.</source>
        <translation>Not signed in, so this part cannot be included.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="97" />
        <source>Chỉ quản trị viên được kèm hồ sơ hỗ trợ (tài khoản đang đăng nhập: {name}, {role}).</source>
        <translation>Only an administrator may include support cases (signed in: {name}, {role}).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="106" />
        <source>Đang đăng nhập: {name}.</source>
        <translation>Signed in: {name}.</translation>
    </message>
</context>
</TS>