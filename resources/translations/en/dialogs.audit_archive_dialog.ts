<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AuditArchiveDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="41"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="58"/>
        <source>Nhật ký truy cập của máy cũ</source>
        <translation>Access log of the old PC</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="63"/>
        <source>Nhật ký truy cập hồ sơ hỗ trợ trên máy cũ, chuyển sang cùng hồ sơ khi đổi máy. Chỉ để xem: không sửa, không xóa được. Máy này ghi lại mỗi lần xem.</source>
        <translation>The support-case access log of the old PC, brought over with the cases when the PC was replaced. Read-only: nothing can be changed or deleted. This PC logs every viewing.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="75"/>
        <source>Nhật ký:</source>
        <translation>Log:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="92"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="93"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="94"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="95"/>
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="96"/>
        <source>Mã hồ sơ</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="97"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="107"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="116"/>
        <source>{name} (tệp hỏng)</source>
        <translation>{name} (damaged file)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="119"/>
        <source>{commune} — gói {package} ({count} dòng, đến {last})</source>
        <translation>{commune} — package {package} ({count} lines, up to {last})</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="129"/>
        <source>Chưa có nhật ký máy cũ nào.</source>
        <translation>There is no old PC&apos;s log yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="138"/>
        <source>TỐT: nhật ký máy cũ nguyên vẹn ({count} dòng, chuỗi băm khớp).</source>
        <translation>OK: the old PC&apos;s log is intact ({count} lines, hash chain matches).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="147"/>
        <source>Từ gói {package} (tạo lúc {created}) của {commune}; tệp {name}.</source>
        <translation>From package {package} (made {created}) of {commune}; file {name}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/audit_archive_dialog.py" line="156"/>
        <source>Tệp {name}.</source>
        <translation>File {name}.</translation>
    </message>
</context>
</TS>
