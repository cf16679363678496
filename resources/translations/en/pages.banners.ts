<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>BannersPage</name>
        <message>
            <source>Băng rôn, áp phích</source>
            <translation>Banners and posters</translation>
        </message>
        <message>
            <source>Thư viện khẩu hiệu</source>
            <translation>Slogan library</translation>
        </message>
        <message>
            <source>Băng rôn – Khẩu hiệu</source>
            <translation>Banners – Slogans</translation>
        </message>
        <message>
            <source>Chọn khẩu hiệu hoặc tự gõ, chọn khổ, màu và logo, rồi lưu PDF khổ thật cho nhà in, PDF ghép trang A4/A3, hoặc in thẳng ra máy in. Thẻ “Thư viện khẩu hiệu” để thêm, sửa, ẩn và đánh dấu khẩu hiệu hay dùng.</source>
            <translation>Pick a slogan or type your own, choose the size, colours and a logo, then save a true-size PDF for the print shop, a PDF tiled on A4/A3 pages, or print straight to a printer. The “Slogan library” tab is where slogans are added, edited, hidden and marked as favourites.</translation>
        </message>
        <message>
            <source>Lưu PDF khổ thật</source>
            <translation>Save true-size PDF</translation>
        </message>
        <message>
            <source>Không có logo (chữ căn giữa)</source>
            <translation>No logo (text centred)</translation>
        </message>
        <message>
            <source>Đã thêm logo “{name}” ở bên trái băng rôn.</source>
            <translation>Added the logo “{name}” at the left of the banner.</translation>
        </message>
        <message>
            <source>Đã gửi {n} trang ({rows} hàng × {cols} cột) tới máy in.</source>
            <translation>Sent {n} pages ({rows} rows × {cols} columns) to the printer.</translation>
        </message>
        <message>
            <source>Chọn màu nền</source>
            <translation>Choose the background colour</translation>
        </message>
        <message>
            <source>Chọn màu chữ</source>
            <translation>Choose the text colour</translation>
        </message>
        <message>
            <source>Đã lưu {path} (một trang khổ thật, gửi nhà in).</source>
            <translation>Saved {path} (one true-size page for the print shop).</translation>
        </message>
        <message>
            <source>Lưu PDF ghép trang</source>
            <translation>Save tiled PDF</translation>
        </message>
        <message>
            <source>Đã lưu {path}: {n} trang {paper} ({rows} hàng × {cols} cột), dán chồng 10 mm.</source>
            <translation>Saved {path}: {n} {paper} pages ({rows} rows × {cols} columns), glued with a 10 mm overlap.</translation>
        </message>
        <message>
            <source>Không lưu được tệp: {reason}. Hãy chọn thư mục khác rồi thử lại.</source>
            <translation>Could not save the file: {reason}. Choose another folder and try again.</translation>
        </message>
        <message>
            <source>Tệp PDF (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Chọn logo hoặc hình ảnh</source>
            <translation>Choose a logo or picture</translation>
        </message>
        <message>
            <source>Ảnh PNG, JPG (*.png *.jpg *.jpeg)</source>
            <translation>PNG, JPG pictures (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
</TS>
