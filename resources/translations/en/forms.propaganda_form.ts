<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PropagandaForm</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_form.py" line="68" />
            <source>Sửa sự kiện tuyên truyền</source>
            <translation>Edit propaganda event</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_form.py" line="70" />
            <source>Nhân bản sự kiện tuyên truyền</source>
            <translation>Duplicate propaganda event</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_form.py" line="72" />
            <source>Thêm sự kiện tuyên truyền</source>
            <translation>Add propaganda event</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_form.py" line="105" />
            <source>— Chọn hình thức —</source>
            <translation>— Choose a type —</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_form.py" line="110" />
            <source>{label} (ngừng dùng)</source>
            <translation>{label} (not in use)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_form.py" line="190" />
            <source>không tính</source>
            <translation>not counted</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_form.py" line="192" />
            <source>Tổng số phút phát, chiếu hoặc nói</source>
            <translation>Total minutes broadcast, shown or spoken</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_form.py" line="194" />
            <source>Hình thức này không tính số phút</source>
            <translation>This type does not count minutes</translation>
        </message>
    </context>
</TS>
