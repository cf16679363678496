<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="98"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="101"/>
        <source>Chọn báo cáo và kỳ báo cáo, xem trước, rồi lưu PDF, Excel, in hoặc gửi ra USB.</source>
        <translation>Choose a report and its period, preview it, then save as PDF or Excel, print it or send it to a USB stick.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="128"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="132"/>
        <source>Lưu Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="135"/>
        <source>In… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="137"/>
        <source>Gửi ra USB…</source>
        <translation>Send to USB…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="139"/>
        <source>Gửi lên tỉnh…</source>
        <translation>Send to the province…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="142"/>
        <source>Lập tệp gửi tỉnh: số liệu chính xác theo mã chỉ tiêu và bản PDF, ký số và niêm phong bằng khóa của tỉnh (Cài đặt → Gửi lên tỉnh).</source>
        <translation>Make the file for the province: exact figures by indicator code and the PDF, signed and sealed with the province&apos;s key (Settings → Send to the province).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="255"/>
        <source>Đã lưu báo cáo: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="277"/>
        <source>Đã ghi và kiểm tra xong trên USB: {path} (nội dung khớp từng byte với bản gốc).</source>
        <translation>Written to USB and verified: {path} (identical to the original, byte for byte).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="283"/>
        <source>Đang ghi báo cáo ra {folder}…</source>
        <translation>Writing the report to {folder}…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/reports.py" line="316"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
</context>
</TS>
