<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>RecordTableModel</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/record_table.py" line="296" />
            <source>Không đọc được danh sách: {error}. Vui lòng thử lại.</source>
            <translation>Could not read the list: {error}. Please try again.</translation>
        </message>
    </context>
</TS>
