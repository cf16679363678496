<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Role</name>
    <message>
        <location filename="../../../gender_equality_desk/core/security/session.py" line="18"/>
        <source>Quản trị viên</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/session.py" line="19"/>
        <source>Cán bộ phụ trách hồ sơ</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/security/session.py" line="20"/>
        <source>Lãnh đạo / chỉ xem thống kê</source>
        <translation>Leadership / statistics only</translation>
    </message>
</context>
</TS>
