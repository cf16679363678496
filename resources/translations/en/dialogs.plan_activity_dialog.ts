<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PlanActivityDialog</name>
        <message>
            <source>Hoạt động trong kế hoạch</source>
            <translation>Planned activity</translation>
        </message>
        <message>
            <source>Tên ngắn, in đậm làm đề mục (có thể để trống)</source>
            <translation>Short name, printed in bold as a heading (optional)</translation>
        </message>
        <message>
            <source>Tên hoạt động</source>
            <translation>Activity name</translation>
        </message>
        <message>
            <source>(không chọn)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Có ngày</source>
            <translation>Set a date</translation>
        </message>
        <message>
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Địa điểm</source>
            <translation>Venue</translation>
        </message>
        <message>
            <source>Đơn vị thực hiện</source>
            <translation>Responsible unit</translation>
        </message>
        <message>
            <source>Đơn vị khác hoặc đơn vị phối hợp</source>
            <translation>Other or coordinating unit</translation>
        </message>
        <message>
            <source>Đơn vị khác</source>
            <translation>Other unit</translation>
        </message>
        <message>
            <source>Kinh phí (đồng)</source>
            <translation>Budget (VND)</translation>
        </message>
        <message>
            <source>Đồng ý</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Chưa có nội dung hoạt động. Vui lòng nhập tên hoặc nội dung.</source>
            <translation>The activity has no content yet. Please enter a name or content.</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Hoạt động</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Tuyên truyền</source>
            <translation>Awareness-raising</translation>
        </message>
        <message>
            <source>Các hoạt động hoặc sự kiện tuyên truyền cùng loại, thực hiện trong thời gian của kế hoạch, sẽ được đề xuất khi gắn hoạt động đã thực hiện.</source>
            <translation>Activities or awareness-raising events of this type held within the plan's time are suggested when you link what was carried out.</translation>
        </message>
        <message>
            <source>(loại đã ngừng dùng)</source>
            <translation>(type no longer in use)</translation>
        </message>
    </context>
</TS>
