<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CaseFormDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="66" />
        <source>Sửa hồ sơ %1</source>
        <translation>Edit case %1</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="68" />
        <source>Hồ sơ mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="91" />
        <source>Lưu hồ sơ</source>
        <translation>Save case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="92" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="120" />
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="124" />
        <source>(không ghi thôn)</source>
        <translation>(no village recorded)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="134" />
        <source>Cán bộ được giao sẽ thấy hồ sơ này trong danh sách của mình; nhật ký ghi lại việc giao.</source>
        <translation>The assigned worker will see this case in their list; the audit log records the assignment.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="139" />
        <source>Ngày tiếp nhận</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="140" />
        <source>Nguồn tiếp nhận</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="141" />
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="142" />
        <source>Mức độ nguy cơ</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="143" />
        <source>Cán bộ phụ trách</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="147" />
        <source>Nạn nhân và người gây bạo lực</source>
        <translation>Survivor and perpetrator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="153" />
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="154" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="155" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="162" />
        <source>Giới tính nạn nhân</source>
        <translation>Survivor’s sex</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="164" />
        <source>Nhóm tuổi nạn nhân</source>
        <translation>Survivor’s age group</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="166" />
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="167" />
        <source>Khuyết tật</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="171" />
        <source>Quan hệ người gây BL</source>
        <translation>Perpetrator’s relationship</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="177" />
        <source>Giới tính người gây BL</source>
        <translation>Perpetrator’s sex</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="183" />
        <source>Nhóm tuổi người gây BL</source>
        <translation>Perpetrator’s age group</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="190" />
        <source>Hành vi bạo lực gia đình (chọn một hay nhiều)</source>
        <translation>Acts of domestic violence (choose one or more)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="208" />
        <source>Đồng ý chia sẻ thông tin</source>
        <translation>Consent to share information</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="210" />
        <source>Nạn nhân đồng ý chia sẻ thông tin</source>
        <translation>The survivor consents to sharing information</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="213" />
        <source>Ví dụ: Công an xã, Trạm Y tế</source>
        <translation>For example: commune police, health station</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="215" />
        <source>Ngày đồng ý</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="216" />
        <source>Phạm vi</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="224" />
        <source>Thông tin nhận diện — được mã hóa</source>
        <translation>Identifying information — encrypted</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="228" />
        <source>Chỉ người được phân công xem được các trường này; danh sách chỉ hiện mã hồ sơ.</source>
        <translation>Only the assigned people can see these fields; lists show the case code only.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="239" />
        <source>Nạn nhân</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="240" />
        <source>Người gây bạo lực</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="243" />
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="244" />
        <source>Ngày/năm sinh</source>
        <translation>Date/year of birth</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="245" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="246" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="247" />
        <source>Số CCCD</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/case_form.py" line="262" />
        <source>Diễn biến vụ việc</source>
        <translation>What happened</translation>
    </message>
</context>
</TS>
