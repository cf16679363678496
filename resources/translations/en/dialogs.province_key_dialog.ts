<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceKeyDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="41"/>
        <source>Tệp khóa của tỉnh</source>
        <translation>Province key file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="47"/>
        <source>Các xã nhập tệp khóa này một lần: báo cáo xã gửi lên được niêm phong bằng khóa của tỉnh (mất USB cũng không ai đọc được), và tệp kỳ báo cáo tỉnh gửi xuống được kiểm tra chữ ký. Mã khóa của {authority}:</source>
        <translation>Communes import this key file once: the reports they send are sealed with the province's key (nobody can read a lost USB stick), and the round files the province sends are checked against its signature. Key code of {authority}:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="69"/>
        <source>Lưu tệp khóa…</source>
        <translation>Save key file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="73"/>
        <source>In mã khóa…</source>
        <translation>Print key code…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="76"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="87"/>
        <source>Lưu tệp khóa của tỉnh</source>
        <translation>Save the province key file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="89"/>
        <source>Tệp khóa của tỉnh (*.gedkey)</source>
        <translation>Province key file (*.gedkey)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="103"/>
        <source>Không lưu được tệp khóa: {error}</source>
        <translation>Could not save the key file: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/province_key_dialog.py" line="109"/>
        <source>Đã lưu {path}. Gửi tệp này cho các xã, rồi đọc mã khóa qua điện thoại cho cán bộ xã.</source>
        <translation>Saved {path}. Send this file to the communes, then read the key code out to their officers over the phone.</translation>
    </message>
</context>
</TS>
