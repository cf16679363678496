<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DvForm</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/catalogue.py" line="31"/>
        <source>Bạo lực thân thể</source>
        <translation>Physical violence</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/catalogue.py" line="32"/>
        <source>Bạo lực tinh thần</source>
        <translation>Psychological violence</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/catalogue.py" line="33"/>
        <source>Bạo lực tình dục</source>
        <translation>Sexual violence</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/catalogue.py" line="34"/>
        <source>Bạo lực kinh tế</source>
        <translation>Economic violence</translation>
    </message>
</context>
</TS>
