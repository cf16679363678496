<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="37"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="53"/>
        <source>Xuất nhật ký…</source>
        <translation>Export log…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="60"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="61"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="62"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="63"/>
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="64"/>
        <source>Mã hồ sơ</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="65"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="77"/>
        <source>Xem thêm</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="104"/>
        <source>TỐT: nhật ký truy cập nguyên vẹn ({count} dòng, chuỗi băm khớp).</source>
        <translation>OK: the access log is intact ({count} entries, hash chain matches).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="131"/>
        <source>Xuất nhật ký truy cập</source>
        <translation>Export access log</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="133"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="144"/>
        <source>Không xuất được nhật ký: %1</source>
        <translation>Could not export the log: %1</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="150"/>
        <source>Đã xuất %1 dòng nhật ký ra %2.</source>
        <translation>Exported %1 log lines to %2.</translation>
    </message>
</context>
</TS>
