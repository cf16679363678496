<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CompletenessTable</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="49"/>
        <source>muộn {days} ngày</source>
        <translation>{days} days late</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="51"/>
        <source>quá hạn {days} ngày</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="61"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="62"/>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="63"/>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="64"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="65"/>
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="66"/>
        <source>Muộn / quá hạn</source>
        <translation>Late / overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="67"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="68"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/completeness_table.py" line="69"/>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
</context>
</TS>
