<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="53"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="54"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="55"/>
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="56"/>
        <source>Tên kế hoạch</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="57"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="58"/>
        <source>Đã thực hiện</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="59"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="66"/>
        <source>Chờ xác nhận</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="101"/>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="104"/>
        <source>Soạn kế hoạch năm và kế hoạch Tháng hành động đúng thể thức Nghị định 30/2020/NĐ-CP, theo dõi hoạt động nào đã thực hiện, xuất PDF hoặc Word để trình ký.</source>
        <translation>Draft the annual plan and the Action Month plan in the Decree 30/2020/NĐ-CP format, track which activities were carried out, and export to PDF or Word for signing.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="123"/>
        <source>Kế hoạch mới theo mẫu</source>
        <translation>New plan from template</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="133"/>
        <source>Lập cho năm sau từ kế hoạch này</source>
        <translation>Copy to next year</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="135"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="137"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="140"/>
        <source>Xuất Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="142"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="257"/>
        <source>Đã tạo kế hoạch mới theo mẫu. Vui lòng xem lại từng thẻ rồi bấm Lưu.</source>
        <translation>New plan created from the template. Please review each tab, then click Save.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="268"/>
        <source>Đã lập kế hoạch năm sau: các ngày đã lùi một năm, số và ngày ban hành để trống.</source>
        <translation>Next year&apos;s plan created: dates moved one year on, number and issue date left blank.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="283"/>
        <source>Chưa lưu được kế hoạch:</source>
        <translation>The plan could not be saved:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="291"/>
        <source>Đã lưu kế hoạch.</source>
        <translation>Plan saved.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="296"/>
        <source>Xóa kế hoạch này? Có thể khôi phục lại sau.</source>
        <translation>Delete this plan? It can be restored later.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="301"/>
        <source>Đã xóa kế hoạch.</source>
        <translation>Plan deleted.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="309"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="311"/>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="325"/>
        <source>Đã xuất kế hoạch ra tệp {path}</source>
        <translation>Plan exported to {path}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="339"/>
        <source>Hoạt động này chưa được lưu. Vui lòng bấm Lưu rồi gắn lại.</source>
        <translation>This activity has not been saved yet. Please click Save, then link again.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="366"/>
        <source>Đã cập nhật các hoạt động đã thực hiện.</source>
        <translation>Carried-out activities updated.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="373"/>
        <source>Lưu kế hoạch</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/plans.py" line="378"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
</context>
</TS>
