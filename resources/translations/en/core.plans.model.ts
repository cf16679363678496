<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PlanKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="35"/>
        <source>Kế hoạch Tháng hành động</source>
        <translation>Action Month plan</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="37"/>
        <source>Kế hoạch năm</source>
        <translation>Annual plan</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="38"/>
        <source>Kế hoạch khác</source>
        <translation>Other plan</translation>
    </message>
</context>
<context>
    <name>SectionKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="23"/>
        <source>MỤC ĐÍCH, YÊU CẦU</source>
        <translation>PURPOSE AND REQUIREMENTS</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="24"/>
        <source>CHỦ ĐỀ, THỜI GIAN THỰC HIỆN</source>
        <translation>THEME AND TIMEFRAME</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="25"/>
        <source>NỘI DUNG CÁC HOẠT ĐỘNG</source>
        <translation>ACTIVITIES</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="26"/>
        <source>TỔ CHỨC THỰC HIỆN</source>
        <translation>IMPLEMENTATION</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="27"/>
        <source>KINH PHÍ THỰC HIỆN</source>
        <translation>BUDGET</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="28"/>
        <source>CHẾ ĐỘ BÁO CÁO</source>
        <translation>REPORTING</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/model.py" line="29"/>
        <source>NỘI DUNG KHÁC</source>
        <translation>OTHER CONTENT</translation>
    </message>
</context>
</TS>
