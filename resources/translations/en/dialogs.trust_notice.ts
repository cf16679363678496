<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>TrustNoticeDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_notice.py" line="24"/>
        <source>Phát hiện sửa đổi ngoài ứng dụng</source>
        <translation>Changes made outside the app</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_notice.py" line="25"/>
        <source>Dữ liệu hồ sơ hỗ trợ đã bị sửa bằng công cụ ngoài ứng dụng (không qua phần mềm):</source>
        <translation>Support-case data was changed with a tool outside the app (not through this software):</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_notice.py" line="30"/>
        <source>Vào Tài khoản → Kiểm tra phân quyền để xem chi tiết và khôi phục vai trò, phân công như phần mềm đã ghi. Nhật ký truy cập giữ lại dấu vết; nếu cần, khôi phục bản sao lưu trước ngày bị sửa.</source>
        <translation>Go to Accounts → Check permissions to see the details and put roles and assignments back as the software wrote them. The access log keeps the traces; if needed, restore a backup from before the change.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_notice.py" line="37"/>
        <source>Hãy báo ngay cho quản trị viên; không tự sửa tệp dữ liệu.</source>
        <translation>Tell an administrator at once; do not edit the data file yourself.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_notice.py" line="44"/>
        <source>Nhật ký và phân quyền đã được bảo vệ</source>
        <translation>Log and permissions now protected</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_notice.py" line="45"/>
        <source>Lần đầu bảo vệ bằng mã xác thực trên máy này:</source>
        <translation>Protected with authentication codes for the first time on this PC:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_notice.py" line="46"/>
        <source>Nếu có tài khoản quản trị viên lạ hoặc số hồ sơ không đúng, hãy khôi phục bản sao lưu trước khi làm tiếp.</source>
        <translation>If there is an administrator account you do not know, or the number of cases is wrong, restore a backup before going on.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_notice.py" line="60"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
