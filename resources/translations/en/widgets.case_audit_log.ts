<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="40"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="56"/>
        <source>Xuất nhật ký…</source>
        <translation>Export log…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="59"/>
        <source>Nhật ký máy cũ…</source>
        <translation>Old PC&apos;s log…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="62"/>
        <source>Nhật ký truy cập của máy cũ, chuyển sang cùng hồ sơ khi đổi máy.</source>
        <translation>The access log of the old PC, brought over with the cases when this PC replaced it.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="70"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="71"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="72"/>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="73"/>
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="74"/>
        <source>Mã hồ sơ</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="75"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="87"/>
        <source>Xem thêm</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="119"/>
        <source>TỐT: nhật ký truy cập nguyên vẹn ({count} dòng, chuỗi băm khớp).</source>
        <translation>OK: the access log is intact ({count} entries, hash chain matches).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="146"/>
        <source>Xuất nhật ký truy cập</source>
        <translation>Export access log</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="148"/>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="158"/>
        <source>Không xuất được nhật ký: %1</source>
        <translation>Could not export the log: %1</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_audit_log.py" line="164"/>
        <source>Đã xuất %1 dòng nhật ký ra %2.</source>
        <translation>Exported %1 log lines to %2.</translation>
    </message>
</context>
</TS>
