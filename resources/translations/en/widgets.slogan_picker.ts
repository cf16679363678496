<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SloganChooser</name>
    <message>
        <source>Chọn khẩu hiệu đã dùng</source>
        <translation>Choose the slogans used</translation>
    </message>
    <message>
        <source>Tìm khẩu hiệu (không cần dấu)…</source>
        <translation>Search slogans (diacritics optional)…</translation>
    </message>
    <message>
        <source>★ khẩu hiệu hay dùng. Phím cách để đánh dấu, Enter để xong.</source>
        <translation>★ favourite slogan. Space ticks, Enter finishes.</translation>
    </message>
    <message>
        <source>Dùng các khẩu hiệu đã đánh dấu</source>
        <translation>Use the ticked slogans</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã đánh dấu {n} khẩu hiệu</source>
        <translation>{n} slogans ticked</translation>
    </message>
</context>
<context>
    <name>SloganPicker</name>
    <message>
        <source>Chưa chọn khẩu hiệu nào.</source>
        <translation>No slogan chosen yet.</translation>
    </message>
    <message>
        <source>Chọn khẩu hiệu…</source>
        <translation>Choose slogans…</translation>
    </message>
    <message>
        <source>Chọn từ thư viện khẩu hiệu (F4)</source>
        <translation>Choose from the slogan library (F4)</translation>
    </message>
    <message>
        <source>Bỏ khẩu hiệu đã chọn</source>
        <translation>Remove the selected slogan</translation>
    </message>
    <message>
        <source>(khẩu hiệu không còn trong thư viện)</source>
        <translation>(slogan no longer in the library)</translation>
    </message>
</context>
</TS>
