<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PlanTemplate</name>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/templates.py" line="46"/>
        <source>Kế hoạch Tháng hành động vì bình đẳng giới (cấp xã)</source>
        <translation>Action Month for Gender Equality plan (commune level)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/plans/templates.py" line="47"/>
        <source>Kế hoạch thực hiện công tác bình đẳng giới năm (cấp xã)</source>
        <translation>Annual gender equality work plan (commune level)</translation>
    </message>
</context>
</TS>
