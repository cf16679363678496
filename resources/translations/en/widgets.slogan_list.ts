<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SloganList</name>
    <message>
        <source>Chọn khẩu hiệu</source>
        <translation>Choose a slogan</translation>
    </message>
    <message>
        <source>Tìm khẩu hiệu (không cần dấu)…</source>
        <translation>Search slogans (diacritics optional)…</translation>
    </message>
    <message>
        <source>Không có khẩu hiệu nào khớp “{text}”.</source>
        <translation>No slogan matches “{text}”.</translation>
    </message>
    <message>
        <source>Bấm một khẩu hiệu để đưa vào băng rôn; có thể sửa lại nội dung bên phải.</source>
        <translation>Click a slogan to put it on the banner; you can still edit the text on the right.</translation>
    </message>
</context>
</TS>
