<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DeadlineEditor</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="98"/>
        <source>Hạn báo cáo hằng năm</source>
        <translation>Yearly report deadlines</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="101"/>
        <source>Ngày phải gửi báo cáo lên cấp trên mỗi năm. Trang Tổng quan nhắc trước 30 ngày những hạn có đánh dấu “Nhắc”, và nhắc mãi (quá hạn) cho đến khi báo cáo được đánh dấu đã gửi.</source>
        <translation>The day each year a report must be sent to the higher level. The Overview page reminds of deadlines ticked “Remind” 30 days ahead, and keeps reminding (overdue) until the report is marked sent.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="116"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="117"/>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="118"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="119"/>
        <source>Loại báo cáo</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="120"/>
        <source>Nhắc</source>
        <translation>Remind</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="126"/>
        <source>Thêm hạn báo cáo</source>
        <translation>Add a deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="131"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="169"/>
        <source>Nhập tên báo cáo, ngày và tháng phải gửi, rồi bấm Lưu.</source>
        <translation>Type the report&apos;s name, the day and month it is due, then press Save.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="176"/>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="198"/>
        <source>(chưa đặt tên)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="179"/>
        <source>Đã bỏ “{name}” khỏi danh sách. Bấm Lưu để xóa hẳn.</source>
        <translation>“{name}” was taken off the list. Press Save to delete it for good.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="197"/>
        <source>“{name}”: {problem}</source>
        <translation>“{name}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="212"/>
        <source>Đã lưu hạn báo cáo. Trang Tổng quan sẽ nhắc theo ngày mới.</source>
        <translation>Report deadlines saved. The Overview page will remind you of the new dates.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="225"/>
        <source>Ví dụ: Báo cáo kết quả Tháng hành động</source>
        <translation>For example: Action Month result report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="236"/>
        <source>(không chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="240"/>
        <source>Báo cáo nào phải gửi vào hạn này (không bắt buộc)</source>
        <translation>Which report is due on this deadline (optional)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="244"/>
        <source>Nhắc hạn này trên trang Tổng quan</source>
        <translation>Remind of this deadline on the Overview page</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="245"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="247"/>
        <source>Bỏ hạn báo cáo này (xóa hẳn khi bấm Lưu)</source>
        <translation>Remove this deadline (deleted for good when you press Save)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="271"/>
        <source>Chưa nhập tên báo cáo. Vui lòng nhập tên báo cáo.</source>
        <translation>The report name is empty. Please enter the report name.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/deadline_editor.py" line="279"/>
        <source>Trùng tên với một hạn báo cáo khác. Vui lòng đặt tên khác để phân biệt.</source>
        <translation>Another deadline has the same name. Please give each a different name.</translation>
    </message>
</context>
</TS>
