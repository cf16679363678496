<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="49"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="57"/>
        <source>Hồ sơ</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="58"/>
        <source>Địa chỉ tin cậy</source>
        <translation>Trusted addresses</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="59"/>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="60"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="61"/>
        <source>Nhật ký truy cập</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="122"/>
        <source>Hồ sơ hỗ trợ</source>
        <translation>Support cases</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="125"/>
        <source>Hồ sơ hỗ trợ nạn nhân bạo lực gia đình: mã hóa, phân quyền và ghi nhật ký.</source>
        <translation>Domestic violence survivor support cases: encrypted, access-controlled and logged.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="153"/>
        <source>Đang đăng nhập: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="207"/>
        <source>Đã tự khóa sau thời gian không sử dụng. Hãy đăng nhập lại để tiếp tục.</source>
        <translation>Locked automatically after a period without use. Sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/cases.py" line="283"/>
        <source>Tài khoản đã được thay bằng tài khoản từ máy cũ; vui lòng đăng nhập lại.</source>
        <translation>The accounts were replaced by the accounts from the old PC; please sign in again.</translation>
    </message>
</context>
</TS>
