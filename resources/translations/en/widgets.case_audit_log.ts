<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="42"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="58"/>
        <source>Xuất nhật ký…</source>
        <translation>Export log…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="61"/>
        <source>Nhật ký máy cũ…</source>
        <translation>Old PC&apos;s log…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="64"/>
        <source>Nhật ký truy cập của máy cũ, chuyển sang cùng hồ sơ khi đổi máy.</source>
        <translation>The access log of the old PC, brought over with the cases when this PC replaced it.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="72"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="73"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="74"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="75"/>
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="76"/>
        <source>Mã hồ sơ</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="77"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="89"/>
        <source>Xem thêm</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="136"/>
        <source>TỐT: nhật ký truy cập nguyên vẹn ({count} dòng, chuỗi băm khớp).</source>
        <translation>OK: the access log is intact ({count} entries, hash chain matches).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="139"/>
        <source>TỐT: nhật ký truy cập nguyên vẹn ({count} dòng, chuỗi băm khớp, mã xác thực khớp).</source>
        <translation>OK: the access log is intact ({count} entries, hash chain and authentication codes match).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="144"/>
        <source>{n} dòng ghi trước khi có mã xác thực được giữ nguyên như lúc đó.</source>
        <translation>{n} entries written before authentication codes are kept as they were.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="148"/>
        <source>{n} chỗ bị sửa ngoài ứng dụng trước đây đã được quản trị viên xử lý.</source>
        <translation>{n} earlier changes made outside the app were dealt with by an administrator.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="171"/>
        <source>Xuất nhật ký truy cập</source>
        <translation>Export access log</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="173"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="183"/>
        <source>Không xuất được nhật ký: %1</source>
        <translation>Could not export the log: %1</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="189"/>
        <source>Đã xuất %1 dòng nhật ký ra %2.</source>
        <translation>Exported %1 log lines to %2.</translation>
    </message>
</context>
</TS>
