<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReportSaving</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/report_saving.py" line="43"/>
        <source>Không lưu được “{path}”: {reason}. Hãy chọn thư mục khác.</source>
        <translation>Could not save “{path}”: {reason}. Please choose another folder.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/report_saving.py" line="57"/>
        <source>Đang tạo tệp {name}…</source>
        <translation>Creating the file {name}…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/report_saving.py" line="65"/>
        <source>Không tạo được tệp: {reason}. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ kỹ thuật.</source>
        <translation>Could not create the file: {reason}. Please try again; if it still fails, tell the IT officer.</translation>
    </message>
</context>
</TS>
