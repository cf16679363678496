<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>RowStatus</name>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/excel_import/importer.py" line="41"/>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/excel_import/importer.py" line="42"/>
        <source>Có lỗi</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/excel_import/importer.py" line="43"/>
        <source>Đã có, bỏ qua</source>
        <translation>Already recorded, skipped</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/excel_import/importer.py" line="44"/>
        <source>Trùng dòng trên, bỏ qua</source>
        <translation>Repeats a row above, skipped</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/excel_import/importer.py" line="45"/>
        <source>Dòng ví dụ, bỏ qua</source>
        <translation>Example row, skipped</translation>
    </message>
</context>
</TS>
