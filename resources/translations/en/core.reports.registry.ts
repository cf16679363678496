<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>OutputFormat</name>
    <message>
        <location filename="../../../gender_equality_desk/core/reports/registry.py" line="41"/>
        <source>PDF (để in, gửi)</source>
        <translation>PDF (to print or send)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/reports/registry.py" line="42"/>
        <source>Excel (để tiếp tục chỉnh sửa)</source>
        <translation>Excel (to keep editing)</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/reports/registry.py" line="26"/>
        <source>Báo cáo kết quả Tháng hành động</source>
        <translation>Action Month results report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/reports/registry.py" line="29"/>
        <source>Báo cáo công tác bình đẳng giới (6 tháng, năm)</source>
        <translation>Gender equality work report (half-year, year)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/reports/registry.py" line="31"/>
        <source>Thống kê bạo lực gia đình (ẩn danh)</source>
        <translation>Domestic violence statistics (anonymised)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/reports/registry.py" line="32"/>
        <source>Sổ nhật ký hoạt động</source>
        <translation>Activity log</translation>
    </message>
</context>
</TS>
