<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CatalogueKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/catalogues.py" line="45"/>
        <source>Thôn, bản, tổ dân phố</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/catalogues.py" line="46"/>
        <source>Loại hoạt động</source>
        <translation>Activity types</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/catalogues.py" line="47"/>
        <source>Hình thức tuyên truyền</source>
        <translation>Propaganda types</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/catalogues.py" line="48"/>
        <source>Đơn vị phụ trách</source>
        <translation>Responsible units</translation>
    </message>
</context>
</TS>
