<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CaseFormDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="47"/>
        <source>{name} (tài khoản đã khóa)</source>
        <translation>{name} (account locked)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="72"/>
        <source>Sửa hồ sơ %1</source>
        <translation>Edit case %1</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="74"/>
        <source>Hồ sơ mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="97"/>
        <source>Lưu hồ sơ</source>
        <translation>Save case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="98"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="126"/>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="130"/>
        <source>(không ghi thôn)</source>
        <translation>(no village recorded)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="140"/>
        <source>— Chọn cán bộ phụ trách —</source>
        <translation>— Choose the case worker —</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="143"/>
        <source>Cán bộ được giao sẽ thấy hồ sơ này trong danh sách của mình; nhật ký ghi lại việc giao.</source>
        <translation>The assigned worker will see this case in their list; the audit log records the assignment.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="148"/>
        <source>Ngày tiếp nhận</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="149"/>
        <source>Nguồn tiếp nhận</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="150"/>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="151"/>
        <source>Mức độ nguy cơ</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="152"/>
        <source>Cán bộ phụ trách</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="156"/>
        <source>Nạn nhân và người gây bạo lực</source>
        <translation>Survivor and perpetrator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="162"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="163"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="164"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="171"/>
        <source>Giới tính nạn nhân</source>
        <translation>Survivor’s sex</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="173"/>
        <source>Nhóm tuổi nạn nhân</source>
        <translation>Survivor’s age group</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="175"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="176"/>
        <source>Khuyết tật</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="180"/>
        <source>Quan hệ người gây BL</source>
        <translation>Perpetrator’s relationship</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="186"/>
        <source>Giới tính người gây BL</source>
        <translation>Perpetrator’s sex</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="192"/>
        <source>Nhóm tuổi người gây BL</source>
        <translation>Perpetrator’s age group</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="199"/>
        <source>Hành vi bạo lực gia đình (chọn một hay nhiều)</source>
        <translation>Acts of domestic violence (choose one or more)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="219"/>
        <source>Đồng ý chia sẻ thông tin</source>
        <translation>Consent to share information</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="221"/>
        <source>Nạn nhân đồng ý chia sẻ thông tin</source>
        <translation>The survivor consents to sharing information</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="224"/>
        <source>Ví dụ: Công an xã, Trạm Y tế</source>
        <translation>For example: commune police, health station</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="226"/>
        <source>Ngày đồng ý</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="227"/>
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="235"/>
        <source>Thông tin nhận diện — được mã hóa</source>
        <translation>Identifying information — encrypted</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="239"/>
        <source>Chỉ người được phân công xem được các trường này; danh sách chỉ hiện mã hồ sơ.</source>
        <translation>Only the assigned people can see these fields; lists show the case code only.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="250"/>
        <source>Nạn nhân</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="251"/>
        <source>Người gây bạo lực</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="254"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="255"/>
        <source>Ngày/năm sinh</source>
        <translation>Date/year of birth</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="256"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="257"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="258"/>
        <source>Số CCCD</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="273"/>
        <source>Diễn biến vụ việc</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="348"/>
        <source>Chưa chọn cán bộ phụ trách. Vui lòng chọn người sẽ theo dõi hồ sơ này.</source>
        <translation>No case worker chosen. Please choose who will follow this case.</translation>
    </message>
</context>
</TS>
