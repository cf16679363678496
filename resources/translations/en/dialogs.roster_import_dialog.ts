<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="26"/>
        <source>Nhập danh bạ xã</source>
        <translation>Import the commune roster</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="37"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="38"/>
        <source>Tên xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="39"/>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="43"/>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="51"/>
        <source>Tệp “{name}” chưa nhập được: {count} lỗi. Chưa ghi gì vào danh bạ. Hãy sửa các dòng dưới đây trong tệp rồi nhập lại.</source>
        <translation>“{name}” cannot be imported yet: {count} problems. Nothing was written to the roster. Correct the rows below in the file, then import it again.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="58"/>
        <source>Lỗi</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="64"/>
        <source>Nhập lại danh sách chỉ cập nhật tên, cán bộ, số điện thoại theo mã; không xóa xã nào, ô để trống không xóa thông tin đã có.</source>
        <translation>Importing a list again only updates names, officers and phone numbers by code; no commune is deleted, and a blank cell does not erase what the roster holds.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="77"/>
        <source>Nhập vào danh bạ</source>
        <translation>Import into the roster</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="83"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/roster_import_dialog.py" line="85"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
