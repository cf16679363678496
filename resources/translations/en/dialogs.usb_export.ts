<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>UsbExportDialog</name>
        <message>
            <source>Gửi báo cáo ra USB</source>
            <translation>Send report to USB</translation>
        </message>
        <message>
            <source>Chọn USB (hoặc thư mục) để ghi báo cáo:</source>
            <translation>Choose the USB stick (or folder) to write the report to:</translation>
        </message>
        <message>
            <source>Chưa thấy USB nào. Hãy cắm USB rồi bấm “Làm mới”, hoặc chọn một thư mục khác.</source>
            <translation>No USB stick found. Plug one in and click “Refresh”, or choose another folder.</translation>
        </message>
        <message>
            <source>Làm mới</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Chọn thư mục khác…</source>
            <translation>Choose another folder…</translation>
        </message>
        <message>
            <source>Định dạng:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Ghi ra USB</source>
            <translation>Write to USB</translation>
        </message>
        <message>
            <source>USB</source>
            <translation>USB</translation>
        </message>
        <message>
            <source>Ổ đĩa máy</source>
            <translation>Local drive</translation>
        </message>
        <message>
            <source>{kind} {label} — còn trống {free}</source>
            <translation>{kind} {label} — {free} free</translation>
        </message>
        <message>
            <source>Thư mục {folder}</source>
            <translation>Folder {folder}</translation>
        </message>
        <message>
            <source>Chọn thư mục để ghi báo cáo</source>
            <translation>Choose a folder to write the report to</translation>
        </message>
        <message>
            <source>Tên tệp: {name}</source>
            <translation>File name: {name}</translation>
        </message>
    </context>
</TS>
