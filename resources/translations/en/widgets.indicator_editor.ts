<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>IndicatorDialog</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="71" />
            <source>Sửa chỉ tiêu</source>
            <translation>Edit indicator</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="73" />
            <source>Thêm chỉ tiêu</source>
            <translation>Add indicator</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="84" />
            <source>Dòng tiêu đề nhóm (in đậm, không có số liệu)</source>
            <translation>Group heading row (bold, no figures)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="103" />
            <source>Số thứ tự (TT):</source>
            <translation>Number (No.):</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="104" />
            <source>Tên chỉ tiêu:</source>
            <translation>Indicator:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="105" />
            <source>Đơn vị tính:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="106" />
            <source>Mức thụt lề:</source>
            <translation>Indent level:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="108" />
            <source>Nguồn số liệu:</source>
            <translation>Data source:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="109" />
            <source>Ghi chú:</source>
            <translation>Notes:</translation>
        </message>
    </context>
    <context>
        <name>IndicatorEditor</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="46" />
            <source>Báo cáo công tác bình đẳng giới (6 tháng, năm)</source>
            <translation>Gender equality work report (half-year, year)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="47" />
            <source>Thống kê bạo lực gia đình</source>
            <translation>Domestic violence statistics</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="52" />
            <source>(cán bộ tự điền)</source>
            <translation>(filled in by the officer)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="57" />
            <source>TT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="58" />
            <source>Chỉ tiêu</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="59" />
            <source>Đơn vị tính</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="60" />
            <source>Nguồn số liệu</source>
            <translation>Data source</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="61" />
            <source>Ghi chú</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="163" />
            <source>Thêm dòng…</source>
            <translation>Add row…</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="164" />
            <source>Sửa…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="165" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="166" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="167" />
            <source>Ẩn / hiện</source>
            <translation>Hide / show</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="177" />
            <source>Biểu:</source>
            <translation>Report form:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="182" />
            <source>Sửa tên, đơn vị, thứ tự các dòng cho khớp mẫu báo cáo của tỉnh. Dòng có nguồn số liệu được máy tự tính; dòng “cán bộ tự điền” để trống cho cán bộ ghi. Dòng bị ẩn không in ra báo cáo.</source>
            <translation>Edit the names, units and order of the rows to match the province's report template. Rows with a data source are calculated automatically; rows “filled in by the officer” are left blank to write in. Hidden rows are not printed.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/indicator_editor.py" line="221" />
            <source>Dòng này đang ẩn, không in ra báo cáo.</source>
            <translation>This row is hidden and not printed in the report.</translation>
        </message>
    </context>
</TS>
