<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>InboxOutcomes</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="26"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="28"/>
        <source>Đã nhận trước đây</source>
        <translation>Received before</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="29"/>
        <source>Đã nhận (lần {version})</source>
        <translation>Received (submission {version})</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="31"/>
        <source>{count} điểm cần kiểm tra</source>
        <translation>{count} points to check</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="51"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="52"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="53"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="54"/>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="63"/>
        <source>Chấp nhận khóa mới của xã… (quản trị viên)</source>
        <translation>Accept the commune's new key… (administrator)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_outcomes.py" line="67"/>
        <source>Chọn một tệp bị từ chối vì khóa ký của xã đã đổi. Chỉ chấp nhận sau khi đã gọi điện cho xã và xã đọc đúng mã khóa trong tệp.</source>
        <translation>Select a file refused because the commune's signing key changed. Accept only after calling the commune and hearing it read out the key code in the file.</translation>
    </message>
</context>
</TS>
