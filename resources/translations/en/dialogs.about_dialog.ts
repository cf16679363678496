<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Giới thiệu {app}</source>
            <translation>About {app}</translation>
        </message>
        <message>
            <source>Phiên bản {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Phần mềm hỗ trợ cán bộ văn hóa – xã hội cấp xã trong công tác bình đẳng giới.</source>
            <translation>Software supporting commune culture and social affairs officers in their gender equality work.</translation>
        </message>
        <message>
            <source>Giấy phép: {licence}. Đây là phần mềm tự do: bạn được dùng, sao chép, sửa đổi và chia sẻ lại theo các điều khoản của Giấy phép Công cộng GNU, phiên bản 3 hoặc mới hơn.</source>
            <translation>Licence: {licence}. This is free software: you may use, copy, modify and share it under the terms of the GNU General Public License, version 3 or later.</translation>
        </message>
        <message>
            <source>Phông chữ đi kèm: {font} (xem resources/fonts/LICENSE.txt).</source>
            <translation>Bundled font: {font} (see resources/fonts/LICENSE.txt).</translation>
        </message>
        <message>
            <source>Thư mục dữ liệu:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Mở thư mục dữ liệu</source>
            <translation>Open data folder</translation>
        </message>
        <message>
            <source>Không mở được thư mục</source>
            <translation>Could not open the folder</translation>
        </message>
        <message>
            <source>Máy không mở được thư mục dữ liệu. Hãy tự mở trình quản lý tệp và tìm đến:
{folder}</source>
            <translation>This computer could not open the data folder. Please open your file manager and go to:
{folder}</translation>
        </message>
    </context>
</TS>
