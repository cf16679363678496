<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="92"/>
        <source>Sửa chỉ tiêu</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="94"/>
        <source>Thêm chỉ tiêu</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="105"/>
        <source>Dòng tiêu đề nhóm (in đậm, không có số liệu)</source>
        <translation>Group heading row (bold, no figures)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="114"/>
        <source>Số thứ tự (TT):</source>
        <translation>Number (No.):</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="115"/>
        <source>Tên chỉ tiêu:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="116"/>
        <source>Đơn vị tính:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="117"/>
        <source>Mức thụt lề:</source>
        <translation>Indent level:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="119"/>
        <source>Nguồn số liệu (chọn nhiều thì cộng lại):</source>
        <translation>Figure source (several are added up):</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="120"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="60"/>
        <source>Báo cáo công tác bình đẳng giới (6 tháng, năm)</source>
        <translation>Gender equality work report (half-year, year)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="61"/>
        <source>Thống kê bạo lực gia đình</source>
        <translation>Domestic violence statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="62"/>
        <source>Báo cáo kết quả Tháng hành động</source>
        <translation>Action Month results report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="67"/>
        <source>(cán bộ tự điền)</source>
        <translation>(filled in by the officer)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="72"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="73"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="74"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="75"/>
        <source>Nguồn số liệu</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="76"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="192"/>
        <source>Thêm dòng…</source>
        <translation>Add row…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="193"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="194"/>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="195"/>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="196"/>
        <source>Ẩn / hiện</source>
        <translation>Hide / show</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="206"/>
        <source>Biểu:</source>
        <translation>Report form:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="211"/>
        <source>Sửa tên, đơn vị, thứ tự các dòng cho khớp mẫu báo cáo của tỉnh. Dòng có nguồn số liệu được máy tự tính; dòng “cán bộ tự điền” để trống cho cán bộ ghi. Dòng bị ẩn không in ra báo cáo.</source>
        <translation>Edit the names, units and order of the rows to match the province&apos;s report template. Rows with a data source are calculated automatically; rows “filled in by the officer” are left blank to write in. Hidden rows are not printed.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="271"/>
        <source>Dòng này đang ẩn, không in ra báo cáo.</source>
        <translation>This row is hidden and not printed in the report.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="286"/>
        <source>Cần xem lại trước khi lập báo cáo (vẫn lưu được):</source>
        <translation>To check before making the report (saving still works):</translation>
    </message>
</context>
</TS>
