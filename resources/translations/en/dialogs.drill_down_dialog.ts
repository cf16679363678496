<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="24"/>
        <source>Số liệu từng xã — {heading}</source>
        <translation>Figures by commune — {heading}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="32"/>
        <source>Tỷ lệ (%): không cộng giữa các xã; {reporting} xã có số liệu.</source>
        <translation>Share (%): not added up across communes; {reporting} communes gave a figure.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="36"/>
        <source>Chưa xã nào có số liệu cho chỉ tiêu này.</source>
        <translation>No commune has given a figure for this indicator yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="38"/>
        <source>Tổng cộng {total}: {reporting} xã có số liệu.</source>
        <translation>Total {total}: {reporting} communes gave a figure.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="40"/>
        <source>{blank} xã để trống (không tính là 0).</source>
        <translation>{blank} communes left it blank (not counted as 0).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="52"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="53"/>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="54"/>
        <source>Xã, phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="55"/>
        <source>Số liệu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="60"/>
        <source>để trống</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="80"/>
        <source>Chưa báo cáo, chưa được tính: {names}.</source>
        <translation>Not reported yet, not counted: {names}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/drill_down_dialog.py" line="88"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
