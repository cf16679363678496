<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SentReportsPanel</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="34"/>
        <source>{day} (muộn {days} ngày)</source>
        <translation>{day} ({days} days late)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="52"/>
        <source>Báo cáo đã gửi</source>
        <translation>Reports sent</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="54"/>
        <source>Chưa có báo cáo nào được đánh dấu đã gửi. Khi gửi xong, bấm “Đã gửi…” cạnh hạn báo cáo trên trang Tổng quan.</source>
        <translation>No report has been marked sent yet. Once one is sent, press “Sent…” next to its deadline on the Overview page.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="67"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="68"/>
        <source>Kỳ hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="69"/>
        <source>Ngày gửi</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="70"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="126"/>
        <source>Đã hoàn tác: “{report}” kỳ hạn {due} lại được nhắc trên trang Tổng quan cho đến khi đánh dấu đã gửi.</source>
        <translation>Undone: “{report}” due {due} is reminded on the Overview page again until it is marked sent.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="140"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/sent_reports_panel.py" line="143"/>
        <source>Bỏ đánh dấu đã gửi: trang Tổng quan sẽ nhắc lại kỳ hạn này</source>
        <translation>Take back the mark: the Overview page reminds of this deadline again</translation>
    </message>
</context>
</TS>
