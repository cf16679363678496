<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReportStatus</name>
    <message>
        <location filename="../../../gender_equality_desk/core/province/completeness.py" line="48"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/province/completeness.py" line="49"/>
        <source>Nộp muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/province/completeness.py" line="50"/>
        <source>Chưa nộp</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/province/completeness.py" line="53"/>
        <source>có cảnh báo</source>
        <translation>with warnings</translation>
    </message>
</context>
</TS>
