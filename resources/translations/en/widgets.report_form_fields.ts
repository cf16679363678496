<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReportFormFields</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_form_fields.py" line="35"/>
        <source>ví dụ: Biểu số 01 (để trống nếu tỉnh không quy định)</source>
        <translation>e.g. Form No. 01 (leave empty if the province sets none)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_form_fields.py" line="41"/>
        <source>ví dụ: văn bản của tỉnh quy định mẫu biểu (số, ngày, cơ quan ban hành)</source>
        <translation>e.g. the province's document setting the form (number, date, issuing body)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_form_fields.py" line="45"/>
        <source>Lưu mẫu biểu</source>
        <translation>Save form</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_form_fields.py" line="53"/>
        <source>Tên mẫu biểu:</source>
        <translation>Form name:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_form_fields.py" line="57"/>
        <source>Căn cứ pháp lý:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_form_fields.py" line="84"/>
        <source>Đã lưu. Báo cáo in tên mẫu biểu dưới trích yếu.</source>
        <translation>Saved. The report prints the form name under its subject.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_form_fields.py" line="86"/>
        <source>Đã lưu. Báo cáo không ghi mẫu biểu.</source>
        <translation>Saved. The report names no form.</translation>
    </message>
</context>
</TS>
