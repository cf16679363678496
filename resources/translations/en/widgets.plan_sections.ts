<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>AssignmentsEditor</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="167" />
            <source>Thêm đơn vị</source>
            <translation>Add unit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="168" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="169" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="170" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="175" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="180" />
            <source>Nhiệm vụ</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="217" />
            <source>(chưa có tên đơn vị)</source>
            <translation>(no unit name yet)</translation>
        </message>
    </context>
    <context>
        <name>SectionsEditor</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="72" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="73" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="79" />
            <source>Tên mục (để trống: tên thường dùng)</source>
            <translation>Section title (empty: the usual title)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="110" />
            <source>Chủ đề, thông điệp, thời gian lấy ở thẻ Thông tin chung; đoạn văn dưới đây in sau chúng.</source>
            <translation>Theme, message and period come from the General tab; the text below is printed after them.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="114" />
            <source>Các hoạt động ở thẻ Hoạt động được đánh số và in sau đoạn văn này.</source>
            <translation>The activities on the Activities tab are numbered and printed after this text.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_sections.py" line="117" />
            <source>Các đơn vị ở thẻ Phân công được đánh số và in sau đoạn văn này.</source>
            <translation>The units on the Assignments tab are numbered and printed after this text.</translation>
        </message>
    </context>
</TS>
