<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>TrashDialog</name>
        <message>
            <source>Thùng rác</source>
            <translation>Recycle bin</translation>
        </message>
        <message>
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Xóa lúc</source>
            <translation>Deleted at</translation>
        </message>
        <message>
            <source>Khôi phục</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Đưa các mục đang chọn trở lại danh sách (Ctrl+R).</source>
            <translation>Put the selected items back in their list (Ctrl+R).</translation>
        </message>
        <message>
            <source>Dọn sạch thùng rác</source>
            <translation>Empty recycle bin</translation>
        </message>
        <message>
            <source>Xóa vĩnh viễn mọi mục trong thùng rác và tệp minh chứng của chúng.</source>
            <translation>Permanently delete every item in the recycle bin and its evidence files.</translation>
        </message>
        <message>
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{n} mục đã xóa. Chọn mục (giữ Ctrl hoặc Shift để chọn nhiều) rồi bấm Khôi phục.</source>
            <translation>{n} deleted items. Select items (hold Ctrl or Shift to select several), then click Restore.</translation>
        </message>
        <message>
            <source>Thùng rác trống.</source>
            <translation>The recycle bin is empty.</translation>
        </message>
        <message>
            <source>Đã khôi phục {n} mục.</source>
            <translation>Restored {n} items.</translation>
        </message>
        <message>
            <source>Đã xóa vĩnh viễn {n} mục.</source>
            <translation>Permanently deleted {n} items.</translation>
        </message>
        <message>
            <source>Xóa vĩnh viễn {n} mục? Không thể hoàn tác.</source>
            <translation>Permanently delete {n} items? This cannot be undone.</translation>
        </message>
    </context>
</TS>
