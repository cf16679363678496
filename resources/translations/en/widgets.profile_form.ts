<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="60" />
        <source>Đơn vị ban hành văn bản</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="64" />
        <source>Tên xã/phường *</source>
        <translation>Commune/ward name *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="65" />
        <source>Ví dụ: Xã Cao Lâu</source>
        <translation>E.g. Xã Cao Lâu</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="69" />
        <source>Tỉnh/thành phố *</source>
        <translation>Province/city *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="70" />
        <source>Ví dụ: Quảng Nam</source>
        <translation>E.g. Quảng Nam</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="74" />
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="172" />
        <source>Địa danh ghi ngày *</source>
        <translation>Place name for dates *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="75" />
        <source>Ví dụ: Cao Lâu</source>
        <translation>E.g. Cao Lâu</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="79" />
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="176" />
        <source>Cơ quan ban hành *</source>
        <translation>Issuing body *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="80" />
        <source>ỦY BAN NHÂN DÂN XÃ …</source>
        <translation>ỦY BAN NHÂN DÂN XÃ …</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="84" />
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="180" />
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="85" />
        <source>Để trống nếu không có</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="89" />
        <source>Nơi nhận báo cáo *</source>
        <translation>Report recipient *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="90" />
        <source>Sở Nội vụ tỉnh …</source>
        <translation>Sở Nội vụ tỉnh …</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="95" />
        <source>Người ký và cán bộ phụ trách</source>
        <translation>Signer and officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="99" />
        <source>Họ tên người ký *</source>
        <translation>Signer's full name *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="100" />
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>E.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="104" />
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="192" />
        <source>Chức vụ người ký *</source>
        <translation>Signer's position *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="106" />
        <source>PHÓ CHỦ TỊCH</source>
        <translation>PHÓ CHỦ TỊCH (vice chairman)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="108" />
        <source>Thẩm quyền ký *</source>
        <translation>Signing authority *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="111" />
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="112" />
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="117" />
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="116" />
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="168" />
        <source>Tên Sở tiếp nhận *</source>
        <translation>Receiving department *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="169" />
        <source>Ví dụ: Sở Nội vụ tỉnh Lạng Sơn</source>
        <translation>E.g. Sở Nội vụ tỉnh Lạng Sơn</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="173" />
        <source>Lạng Sơn</source>
        <translation>Lạng Sơn</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="177" />
        <source>SỞ NỘI VỤ</source>
        <translation>SỞ NỘI VỤ</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="181" />
        <source>UBND TỈNH …</source>
        <translation>UBND TỈNH …</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="184" />
        <source>Nơi nhận báo cáo tổng hợp *</source>
        <translation>Consolidated report sent to *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="185" />
        <source>Bộ Nội vụ</source>
        <translation>Bộ Nội vụ</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="188" />
        <source>Họ tên người ký</source>
        <translation>Signer's name</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="189" />
        <source>Lãnh đạo Sở ký báo cáo tổng hợp</source>
        <translation>The department leader signing the consolidated report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="193" />
        <source>PHÓ GIÁM ĐỐC</source>
        <translation>PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="259" />
        <source>Dùng ở dòng ngày tháng của văn bản, ví dụ: “Cao Lâu, ngày 20 tháng 11 năm 2025”.</source>
        <translation>Used in the date line of documents, e.g. “Cao Lâu, ngày 20 tháng 11 năm 2025”.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="265" />
        <source>Dòng tiêu đề bên trái của văn bản, viết hoa, ví dụ: ỦY BAN NHÂN DÂN XÃ CAO LÂU.</source>
        <translation>The left heading line of documents, in capitals, e.g. ỦY BAN NHÂN DÂN XÃ CAO LÂU.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="271" />
        <source>Dòng trên tên cơ quan ban hành, nếu có. Từ 01/7/2025 không còn cấp huyện.</source>
        <translation>The line above the issuing body, if any. Districts no longer exist since 01/7/2025.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="276" />
        <source>Cơ quan cấp trên nhận báo cáo bình đẳng giới (mặc định: Sở Nội vụ của tỉnh).</source>
        <translation>The higher body receiving the gender equality report (default: the provincial Department of Home Affairs).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="281" />
        <source>Dòng thẩm quyền ký, mỗi dòng một cấp, ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.</source>
        <translation>Signing authority lines, one level per line, e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="69" />
        <source>Mã đơn vị hành chính</source>
        <translation>Administrative unit code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="70" />
        <source>Ví dụ: 04378 (cần khi gửi báo cáo lên tỉnh)</source>
        <translation>E.g. 04378 (needed to send reports to the province)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="207" />
        <source>Mã xã/phường trong danh mục đơn vị hành chính (sau sắp xếp năm 2025), chỉ gồm chữ số. Tỉnh nhận báo cáo gửi lên theo mã này; hỏi Sở Nội vụ nếu chưa biết.</source>
        <translation>The commune's code in the list of administrative units (after the 2025 reorganisation), digits only. The province receives reports by this code; ask the Department of Home Affairs if you do not know it.</translation>
    </message>
</context>
</TS>
