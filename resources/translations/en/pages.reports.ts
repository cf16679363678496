<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Chọn báo cáo và kỳ báo cáo, xem trước, rồi lưu PDF, Excel, in hoặc gửi ra USB.</source>
            <translation>Choose a report and its period, preview it, then save as PDF or Excel, print it or send it to a USB stick.</translation>
        </message>
        <message>
            <source>Lưu PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Lưu Excel…</source>
            <translation>Save Excel…</translation>
        </message>
        <message>
            <source>In… (Ctrl+P)</source>
            <translation>Print… (Ctrl+P)</translation>
        </message>
        <message>
            <source>Gửi ra USB…</source>
            <translation>Send to USB…</translation>
        </message>
        <message>
            <source>Đang tạo tệp {name}…</source>
            <translation>Creating {name}…</translation>
        </message>
        <message>
            <source>Không lưu được “{path}”: {reason}. Hãy chọn thư mục khác.</source>
            <translation>Could not save “{path}”: {reason}. Please choose another folder.</translation>
        </message>
        <message>
            <source>Đã lưu báo cáo: {path}</source>
            <translation>Report saved: {path}</translation>
        </message>
        <message>
            <source>Đã ghi và kiểm tra xong trên USB: {path} (nội dung khớp từng byte với bản gốc).</source>
            <translation>Written to USB and verified: {path} (identical to the original, byte for byte).</translation>
        </message>
        <message>
            <source>Đang ghi báo cáo ra {folder}…</source>
            <translation>Writing the report to {folder}…</translation>
        </message>
        <message>
            <source>Lưu báo cáo</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Không tạo được báo cáo: {reason}. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ kỹ thuật.</source>
            <translation>Could not create the report: {reason}. Please try again; if it still fails, tell your IT support.</translation>
        </message>
    </context>
</TS>
