<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="280"/>
        <source>Dữ liệu bị hỏng</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="287"/>
        <source>Không mở được dữ liệu của ứng dụng</source>
        <translation>The app&apos;s data cannot be opened</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="291"/>
        <source>{explanation}

Việc này thường do mất điện, tắt máy đột ngột hoặc ổ đĩa lỗi. Tệp hỏng không bị xóa hay ghi đè: khi khôi phục, tệp được đổi tên và giữ lại trong {folder}.</source>
        <translation>{explanation}

This is usually caused by a power cut, a sudden shutdown or a failing disk. The damaged file is neither deleted nor overwritten: when restoring, it is renamed and kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="305"/>
        <source>Bản sao lưu tốt gần nhất</source>
        <translation>Newest good backup</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="313"/>
        <source>Chọn bản khác…</source>
        <translation>Choose another…</translation>
    </message>
    <message>
        <source>Không tìm thấy dữ liệu</source>
        <translation>Data not found</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp dữ liệu của ứng dụng</source>
        <translation>The app's data file was not found</translation>
    </message>
    <message>
        <source>Tệp dữ liệu {store} không có, nhưng máy này còn bản sao lưu của xã. Có thể tệp đã bị xóa hoặc chuyển đi nơi khác. Hãy khôi phục bản sao lưu; chỉ chọn “Bắt đầu với dữ liệu trống” khi đây thật sự là một xã mới.</source>
        <translation>The data file {store} is missing, but this PC still has backups of the commune. The file may have been deleted or moved. Restore a backup; choose “Start with empty data” only if this really is a new commune.</translation>
    </message>
    <message>
        <source>Bắt đầu với dữ liệu trống</source>
        <translation>Start with empty data</translation>
    </message>
    <message>
        <source>Dữ liệu thiếu lần lưu gần đây</source>
        <translation>Data is missing recent saves</translation>
    </message>
    <message>
        <source>Dữ liệu cũ hơn lần lưu cuối cùng</source>
        <translation>The data is older than the last save</translation>
    </message>
    <message>
        <source>{explanation}

Nếu bản sao lưu dưới đây mới hơn, hãy khôi phục nó (dữ liệu hiện có được sao lưu trước). Nếu không, chọn “Tiếp tục với dữ liệu hiện có” rồi nhập lại những gì đã mất.</source>
        <translation>{explanation}

If the backup below is newer, restore it (the current data is backed up first). Otherwise choose “Go on with the current data” and enter again what was lost.</translation>
    </message>
    <message>
        <source>Tiếp tục với dữ liệu hiện có</source>
        <translation>Go on with the current data</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="315"/>
        <source>Đóng ứng dụng</source>
        <translation>Quit the app</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="317"/>
        <source>Khôi phục bản này</source>
        <translation>Restore this backup</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="91"/>
        <source>Khôi phục dữ liệu từ bản sao lưu</source>
        <translation>Restore data from a backup</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="98"/>
        <source>Chọn bản sao lưu cần khôi phục. Dữ liệu hiện tại được sao lưu trước khi bị thay thế, nên luôn có thể quay lại.</source>
        <translation>Choose the backup to restore. The current data is backed up before it is replaced, so you can always go back.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="112"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="113"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="114"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="115"/>
        <source>Sự kiện TT</source>
        <translation>Outreach events</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="116"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="117"/>
        <source>Nơi lưu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="143"/>
        <source>Chọn tệp sao lưu khác…</source>
        <translation>Choose another backup file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="145"/>
        <source>Một tệp sao lưu trên USB hoặc ở thư mục khác (.zip).</source>
        <translation>A backup file on a USB stick or in another folder (.zip).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="148"/>
        <source>Khôi phục bản đã chọn</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="152"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="180"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="216"/>
        <source>Chưa có bản sao lưu nào trong thư mục dữ liệu. Bấm “Chọn tệp sao lưu khác…” nếu có tệp trên USB.</source>
        <translation>There are no backups in the data folder yet. Press “Choose another backup file…” if you have one on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="222"/>
        <source>Chọn một bản sao lưu để xem nội dung.</source>
        <translation>Select a backup to see what it contains.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="230"/>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="232"/>
        <source>Tệp sao lưu (*.zip)</source>
        <translation>Backup files (*.zip)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="241"/>
        <source>Không dùng được tệp này</source>
        <translation>This file cannot be used</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="252"/>
        <source>Bản sao lưu bị hỏng</source>
        <translation>The backup is damaged</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="256"/>
        <source>Khôi phục dữ liệu?</source>
        <translation>Restore data?</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="257"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {when} ({counts})?

Dữ liệu hiện tại sẽ được sao lưu trước. Cửa sổ ứng dụng sẽ đóng rồi mở lại.</source>
        <translation>Replace all current data with the backup of {when} ({counts})?

The current data is backed up first. The app window will close and open again.</translation>
    </message>
</context>
<context>
    <name>restore_dialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="57"/>
        <source>Sao lưu lúc {when} — {reason}.</source>
        <translation>Backed up at {when} — {reason}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="71"/>
        <source>Chú ý: bản sao lưu này được tạo trước khi ứng dụng sao lưu kèm tệp hồ sơ hỗ trợ: {n} tệp hồ sơ không có trong đó. Tệp hồ sơ đang có trong thư mục dữ liệu được giữ nguyên.</source>
        <translation>Note: this backup was made before support case files were included in backups: {n} case files are not in it. The case files already in the data folder are kept.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="77"/>
        <source>Phiên bản dữ liệu: {revision} (ứng dụng {app}).</source>
        <translation>Data version: {revision} (app {app}).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="78"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/restore_dialog.py" line="80"/>
        <source>Tệp: {path}</source>
        <translation>File: {path}</translation>
    </message>
</context>
</TS>
