<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DvFormMapping</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="48"/>
        <source>(không tính vào hình thức nào)</source>
        <translation>(counted under no form)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="53"/>
        <source>Điểm</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="54"/>
        <source>Hành vi</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="55"/>
        <source>Hình thức bạo lực</source>
        <translation>Form of violence</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="64"/>
        <source>Sửa hình thức bạo lực theo hành vi</source>
        <translation>Edit the form of violence of each act</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="96"/>
        <source>Mỗi vụ được tính vào hình thức của từng hành vi ghi trên hồ sơ, nên một vụ có thể tính ở nhiều hình thức.</source>
        <translation>Each case counts under the form of every act recorded on it, so one case may count under several forms.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="131"/>
        <source>Sửa hình thức… (quản trị viên)</source>
        <translation>Edit forms… (administrator)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="140"/>
        <source>Hình thức bạo lực theo hành vi (khoản 1 Điều 3 Luật 13/2022/QH15)</source>
        <translation>Form of violence by act (Law 13/2022/QH15, Art. 3(1))</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="171"/>
        <source>Sửa cách tính hình thức bạo lực cần quản trị viên Hồ sơ hỗ trợ đăng nhập.</source>
        <translation>Changing how forms of violence are counted needs a Support cases administrator to sign in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="184"/>
        <source>Chỉ quản trị viên được sửa hình thức bạo lực theo hành vi (tài khoản vừa đăng nhập: {name}, {role}).</source>
        <translation>Only an administrator may change the form of violence of each act (account just signed in: {name}, {role}).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/dv_form_mapping.py" line="204"/>
        <source>Đã lưu hình thức của {count} hành vi.</source>
        <translation>Saved the form of {count} act(s).</translation>
    </message>
</context>
</TS>
