<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CaseStatistics</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="165"/>
        <source>Theo hành vi bạo lực gia đình</source>
        <translation>By act of domestic violence</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="171"/>
        <source>Theo loại GBVIMS</source>
        <translation>By GBVIMS type</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="177"/>
        <source>Nạn nhân theo giới tính</source>
        <translation>Survivors by sex</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="183"/>
        <source>Nạn nhân theo nhóm tuổi</source>
        <translation>Survivors by age group</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="189"/>
        <source>Theo quan hệ của người gây bạo lực với nạn nhân</source>
        <translation>By the perpetrator&apos;s relationship to the survivor</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="195"/>
        <source>Số vụ được áp dụng từng biện pháp</source>
        <translation>Cases per measure applied</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="201"/>
        <source>Theo thôn</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="204"/>
        <source>Không rõ thôn</source>
        <translation>Village unknown</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/statistics.py" line="210"/>
        <source>Theo tháng tiếp nhận</source>
        <translation>By month of intake</translation>
    </message>
</context>
</TS>
