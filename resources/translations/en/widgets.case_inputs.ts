<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_inputs.py" line="25" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_inputs.py" line="38" />
        <source>“{text}” không phải ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/03/2026.</source>
        <translation>“{text}” is not a valid date. Type it as day/month/year, for example 14/03/2026.</translation>
    </message>
</context>
</TS>
