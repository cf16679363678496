<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="73"/>
        <source>Đơn vị ban hành văn bản</source>
        <translation>Issuing office</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="77"/>
        <source>Tên xã/phường *</source>
        <translation>Commune/ward name *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="78"/>
        <source>Ví dụ: Xã Cao Lâu</source>
        <translation>E.g. Xã Cao Lâu</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="82"/>
        <source>Tỉnh/thành phố *</source>
        <translation>Province/city *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="83"/>
        <source>Ví dụ: Quảng Nam</source>
        <translation>E.g. Quảng Nam</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="87"/>
        <source>Địa danh ghi ngày *</source>
        <translation>Place name for dates *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="88"/>
        <source>Ví dụ: Cao Lâu</source>
        <translation>E.g. Cao Lâu</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="92"/>
        <source>Cơ quan ban hành *</source>
        <translation>Issuing body *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="93"/>
        <source>ỦY BAN NHÂN DÂN XÃ …</source>
        <translation>ỦY BAN NHÂN DÂN XÃ …</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="97"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="98"/>
        <source>Để trống nếu không có</source>
        <translation>Leave empty if none</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="102"/>
        <source>Nơi nhận báo cáo *</source>
        <translation>Report recipient *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="103"/>
        <source>Sở Nội vụ tỉnh …</source>
        <translation>Sở Nội vụ tỉnh …</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="108"/>
        <source>Người ký và cán bộ phụ trách</source>
        <translation>Signer and officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="112"/>
        <source>Họ tên người ký *</source>
        <translation>Signer&apos;s full name *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="113"/>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>E.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="117"/>
        <source>Chức vụ người ký *</source>
        <translation>Signer&apos;s position *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="119"/>
        <source>PHÓ CHỦ TỊCH</source>
        <translation>PHÓ CHỦ TỊCH (vice chairman)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="121"/>
        <source>Thẩm quyền ký *</source>
        <translation>Signing authority *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="124"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="125"/>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="130"/>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="129"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="220"/>
        <source>Dùng ở dòng ngày tháng của văn bản, ví dụ: “Cao Lâu, ngày 20 tháng 11 năm 2025”.</source>
        <translation>Used in the date line of documents, e.g. “Cao Lâu, ngày 20 tháng 11 năm 2025”.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="226"/>
        <source>Dòng tiêu đề bên trái của văn bản, viết hoa, ví dụ: ỦY BAN NHÂN DÂN XÃ CAO LÂU.</source>
        <translation>The left heading line of documents, in capitals, e.g. ỦY BAN NHÂN DÂN XÃ CAO LÂU.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="232"/>
        <source>Dòng trên tên cơ quan ban hành, nếu có. Từ 01/7/2025 không còn cấp huyện.</source>
        <translation>The line above the issuing body, if any. Districts no longer exist since 01/7/2025.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="237"/>
        <source>Cơ quan cấp trên nhận báo cáo bình đẳng giới (mặc định: Sở Nội vụ của tỉnh).</source>
        <translation>The higher body receiving the gender equality report (default: the provincial Department of Home Affairs).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/profile_form.py" line="242"/>
        <source>Dòng thẩm quyền ký, mỗi dòng một cấp, ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.</source>
        <translation>Signing authority lines, one level per line, e.g. TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.</translation>
    </message>
</context>
</TS>
