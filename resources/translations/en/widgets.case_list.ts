<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="47" />
        <source>Đang hỗ trợ</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="48" />
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="49" />
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="52" />
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="55" />
        <source>Thêm hồ sơ</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="57" />
        <source>Mở hồ sơ</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="59" />
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="79" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="61" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="74" />
        <source>Mã hồ sơ</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="75" />
        <source>Ngày tiếp nhận</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="76" />
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="77" />
        <source>Loại (GBVIMS)</source>
        <translation>Type (GBVIMS)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="78" />
        <source>Nguy cơ</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="80" />
        <source>Theo dõi tiếp</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="81" />
        <source>Cán bộ phụ trách</source>
        <translation>Case worker</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="131" />
        <source>Quá hạn theo dõi</source>
        <translation>Follow-up overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/case_list.py" line="138" />
        <source>Không có hồ sơ nào theo bộ lọc này.</source>
        <translation>No cases match this filter.</translation>
    </message>
</context>
</TS>
