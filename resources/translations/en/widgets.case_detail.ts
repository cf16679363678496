<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="76" />
        <source>← Danh sách</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="79" />
        <source>Sửa hồ sơ</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="80" />
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="189" />
        <source>Đóng hồ sơ</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="102" />
        <source>Biện pháp</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="103" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="104" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="105" />
        <source>Đơn vị</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="106" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="112" />
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="113" />
        <source>Ngày hẹn</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="114" />
        <source>Đã theo dõi</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="115" />
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="125" />
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="121" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="122" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="123" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="124" />
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="128" />
        <source>Thêm biện pháp</source>
        <translation>Add measure</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="130" />
        <source>Thêm lịch theo dõi</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="132" />
        <source>Đánh dấu đã theo dõi</source>
        <translation>Mark follow-up done</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="136" />
        <source>Biện pháp hỗ trợ, bảo vệ</source>
        <translation>Support and protection measures</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="143" />
        <source>Kế hoạch theo dõi</source>
        <translation>Follow-up plan</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="149" />
        <source>Lịch sử trạng thái</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="187" />
        <source>Mở lại hồ sơ</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="195" />
        <source>Có, {day}</source>
        <translation>Yes, {day}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="197" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="200" />
        <source>Ngày tiếp nhận</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="201" />
        <source>Nguồn tiếp nhận</source>
        <translation>Intake channel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="202" />
        <source>Loại (GBVIMS)</source>
        <translation>Type (GBVIMS)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="203" />
        <source>Mức độ nguy cơ</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="205" />
        <source>Nạn nhân</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="209" />
        <source>Người gây BL</source>
        <translation>Perpetrator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="212" />
        <source>Cán bộ phụ trách</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="213" />
        <source>Đồng ý chia sẻ</source>
        <translation>Consent to share</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="216" />
        <source>Họ tên nạn nhân</source>
        <translation>Survivor’s name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="217" />
        <source>Ngày sinh nạn nhân</source>
        <translation>Survivor’s date of birth</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="218" />
        <source>Địa chỉ nạn nhân</source>
        <translation>Survivor’s address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="219" />
        <source>Điện thoại nạn nhân</source>
        <translation>Survivor’s phone</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="220" />
        <source>Số giấy tờ nạn nhân</source>
        <translation>Survivor’s ID number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="221" />
        <source>Họ tên người gây bạo lực</source>
        <translation>Perpetrator’s name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="222" />
        <source>Ngày sinh người gây bạo lực</source>
        <translation>Perpetrator’s date of birth</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="223" />
        <source>Địa chỉ người gây bạo lực</source>
        <translation>Perpetrator’s address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="224" />
        <source>Điện thoại người gây bạo lực</source>
        <translation>Perpetrator’s phone</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="225" />
        <source>Số giấy tờ người gây bạo lực</source>
        <translation>Perpetrator’s ID number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="282" />
        <source>Đã giao hồ sơ {code} cho cán bộ khác; bạn không còn xem được hồ sơ này.</source>
        <translation>Case {code} has been assigned to another worker; you can no longer see it.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_detail.py" line="331" />
        <source>Hãy chọn một lịch theo dõi chưa thực hiện trong bảng.</source>
        <translation>Select a follow-up that has not been done yet in the table.</translation>
    </message>
</context>
</TS>
