<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReportSentDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/report_sent_dialog.py" line="43"/>
        <source>Đánh dấu đã gửi báo cáo</source>
        <translation>Mark the report sent</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/report_sent_dialog.py" line="51"/>
        <source>Kỳ hạn {due} ({left})</source>
        <translation>Due {due} ({left})</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/report_sent_dialog.py" line="65"/>
        <source>Ngày gửi</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/report_sent_dialog.py" line="70"/>
        <source>Không bắt buộc. Ví dụ: số văn bản, gửi qua thư điện tử</source>
        <translation>Optional. For example: document number, sent by e-mail</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/report_sent_dialog.py" line="73"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/report_sent_dialog.py" line="81"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/report_sent_dialog.py" line="83"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/report_sent_dialog.py" line="119"/>
        <source>Ghi chú dài {length} ký tự, quá {limit} ký tự. Vui lòng rút gọn.</source>
        <translation>The note is {length} characters long, over {limit}. Please shorten it.</translation>
    </message>
</context>
</TS>
