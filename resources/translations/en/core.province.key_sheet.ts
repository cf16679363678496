<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceKeySheet</name>
    <message>
        <location filename="../../../gender_equality_desk/core/province/key_sheet.py" line="17"/>
        <source>Khi gửi tệp khóa cho các xã, hãy đọc mã này qua điện thoại, từng nhóm bốn ký tự. Cán bộ xã so với mã hiện trên máy của xã sau khi nhập tệp khóa: khớp từng ký tự thì tệp đúng là của tỉnh; khác thì không dùng tệp đó và báo lại cho tỉnh.</source>
        <translation>When you send the key file to the communes, read this code out over the phone, four characters at a time. The commune officer compares it with the code their PC shows after importing the key file: if every character matches, the file really is the province's; if not, they do not use it and tell the province.</translation>
    </message>
</context>
</TS>
