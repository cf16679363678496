<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DeadlineEditor</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="60"/>
        <source>Hạn báo cáo hằng năm</source>
        <translation>Yearly report deadlines</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="63"/>
        <source>Ngày phải gửi báo cáo lên cấp trên mỗi năm. Trang Tổng quan nhắc trước 30 ngày những hạn có đánh dấu “Nhắc”.</source>
        <translation>The date each report is due to the higher authority every year. The Overview page reminds you 30 days ahead of each deadline marked “Remind”.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="76"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="77"/>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="78"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="79"/>
        <source>Nhắc</source>
        <translation>Remind</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="93"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="119"/>
        <source>“{name}”: {problem}</source>
        <translation>“{name}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="141"/>
        <source>Đã lưu hạn báo cáo. Trang Tổng quan sẽ nhắc theo ngày mới.</source>
        <translation>Report deadlines saved. The Overview page will remind you of the new dates.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="162"/>
        <source>Nhắc hạn này trên trang Tổng quan</source>
        <translation>Remind of this deadline on the Overview page</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="170"/>
        <source>Chưa nhập tên báo cáo. Vui lòng nhập tên báo cáo.</source>
        <translation>The report name is empty. Please enter the report name.</translation>
    </message>
</context>
</TS>
