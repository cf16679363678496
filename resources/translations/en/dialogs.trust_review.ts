<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>TrustReviewDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="21"/>
        <source>Kiểm tra phân quyền và nhật ký</source>
        <translation>Check permissions and log</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="26"/>
        <source>Vai trò tài khoản, phân công hồ sơ và nhật ký truy cập được so với mã xác thực mà chỉ phần mềm (khi có người đăng nhập) tạo được.</source>
        <translation>Account roles, case assignments and the access log are compared with authentication codes that only the software (with someone signed in) can make.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="46"/>
        <source>Khôi phục và xác nhận</source>
        <translation>Restore and confirm</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="49"/>
        <source>Đưa vai trò, trạng thái và phân công về như phần mềm đã ghi; điều không tìm lại được thì giữ như hiện có. Việc này được ghi vào nhật ký truy cập.</source>
        <translation>Put roles, states and assignments back as the software wrote them; what cannot be recovered is kept as it is. This is written to the access log.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="55"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="68"/>
        <source>TỐT: không có gì bị sửa ngoài ứng dụng.</source>
        <translation>OK: nothing was changed outside the app.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="74"/>
        <source>Phát hiện {n} chỗ bị sửa ngoài ứng dụng:</source>
        <translation>{n} changes made outside the app found:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="91"/>
        <source>Đã khôi phục và ghi vào nhật ký truy cập.</source>
        <translation>Restored and written to the access log.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/trust_review.py" line="94"/>
        <source>Giữ như hiện có (không tìm lại được giá trị gốc):</source>
        <translation>Kept as they are (the original values cannot be recovered):</translation>
    </message>
</context>
</TS>
