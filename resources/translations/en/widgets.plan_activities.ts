<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PlanActivitiesTable</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="36" />
            <source>STT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="37" />
            <source>Nội dung hoạt động</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="38" />
            <source>Thời gian</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="39" />
            <source>Địa điểm</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="40" />
            <source>Kinh phí (đồng)</source>
            <translation>Budget (VND)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="41" />
            <source>Tiến độ</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="42" />
            <source>Đã thực hiện bởi</source>
            <translation>Carried out by</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="85" />
            <source>Thêm hoạt động</source>
            <translation>Add activity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="86" />
            <source>Sửa</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="87" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="88" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="89" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="92" />
            <source>Gắn hoạt động đã thực hiện…</source>
            <translation>Link activities carried out…</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="102" />
            <source>In kèm bảng tiến độ các hoạt động</source>
            <translation>Print the activity progress table too</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_activities.py" line="125" />
            <source>Chưa lưu</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>{total} hoạt động · đã thực hiện {done} · chờ xác nhận {matched} · quá hạn {overdue} · dự kiến {planned}</source>
            <translation>Activities: {total} · done {done} · awaiting confirmation {matched} · overdue {overdue} · planned {planned}</translation>
        </message>
        <message>
            <source>Đề xuất: {day} {title}</source>
            <translation>Suggested: {day} {title}</translation>
        </message>
        <message>
            <source>Đã có bản ghi cùng loại thực hiện trong thời gian của kế hoạch, chưa gắn với kế hoạch. Bấm “Gắn hoạt động đã thực hiện…” để xác nhận.</source>
            <translation>A record of the same kind was carried out within the plan's time but is not linked to the plan yet. Click “Link activities carried out…” to confirm.</translation>
        </message>
    </context>
</TS>
