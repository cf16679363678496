<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>RecordDialog</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/record_dialog.py" line="41" />
            <source>Lưu (Enter)</source>
            <translation>Save (Enter)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/record_dialog.py" line="46" />
            <source>Hủy (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/record_dialog.py" line="97" />
            <location filename="../../../gender_equality_desk/gui/forms/record_dialog.py" line="110" />
            <source>Chưa lưu: vui lòng sửa các ô có chữ đỏ.</source>
            <translation>Not saved: please correct the fields marked in red.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/record_dialog.py" line="102" />
            <source>Có lưu ý (chữ cam). Bấm Lưu lần nữa nếu thông tin đã đúng.</source>
            <translation>Please check the notes in orange. Press Save again if everything is right.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/record_dialog.py" line="142" />
            <source>Bỏ các thông tin vừa nhập mà không lưu?</source>
            <translation>Discard what you have typed without saving?</translation>
        </message>
    </context>
</TS>
