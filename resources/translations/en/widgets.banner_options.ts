<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>BannerOptions</name>
        <message>
            <source>Nội dung in trên băng rôn (Enter để tự xuống dòng)</source>
            <translation>Text printed on the banner (press Enter to break the line yourself)</translation>
        </message>
        <message>
            <source>Ví dụ: UBND xã Cao Lâu (có thể để trống)</source>
            <translation>e.g. UBND xã Cao Lâu (may be left empty)</translation>
        </message>
        <message>
            <source>Kích thước khác…</source>
            <translation>Other size…</translation>
        </message>
        <message>
            <source>Rộng</source>
            <translation>Width</translation>
        </message>
        <message>
            <source>Cao</source>
            <translation>Height</translation>
        </message>
        <message>
            <source>Màu nền…</source>
            <translation>Background colour…</translation>
        </message>
        <message>
            <source>Màu chữ…</source>
            <translation>Text colour…</translation>
        </message>
        <message>
            <source>Ghép trang {paper}</source>
            <translation>Tile on {paper} pages</translation>
        </message>
        <message>
            <source>Lưu PDF khổ thật</source>
            <translation>Save true-size PDF</translation>
        </message>
        <message>
            <source>Lưu PDF ghép trang A4/A3</source>
            <translation>Save tiled A4/A3 PDF</translation>
        </message>
        <message>
            <source>In…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>In ghép trang trên khổ giấy của máy in đã chọn (A4, A3…)</source>
            <translation>Print tiled on the paper of the chosen printer (A4, A3…)</translation>
        </message>
        <message>
            <source>Chọn logo, hình ảnh…</source>
            <translation>Choose a logo or picture…</translation>
        </message>
        <message>
            <source>Bỏ logo</source>
            <translation>Remove logo</translation>
        </message>
        <message>
            <source>Nội dung</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Dòng dưới</source>
            <translation>Bottom line</translation>
        </message>
        <message>
            <source>Khổ</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Màu, giấy</source>
            <translation>Colours, paper</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
    </context>
</TS>
