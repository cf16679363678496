<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CommuneDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="53"/>
        <source>Sửa thông tin xã</source>
        <translation>Edit commune</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="53"/>
        <source>Thêm xã</source>
        <translation>Add commune</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="59"/>
        <source>Mã đơn vị hành chính, ví dụ 04378</source>
        <translation>Administrative-unit code, e.g. 04378</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="61"/>
        <source>Ví dụ: Xã Cao Lâu</source>
        <translation>E.g. Xã Cao Lâu</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="65"/>
        <source>Mã *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="66"/>
        <source>Tên xã/phường *</source>
        <translation>Commune/ward name *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="67"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="68"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="69"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="74"/>
        <source>Mã chỉ sửa được khi tỉnh chưa nhận báo cáo nào của xã. Xã đổi mã do sắp xếp đơn vị hành chính: thêm xã với mã mới rồi đánh dấu xã cũ đã sáp nhập.</source>
        <translation>The code can only be changed while the province has received no report from the commune. A commune whose code changed in an administrative reorganisation: add it with the new code, then mark the old one as merged.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="104"/>
        <source>Đánh dấu sáp nhập</source>
        <translation>Mark as merged</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="109"/>
        <source>{name} (mã {code}) sáp nhập vào xã khác: xã vẫn ở trong danh bạ, các báo cáo đã nhận trước đó giữ tên cũ; từ ngày sáp nhập, xã không còn phải nộp báo cáo riêng.</source>
        <translation>{name} (code {code}) merged into another commune: it stays in the roster and the reports received before keep its old name; from the merger date it no longer has to send reports of its own.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="126"/>
        <source>Sáp nhập vào</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="127"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/commune_dialogs.py" line="134"/>
        <source>Chưa chọn xã nhận sáp nhập.</source>
        <translation>Choose the commune it merged into.</translation>
    </message>
</context>
</TS>
