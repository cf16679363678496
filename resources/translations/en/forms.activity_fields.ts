<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>ActivityFields</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="57" />
            <source>Ví dụ: Tập huấn kỹ năng phòng, chống bạo lực gia đình</source>
            <translation>E.g. Training on preventing domestic violence</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="67" />
            <source>Ví dụ: Nhà văn hóa thôn, Trường THCS, Hội trường UBND xã</source>
            <translation>E.g. Village cultural house, lower secondary school, commune hall</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="77" />
            <source>Chọn trong danh mục hoặc gõ tên đơn vị</source>
            <translation>Pick from the catalogue or type a unit name</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="93" />
            <source>Nam = tổng − nữ</source>
            <translation>Men = total − women</translation>
        </message>
        <message>
            <source>Nhập Tổng số và Nữ, để trống Nam: có thể điền Nam = Tổng − Nữ</source>
            <translation>Type the total and the women, leave Men blank: Men = total − women can then be filled in</translation>
        </message>
        <message>
            <source>Điền Nam = {male}</source>
            <translation>Fill in Men = {male}</translation>
        </message>
        <message>
            <source>Bấm (hoặc Ctrl+M) để điền Nam = Tổng − Nữ = {male}. Để trống nếu chưa rõ giới tính: báo cáo ghi số này vào cột “Chưa rõ giới tính”.</source>
            <translation>Click (or Ctrl+M) to fill in Men = total − women = {male}. Leave it blank if their sex is not known: the report counts them under “Sex not recorded”.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="102" />
            <source>— Chưa chọn —</source>
            <translation>— Not chosen —</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="110" />
            <source>Nội dung chính, kết quả đạt được (Ctrl+Enter để lưu)</source>
            <translation>Main content and results achieved (Ctrl+Enter to save)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="172" />
            <source>đến</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="174" />
            <source>Loại hoạt động *</source>
            <translation>Activity kind *</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="175" />
            <source>Tên hoạt động *</source>
            <translation>Activity name *</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="176" />
            <source>Thời gian *</source>
            <translation>Time *</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="177" />
            <source>Chiến dịch</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="178" />
            <source>Thôn, bản</source>
            <translation>Village</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="179" />
            <source>Nơi tổ chức</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="181" />
            <source>Đơn vị tổ chức</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="185" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="197" />
            <source>Tổng số</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="198" />
            <source>Nữ</source>
            <translation>Women</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="199" />
            <source>Nam</source>
            <translation>Men</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="200" />
            <source>Trẻ em</source>
            <translation>Children</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="201" />
            <source>Người DTTS</source>
            <translation>Ethnic minority</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="210" />
            <source>Nguồn</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="212" />
            <source>Người tham gia</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="213" />
            <source>Kinh phí (đ)</source>
            <translation>Budget (VND)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="214" />
            <source>Kết quả</source>
            <translation>Results</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/activity_fields.py" line="222" />
            <source>Minh chứng (ảnh, danh sách ký tên, PDF)</source>
            <translation>Evidence (photos, signed lists, PDF)</translation>
        </message>
    </context>
</TS>
