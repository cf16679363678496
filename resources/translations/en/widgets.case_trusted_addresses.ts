<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>TrustedAddressPanel</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="45" />
        <source>Địa chỉ tin cậy – nhà tạm lánh</source>
        <translation>Trusted addresses – temporary shelters</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="48" />
        <source>Hiện cả địa chỉ đã ngừng sử dụng</source>
        <translation>Also show addresses no longer in use</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="50" />
        <source>Thêm địa chỉ…</source>
        <translation>Add address…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="52" />
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="54" />
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="113" />
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="164" />
        <source>Ngừng sử dụng</source>
        <translation>Stop using</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="60" />
        <source>Tên địa chỉ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="61" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="62" />
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="63" />
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="64" />
        <source>Sức chứa</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="65" />
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="66" />
        <source>Còn trống</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="67" />
        <source>Ngày công nhận</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="68" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="111" />
        <source>Đang sử dụng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="121" />
        <source>Đã hết chỗ</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="129" />
        <source>{count} địa chỉ đang sử dụng: {capacity} chỗ, {in_use} người đang tạm lánh, còn trống {free} chỗ.</source>
        <translation>Addresses in use: {count}. Places: {capacity}, people sheltered: {in_use}, places free: {free}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="139" />
        <source>Chưa có địa chỉ tin cậy nào. Bấm “Thêm địa chỉ…” để đăng ký địa chỉ đầu tiên.</source>
        <translation>No trusted addresses yet. Click “Add address…” to register the first one.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="162" />
        <source>Dùng lại</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="181" />
        <source>Đã lưu địa chỉ “{name}”.</source>
        <translation>Saved “{name}”.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="201" />
        <source>Đã ngừng sử dụng “{name}”: không còn được chọn khi bố trí tạm lánh; {in_use} người đang tạm lánh vẫn được ghi nhận.</source>
        <translation>Stopped using “{name}”: it is no longer offered for shelter stays; the {in_use} people sheltered there remain recorded.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_trusted_addresses.py" line="206" />
        <source>Đã dùng lại “{name}”.</source>
        <translation>“{name}” is in use again.</translation>
    </message>
</context>
</TS>
