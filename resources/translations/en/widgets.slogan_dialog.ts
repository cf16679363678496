<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SloganDialog</name>
    <message>
        <source>Sửa khẩu hiệu</source>
        <translation>Edit slogan</translation>
    </message>
    <message>
        <source>Thêm khẩu hiệu</source>
        <translation>Add slogan</translation>
    </message>
    <message>
        <source>Ví dụ: Nam, nữ bình đẳng, xã hội văn minh, gia đình hạnh phúc</source>
        <translation>e.g. Nam, nữ bình đẳng, xã hội văn minh, gia đình hạnh phúc</translation>
    </message>
    <message>
        <source>(không rõ năm)</source>
        <translation>(year unknown)</translation>
    </message>
    <message>
        <source>Ví dụ: CV 4893/BLĐTBXH-VBĐG năm 2024</source>
        <translation>e.g. CV 4893/BLĐTBXH-VBĐG năm 2024</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Chủ đề</source>
        <translation>Theme</translation>
    </message>
</context>
</TS>
