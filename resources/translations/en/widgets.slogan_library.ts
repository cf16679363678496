<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SloganLibrary</name>
    <message>
        <source>Tìm theo nội dung, nguồn hoặc chủ đề (không cần dấu)…</source>
        <translation>Search text, source or theme (diacritics optional)…</translation>
    </message>
    <message>
        <source>Hiện cả khẩu hiệu đã ẩn</source>
        <translation>Also show hidden slogans</translation>
    </message>
    <message>
        <source>Khẩu hiệu</source>
        <translation>Slogan</translation>
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
    <message>
        <source>Thêm khẩu hiệu…</source>
        <translation>Add slogan…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source> (đã ẩn)</source>
        <translation> (hidden)</translation>
    </message>
    <message>
        <source>Bỏ hay dùng</source>
        <translation>Unmark favourite</translation>
    </message>
    <message>
        <source>★ Đánh dấu hay dùng</source>
        <translation>★ Mark as favourite</translation>
    </message>
    <message>
        <source>Hiện lại</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>Ẩn khỏi danh sách chọn</source>
        <translation>Hide from pickers</translation>
    </message>
    <message>
        <source>Đã lưu khẩu hiệu.</source>
        <translation>Slogan saved.</translation>
    </message>
    <message>
        <source>Đã bỏ đánh dấu hay dùng.</source>
        <translation>No longer a favourite.</translation>
    </message>
    <message>
        <source>Đã đánh dấu hay dùng: khẩu hiệu này sẽ đứng đầu danh sách chọn.</source>
        <translation>Marked as favourite: this slogan now comes first in every picker.</translation>
    </message>
    <message>
        <source>Đã hiện lại khẩu hiệu.</source>
        <translation>The slogan is shown again.</translation>
    </message>
    <message>
        <source>Đã ẩn khẩu hiệu khỏi danh sách chọn; các hoạt động đã dùng vẫn giữ nguyên.</source>
        <translation>The slogan is hidden from the pickers; records that used it keep it.</translation>
    </message>
</context>
</TS>
