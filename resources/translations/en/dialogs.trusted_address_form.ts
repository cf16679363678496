<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>TrustedAddressDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="44" />
        <source>Sửa địa chỉ tin cậy</source>
        <translation>Edit trusted address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="46" />
        <source>Thêm địa chỉ tin cậy</source>
        <translation>Add trusted address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="55" />
        <source>Ví dụ: Nhà bà Hoàng Thị Lan, thôn Nà Làng</source>
        <translation>For example: Ms Hoàng Thị Lan’s house, Nà Làng village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="61" />
        <source>(không ghi thôn)</source>
        <translation>(no village recorded)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="65" />
        <source>Người liên hệ, số điện thoại</source>
        <translation>Contact person, phone number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="68" />
        <source> người</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="71" />
        <source>Đang sử dụng (được chọn khi bố trí tạm lánh)</source>
        <translation>In use (offered when arranging a shelter stay)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="73" />
        <source>Tên địa chỉ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="74" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="75" />
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="76" />
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="77" />
        <source>Sức chứa</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="78" />
        <source>Ngày công nhận</source>
        <translation>Recognised on</translation>
    </message>
</context>
</TS>
