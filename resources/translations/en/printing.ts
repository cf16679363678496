<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>printing</name>
    <message>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>In băng rôn ghép trang</source>
        <translation>Print the banner tiled</translation>
    </message>
    <message>
        <source>Không bắt đầu in được. Hãy kiểm tra máy in đã bật và có giấy rồi thử lại.</source>
        <translation>Printing could not start. Check that the printer is on and has paper, then try again.</translation>
    </message>
</context>
</TS>
