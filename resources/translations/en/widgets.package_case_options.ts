<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PackageCaseOptions</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="44"/>
        <source>Kèm số liệu thống kê vụ việc bạo lực gia đình (ẩn danh, số nhỏ ghi “&lt;3”)</source>
        <translation>Include domestic violence case statistics (anonymised, small numbers shown as “&lt;3”)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="51"/>
        <source>Kèm hồ sơ hỗ trợ (đã mã hóa) để chuyển sang máy mới</source>
        <translation>Include the support cases (encrypted) to move to a new PC</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="56"/>
        <source>Gói này sẽ chứa toàn bộ hồ sơ mã hóa và dữ liệu đăng nhập của mọi tài khoản. Chỉ chép sang máy mới của xã, không gửi lên huyện hay cho ai khác, và xóa tệp khỏi USB ngay sau khi nhập xong. Phần hồ sơ được khóa bằng một mã chuyển máy, hiện một lần sau khi xuất: chép mã ra giấy, máy mới sẽ hỏi mã này.</source>
        <translation>This package will hold every encrypted case and the sign-in data of every account. Copy it only to the commune&apos;s new PC, never send it to the district or anyone else, and delete the file from the USB stick as soon as it has been imported. The cases are locked with a transfer code, shown once after the export: copy the code onto paper; the new PC will ask for it.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="68"/>
        <source>Tôi hiểu: chỉ chép sang máy mới và xóa khỏi USB sau khi nhập</source>
        <translation>I understand: new PC only, and delete it from the USB stick after importing</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="83"/>
        <source>Máy này chưa dùng Hồ sơ hỗ trợ (chưa có tài khoản) nên không có số liệu vụ việc để gửi.</source>
        <translation>Support cases are not used on this PC yet (no accounts), so there are no case figures to send.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="91"/>
        <source>Số liệu vụ việc chỉ gồm các con số, không có mã hồ sơ hay họ tên. Hồ sơ mã hóa chỉ quản trị viên được gửi, chỉ nhập được vào máy chưa có hồ sơ và chỉ mở được bằng mật khẩu (hoặc khóa khôi phục) của máy này.</source>
        <translation>Case statistics are numbers only, with no case codes or names. Encrypted cases can only be sent by an administrator, only imported into a PC that has no cases yet, and only opened with this PC&apos;s passwords (or recovery key).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="113"/>
        <source>Gửi hồ sơ mã hóa cần quản trị viên đăng nhập.</source>
        <translation>Sending encrypted cases needs an administrator to sign in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="115"/>
        <source>Gửi số liệu vụ việc cần đăng nhập tài khoản Hồ sơ hỗ trợ.</source>
        <translation>Sending case statistics needs a Support cases account to sign in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="123"/>
        <source>Chưa đăng nhập nên chưa kèm được phần này.</source>
        <translation>Not signed in, so this part cannot be included.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="128"/>
        <source>Chỉ quản trị viên được kèm hồ sơ hỗ trợ (tài khoản đang đăng nhập: {name}, {role}).</source>
        <translation>Only an administrator may include support cases (signed in: {name}, {role}).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="137"/>
        <source>Đang đăng nhập: {name}.</source>
        <translation>Signed in: {name}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_case_options.py" line="149"/>
        <source>Gói kèm hồ sơ mã hóa chỉ dùng để chuyển sang máy mới. Hãy đánh dấu ô “Tôi hiểu…” bên trên để xác nhận, hoặc bỏ chọn hồ sơ hỗ trợ nếu gói này gửi lên cấp trên.</source>
        <translation>A package with the encrypted cases is only for moving to a new PC. Tick “I understand…” above to confirm, or untick the support cases if this package goes to a higher level.</translation>
    </message>
</context>
</TS>
