<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceRound</name>
    <message>
        <location filename="../../../gender_equality_desk/core/province/round_scope.py" line="39"/>
        <source>Tháng hành động</source>
        <translation>Action Month</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/province/round_scope.py" line="40"/>
        <source>Công tác bình đẳng giới</source>
        <translation>Gender equality work</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/province/round_scope.py" line="41"/>
        <source>Thống kê bạo lực gia đình</source>
        <translation>Domestic violence statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/province/round_scope.py" line="44"/>
        <source>15/11–15/12</source>
        <translation>15/11–15/12</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/province/round_scope.py" line="45"/>
        <source>6 tháng đầu năm</source>
        <translation>first half</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/province/round_scope.py" line="46"/>
        <source>cả năm</source>
        <translation>whole year</translation>
    </message>
</context>
</TS>
