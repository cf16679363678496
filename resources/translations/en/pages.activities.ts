<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>ActivitiesPage</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="50" />
            <source>Thêm hoạt động</source>
            <translation>Add activity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="54" />
            <source>Sửa</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="57" />
            <source>Nhân bản</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="60" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="131" />
            <source>Thùng rác</source>
            <translation>Recycle bin</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="63" />
            <source>In nhật ký</source>
            <translation>Print log</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="70" />
            <source>Tất cả loại hoạt động</source>
            <translation>All activity types</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="66" />
            <source>Hoàn tác (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="87" />
            <source>Hoạt động</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="90" />
            <source>Các hoạt động đã tổ chức hoặc dự kiến, với số người tham gia chia theo nam, nữ.</source>
            <translation>Activities held or planned, with participants broken down by women and men.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="126" />
            <source>{what} Bấm “Hoàn tác” nếu xóa nhầm.</source>
            <translation>{what} Click “Undo” if this was a mistake.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="157" />
            <source>Không có hoạt động nào để in nhật ký.</source>
            <translation>There are no activities to print in a log.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="113" />
            <source>Chưa có hoạt động nào. Bấm “Thêm hoạt động” (Ctrl+N) để ghi hoạt động đầu tiên.</source>
            <translation>No activities yet. Click “Add activity” (Ctrl+N) to record the first one.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="118" />
            <source>Không có hoạt động nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả.</source>
            <translation>No activities match the filter. Click “Clear filter” to see them all.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="122" />
            <source>{n} hoạt động</source>
            <translation>{n} activities</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="123" />
            <source>Tìm thấy {n} hoạt động</source>
            <translation>{n} activities found</translation>
        </message>
    </context>
    <context>
        <name>activities</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/activities.py" line="135" />
            <source>{label} (ngừng dùng)</source>
            <translation>{label} (no longer used)</translation>
        </message>
    </context>
</TS>
