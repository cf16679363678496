<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PropagandaPage</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="57" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="63" />
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="69" />
            <source>Hình thức</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="75" />
            <source>Địa điểm</source>
            <translation>Places</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="82" />
            <source>Số lượng</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="89" />
            <source>Số phút</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="96" />
            <source>Người tiếp cận</source>
            <translation>People reached</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="152" />
            <source>Tất cả hình thức</source>
            <translation>All types</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="168" />
            <source>Tuyên truyền</source>
            <translation>Propaganda</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="171" />
            <source>Băng rôn, khẩu hiệu, phát thanh, tin bài, tờ rơi… đã thực hiện: số lượng, số phút phát, khẩu hiệu đã dùng và minh chứng. Ctrl+N thêm, Enter mở, Ctrl+D nhân bản, Delete xóa.</source>
            <translation>Banners, slogans, broadcasts, news articles, leaflets… carried out: quantity, minutes on air, slogans used and evidence. Ctrl+N adds, Enter opens, Ctrl+D duplicates, Delete deletes.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="123" />
            <source>Thêm sự kiện</source>
            <translation>Add event</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="125" />
            <source>Ghi sự kiện mới (Ctrl+N)</source>
            <translation>Record a new event (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="130" />
            <source>Sửa</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="132" />
            <source>Mở sự kiện đang chọn (Enter)</source>
            <translation>Open the selected event (Enter)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="136" />
            <source>Nhân bản</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="138" />
            <source>Ghi thêm một lần giống sự kiện đang chọn (Ctrl+D)</source>
            <translation>Record another one like the selected event (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="142" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="144" />
            <source>Chuyển các sự kiện đang chọn vào Thùng rác (Delete)</source>
            <translation>Move the selected events to the Trash (Delete)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="212" />
            <source>Thùng rác</source>
            <translation>Trash</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="164" />
            <source>Xem, khôi phục hoặc dọn sạch các mục đã xóa</source>
            <translation>View, restore or empty deleted items</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="148" />
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="150" />
            <source>Đưa các sự kiện vừa xóa trở lại (Ctrl+Z)</source>
            <translation>Bring back the events just deleted (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="215" />
            <source>{label} (ngừng dùng)</source>
            <translation>{label} (not in use)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="196" />
            <source>{n} sự kiện</source>
            <translation>Events: {n}</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="198" />
            <source>Chưa có sự kiện tuyên truyền nào. Bấm “Thêm sự kiện” (Ctrl+N) để ghi sự kiện đầu tiên.</source>
            <translation>No propaganda events yet. Press “Add event” (Ctrl+N) to record the first one.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="202" />
            <source>Không có sự kiện nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả.</source>
            <translation>No event matches the filter. Press “Clear filter” to see them all.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="211" />
            <source>Thùng rác ({n})</source>
            <translation>Trash ({n})</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/propaganda.py" line="205" />
            <source>{what} Bấm “Hoàn tác” (Ctrl+Z) nếu xóa nhầm.</source>
            <translation>{what} Press “Undo” (Ctrl+Z) if this was a mistake.</translation>
        </message>
    </context>
</TS>
