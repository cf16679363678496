<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>ReportOptions</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="56" />
            <source>Ghi ngày ký:</source>
            <translation>Signing date:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="59" />
            <source>Bỏ chọn để để trống ngày, tháng cho lãnh đạo ghi tay khi ký.</source>
            <translation>Untick to leave the day and month blank for the leader to write by hand when signing.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="69" />
            <source>6 tháng đầu năm</source>
            <translation>First half of the year</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="72" />
            <source>Cả năm</source>
            <translation>Whole year</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="88" />
            <source>Báo cáo:</source>
            <translation>Report:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="89" />
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/report_options.py" line="90" />
            <source>Từ ngày – đến ngày:</source>
            <translation>From – to:</translation>
        </message>
    </context>
</TS>
