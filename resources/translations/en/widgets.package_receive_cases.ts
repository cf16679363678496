<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReceivedCases</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive_cases.py" line="54"/>
        <source>Gói này chứa hồ sơ hỗ trợ đã mã hóa và dữ liệu đăng nhập của mọi tài khoản máy cũ: chỉ dùng để chuyển sang máy mới của xã. Nhập xong hãy xóa tệp khỏi USB. Nếu gói này được gửi nhầm lên cấp trên, đừng nhập phần hồ sơ: xóa tệp và báo xã gửi lại gói thường.</source>
        <translation>This package contains encrypted support cases and the sign-in data of every account on the old PC: it is only for moving to the commune&apos;s new PC. Delete the file from the USB stick once imported. If it was sent to a higher level by mistake, do not import the cases: delete the file and ask the commune to send an ordinary package.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive_cases.py" line="68"/>
        <source>Mã chuyển máy</source>
        <translation>Transfer code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive_cases.py" line="72"/>
        <source>20 ký tự ghi trên giấy khi tạo gói ở máy cũ, ví dụ K7M3Q-…</source>
        <translation>The 20 characters written on paper when the package was made on the old PC, e.g. K7M3Q-…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive_cases.py" line="125"/>
        <source>Nhập {cases} hồ sơ hỗ trợ đã mã hóa ({accounts} tài khoản, {files} tệp)</source>
        <translation>Import {cases} encrypted support cases ({accounts} accounts, {files} files)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive_cases.py" line="134"/>
        <source>Sau khi nhập, đăng nhập Hồ sơ hỗ trợ bằng tài khoản và mật khẩu của máy cũ. Tài khoản đã tạo trên máy này (nếu có) được thay bằng tài khoản của máy cũ.</source>
        <translation>After the import, sign in to Support cases with the old PC&apos;s user name and password. Accounts already created on this PC (if any) are replaced by the old PC&apos;s accounts.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive_cases.py" line="146"/>
        <source>Nhập hồ sơ mã hóa cần quản trị viên của máy này đăng nhập.</source>
        <translation>Importing encrypted cases needs an administrator of this PC to sign in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive_cases.py" line="155"/>
        <source>Đã đăng nhập quản trị viên của máy này.</source>
        <translation>An administrator of this PC is signed in.</translation>
    </message>
</context>
</TS>
