<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="35" />
            <source>Thông tin chung</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="37" />
            <source>Các mục</source>
            <translation>Sections</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="39" />
            <source>Hoạt động</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="41" />
            <source>Phân công</source>
            <translation>Assignments</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="42" />
            <source>Nơi nhận, người ký</source>
            <translation>Recipients, signer</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="60" />
            <source>để trống: văn thư ghi số khi ban hành</source>
            <translation>empty: the clerk numbers it when issued</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="64" />
            <source>Đã có ngày</source>
            <translation>Date known</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="68" />
            <source>để trống</source>
            <translation>empty</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="75" />
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="76" />
            <source>Có ngày</source>
            <translation>Dated</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="78" />
            <source>để trống: “Từ ngày … đến ngày …”</source>
            <translation>empty: “From … to …”</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="80" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="81" />
            <source>Loại kế hoạch</source>
            <translation>Plan type</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="82" />
            <source>Số</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="83" />
            <source>Ký hiệu</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="84" />
            <source>Cơ quan ban hành</source>
            <translation>Issuing body</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="85" />
            <source>Địa danh</source>
            <translation>Place name</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="86" />
            <source>Ngày ban hành</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="87" />
            <source>Tháng (khi chưa có ngày)</source>
            <translation>Month (without a date)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="88" />
            <source>Trích yếu (tên kế hoạch)</source>
            <translation>Subject (plan title)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="89" />
            <source>Căn cứ, mở đầu</source>
            <translation>Legal basis, opening</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="90" />
            <source>Chủ đề</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="91" />
            <source>Thông điệp</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="92" />
            <source>Thời gian từ</source>
            <translation>Period from</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="93" />
            <source>đến</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="94" />
            <source>Ghi thời gian</source>
            <translation>Period text</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="106" />
            <source>Mỗi dòng một nơi nhận, ví dụ “- Lưu: VT.”</source>
            <translation>One recipient per line, e.g. “- Lưu: VT.”</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="112" />
            <source>Đoạn kết</source>
            <translation>Closing</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="113" />
            <source>Nơi nhận</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="114" />
            <source>Thẩm quyền ký</source>
            <translation>Signing authority</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_editor.py" line="115" />
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
    </context>
</TS>
