<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="58"/>
        <source>Ghi ngày ký:</source>
        <translation>Signing date:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="61"/>
        <source>Bỏ chọn để để trống ngày, tháng cho lãnh đạo ghi tay khi ký.</source>
        <translation>Untick to leave the day and month blank for the leader to write by hand when signing.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="66"/>
        <source>Bản công bố công khai (số vụ việc 1–2 ghi “&lt;3”)</source>
        <translation>Copy for publication (case counts of 1–2 shown as “&lt;3”)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="70"/>
        <source>Để trống khi gửi cơ quan cấp trên: biểu mẫu cần số liệu chính xác. Chỉ chọn khi báo cáo được công bố công khai (niêm yết, đăng cổng thông tin): ô có 1 hoặc 2 vụ việc được ghi “&lt;3” để bảo vệ danh tính nạn nhân.</source>
        <translation>Leave unticked when sending to the higher authority: the forms need exact figures. Tick only when the report is made public (posted, put on the portal): cells with 1 or 2 cases show “&lt;3” to protect victims' identities.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="83"/>
        <source>6 tháng đầu năm</source>
        <translation>First half of the year</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="86"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="102"/>
        <source>Báo cáo:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="103"/>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="104"/>
        <source>Từ ngày – đến ngày:</source>
        <translation>From – to:</translation>
    </message>
</context>
</TS>
