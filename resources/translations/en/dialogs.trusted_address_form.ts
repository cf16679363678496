<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>TrustedAddressDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="52"/>
        <source>Sửa địa chỉ tin cậy</source>
        <translation>Edit trusted address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="54"/>
        <source>Thêm địa chỉ tin cậy</source>
        <translation>Add trusted address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="63"/>
        <source>Ví dụ: Nhà bà Hoàng Thị Lan, thôn Nà Làng</source>
        <translation>For example: Ms Hoàng Thị Lan’s house, Nà Làng village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="71"/>
        <source>(không ghi thôn)</source>
        <translation>(no village recorded)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="75"/>
        <source>Người liên hệ, số điện thoại</source>
        <translation>Contact person, phone number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="78"/>
        <source> người</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="81"/>
        <source>Đang sử dụng (được chọn khi bố trí tạm lánh)</source>
        <translation>In use (offered when arranging a shelter stay)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="83"/>
        <source>Tên địa chỉ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="84"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="85"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="86"/>
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="87"/>
        <source>Sức chứa</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="88"/>
        <source>Ngày công nhận</source>
        <translation>Recognised on</translation>
    </message>
</context>
<context>
    <name>TrustedAddressKind</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="28"/>
        <source>Hộ gia đình</source>
        <translation>Family home</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="29"/>
        <source>Nhà văn hóa thôn</source>
        <translation>Village cultural house</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="30"/>
        <source>Trụ sở UBND xã</source>
        <translation>Commune People&apos;s Committee office</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="31"/>
        <source>Trụ sở Hội Phụ nữ</source>
        <translation>Women&apos;s Union office</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trusted_address_form.py" line="32"/>
        <source>Cơ sở tôn giáo</source>
        <translation>Religious establishment</translation>
    </message>
</context>
</TS>
