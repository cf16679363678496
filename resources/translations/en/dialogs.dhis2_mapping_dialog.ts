<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Dhis2MappingDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/dhis2_mapping_dialog.py" line="36"/>
        <source>Mã DHIS2 của các chỉ tiêu</source>
        <translation>DHIS2 codes of the indicators</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/dhis2_mapping_dialog.py" line="44"/>
        <source>Chép mã phần tử dữ liệu (data element, 11 ký tự) của từng chỉ tiêu từ DHIS2 (Bảo trì → Phần tử dữ liệu); thêm mã tổ hợp phân tổ (category option combo) nếu phần tử dữ liệu có phân tổ, ví dụ Nữ. Để trống một dòng: chỉ tiêu đó không được gửi.</source>
        <translation>Copy the data element identifier (11 characters) of each indicator from DHIS2 (Maintenance → Data elements); add the category option combo when the data element is disaggregated, e.g. Female. Leave a row empty: that indicator is not sent.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/dhis2_mapping_dialog.py" line="57"/>
        <source>Mã chỉ tiêu</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/dhis2_mapping_dialog.py" line="58"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/dhis2_mapping_dialog.py" line="59"/>
        <source>Phần tử dữ liệu (data element)</source>
        <translation>Data element</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/dhis2_mapping_dialog.py" line="60"/>
        <source>Tổ hợp phân tổ (category option combo)</source>
        <translation>Category option combo</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/dhis2_mapping_dialog.py" line="77"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/dhis2_mapping_dialog.py" line="79"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
