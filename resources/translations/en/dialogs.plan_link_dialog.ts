<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PlanLinkDialog</name>
        <message>
            <source>Gắn hoạt động đã thực hiện</source>
            <translation>Link carried-out activities</translation>
        </message>
        <message>
            <source>Hoạt động trong kế hoạch: {label}</source>
            <translation>Planned activity: {label}</translation>
        </message>
        <message>
            <source>Tìm theo tên, địa điểm (gõ không dấu cũng được)</source>
            <translation>Search by name or venue (diacritics optional)</translation>
        </message>
        <message>
            <source>Đề xuất: hoạt động cùng loại đã thực hiện trong thời gian của kế hoạch, chưa gắn</source>
            <translation>Suggested: activities of the same kind carried out within the plan's time, not linked yet</translation>
        </message>
        <message>
            <source>Gắn hoạt động này</source>
            <translation>Link this activity</translation>
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
            <source>Đề xuất: sự kiện tuyên truyền cùng loại trong thời gian của kế hoạch, chưa gắn</source>
            <translation>Suggested: awareness-raising events of the same kind within the plan's time, not linked yet</translation>
        </message>
        <message>
            <source>Gắn sự kiện này</source>
            <translation>Link this event</translation>
        </message>
    </context>
</TS>
