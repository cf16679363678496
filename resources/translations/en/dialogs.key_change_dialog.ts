<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>KeyChangeDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/key_change_dialog.py" line="29"/>
        <source>Chấp nhận khóa mới của xã</source>
        <translation>Accept the commune's new key</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/key_change_dialog.py" line="32"/>
        <source>Tệp “{file}” của {commune} được ký bằng một khóa khác với khóa tỉnh đã ghi nhận cho xã. Có thể xã đã cài lại phần mềm hoặc đổi máy — nhưng cũng có thể tệp do người khác lập.</source>
        <translation>File “{file}” from {commune} is signed with a key other than the one the province recorded for the commune. The commune may have reinstalled the software or changed computers — but the file may also have been made by someone else.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/key_change_dialog.py" line="42"/>
        <source>Khóa đã ghi nhận:</source>
        <translation>Recorded key:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/key_change_dialog.py" line="43"/>
        <source>Khóa trong tệp mới:</source>
        <translation>Key in the new file:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/key_change_dialog.py" line="45"/>
        <source>Trước khi chấp nhận: gọi điện cho xã{contact}, đề nghị cán bộ đọc mã khóa ký của máy xã và so từng nhóm với mã “Khóa trong tệp mới” ở trên. Chỉ chấp nhận khi khớp hoàn toàn. Từ nay tỉnh chỉ nhận tệp ký bằng khóa mới; việc chấp nhận được ghi vào nhật ký.</source>
        <translation>Before accepting: call the commune{contact}, ask the officer to read out the signing key code of the commune's computer and compare it group by group with the “Key in the new file” above. Accept only when it matches exactly. From then on the province only accepts files signed with the new key; the acceptance is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/key_change_dialog.py" line="56"/>
        <source>Chấp nhận khóa mới</source>
        <translation>Accept the new key</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/key_change_dialog.py" line="60"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
