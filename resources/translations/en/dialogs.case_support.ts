<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>FieldFormDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="54" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="55" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="136" />
        <source>Thêm lịch theo dõi</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="141" />
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="142" />
        <source>Ngày hẹn</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="143" />
        <source>Ghi chú (mã hóa)</source>
        <translation>Note (encrypted)</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="96" />
        <source>Thêm biện pháp hỗ trợ</source>
        <translation>Add support measure</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="103" />
        <source>Ví dụ: Công an xã, Trạm Y tế xã</source>
        <translation>For example: commune police, commune health station</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="105" />
        <source>(không)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="107" />
        <source>{name} — {in_use}/{capacity} chỗ</source>
        <translation>{name} — {in_use}/{capacity} places</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="113" />
        <source>Biện pháp</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="114" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="115" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="116" />
        <source>Đơn vị thực hiện</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="117" />
        <source>Địa chỉ tin cậy</source>
        <translation>Trusted address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="118" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="119" />
        <source>Ghi chú (mã hóa)</source>
        <translation>Note (encrypted)</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="157" />
        <source>Đóng hồ sơ</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="157" />
        <source>Mở lại hồ sơ</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="166" />
        <source>Lý do đóng</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="167" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="168" />
        <source>Ghi chú (mã hóa)</source>
        <translation>Note (encrypted)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_support.py" line="173" />
        <source>Chưa nhập ngày.</source>
        <translation>The date is missing.</translation>
    </message>
</context>
</TS>
