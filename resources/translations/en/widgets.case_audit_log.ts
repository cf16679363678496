<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="40" />
        <source>Xuất nhật ký…</source>
        <translation>Export log…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="47" />
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="48" />
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="49" />
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="50" />
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="51" />
        <source>Mã hồ sơ</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="52" />
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="64" />
        <source>Xem thêm</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="110" />
        <source>Xuất nhật ký truy cập</source>
        <translation>Export access log</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="112" />
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="123" />
        <source>Không xuất được nhật ký: %1</source>
        <translation>Could not export the log: %1</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="129" />
        <source>Đã xuất %1 dòng nhật ký ra %2.</source>
        <translation>Exported %1 log lines to %2.</translation>
    </message>
</context>
</TS>
