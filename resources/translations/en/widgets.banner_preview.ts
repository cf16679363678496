<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>BannerPreview</name>
    <message>
        <source>Chọn hoặc gõ khẩu hiệu để xem trước.</source>
        <translation>Pick or type a slogan to see the preview.</translation>
    </message>
</context>
</TS>
