<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="267" />
        <source>Dữ liệu bị hỏng</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="274" />
        <source>Không mở được dữ liệu của ứng dụng</source>
        <translation>The app's data cannot be opened</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="278" />
        <source>{explanation}

Việc này thường do mất điện, tắt máy đột ngột hoặc ổ đĩa lỗi. Tệp hỏng không bị xóa hay ghi đè: khi khôi phục, tệp được đổi tên và giữ lại trong {folder}.</source>
        <translation>{explanation}

This is usually caused by a power cut, a sudden shutdown or a failing disk. The damaged file is neither deleted nor overwritten: when restoring, it is renamed and kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="292" />
        <source>Bản sao lưu tốt gần nhất</source>
        <translation>Newest good backup</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="300" />
        <source>Chọn bản khác…</source>
        <translation>Choose another…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="302" />
        <source>Đóng ứng dụng</source>
        <translation>Quit the app</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="304" />
        <source>Khôi phục bản này</source>
        <translation>Restore this backup</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="78" />
        <source>Khôi phục dữ liệu từ bản sao lưu</source>
        <translation>Restore data from a backup</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="85" />
        <source>Chọn bản sao lưu cần khôi phục. Dữ liệu hiện tại được sao lưu trước khi bị thay thế, nên luôn có thể quay lại.</source>
        <translation>Choose the backup to restore. The current data is backed up before it is replaced, so you can always go back.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="99" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="100" />
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="101" />
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="102" />
        <source>Sự kiện TT</source>
        <translation>Outreach events</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="103" />
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="104" />
        <source>Nơi lưu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="130" />
        <source>Chọn tệp sao lưu khác…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="132" />
        <source>Một tệp sao lưu trên USB hoặc ở thư mục khác (.zip).</source>
        <translation>A backup file on a USB stick or in another folder (.zip).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="135" />
        <source>Khôi phục bản đã chọn</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="139" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="167" />
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="203" />
        <source>Chưa có bản sao lưu nào trong thư mục dữ liệu. Bấm “Chọn tệp sao lưu khác…” nếu có tệp trên USB.</source>
        <translation>There are no backups in the data folder yet. Press “Choose another backup file…” if you have one on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="209" />
        <source>Chọn một bản sao lưu để xem nội dung.</source>
        <translation>Select a backup to see what it contains.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="217" />
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="219" />
        <source>Tệp sao lưu (*.zip)</source>
        <translation>Backup files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="228" />
        <source>Không dùng được tệp này</source>
        <translation>This file cannot be used</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="239" />
        <source>Bản sao lưu bị hỏng</source>
        <translation>The backup is damaged</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="243" />
        <source>Khôi phục dữ liệu?</source>
        <translation>Restore data?</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="244" />
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {when} ({counts})?

Dữ liệu hiện tại sẽ được sao lưu trước. Cửa sổ ứng dụng sẽ đóng rồi mở lại.</source>
        <translation>Replace all current data with the backup of {when} ({counts})?

The current data is backed up first. The app window will close and open again.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="52" />
        <source>Sao lưu lúc {when} — {reason}.</source>
        <translation>Backed up at {when} — {reason}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="64" />
        <source>Phiên bản dữ liệu: {revision} (ứng dụng {app}).</source>
        <translation>Data version: {revision} (app {app}).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="65" />
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="67" />
        <source>Tệp: {path}</source>
        <translation>File: {path}</translation>
    </message>
</context>
</TS>