<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>BackupPanel</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="40" />
        <source>Sao lưu và khôi phục</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="44" />
        <source>Ứng dụng tự sao lưu khi mở, khi đóng và mỗi ngày một lần, giữ {d} bản theo ngày, {w} bản theo tuần và {m} bản theo tháng. Tệp đính kèm được sao lưu cùng.</source>
        <translation>The app backs up by itself when it opens, when it closes and once a day, keeping {d} daily, {w} weekly and {m} monthly backups. Attached files are backed up too.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="60" />
        <source>Chọn thư mục hoặc USB…</source>
        <translation>Choose a folder or USB stick…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="62" />
        <source>Mỗi bản sao lưu được chép thêm vào thư mục này khi nó có mặt (ví dụ USB đang cắm).</source>
        <translation>Every backup is also copied to this folder whenever it is present (e.g. a USB stick that is plugged in).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="68" />
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="76" />
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="80" />
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="83" />
        <source>Mở thư mục sao lưu</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="102" />
        <source>Bản sao lưu gần nhất: {when} ({reason}); có {n} bản trong thư mục dữ liệu.</source>
        <translation>Latest backup: {when} ({reason}); {n} backups in the data folder.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="108" />
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="111" />
        <source>Sao lưu thêm vào: {folder}</source>
        <translation>Extra copy to: {folder}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="113" />
        <source>Sao lưu thêm vào USB hoặc ổ đĩa khác: chưa chọn.</source>
        <translation>Extra copy to a USB stick or another drive: not chosen.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="119" />
        <source>Chọn nơi sao lưu thêm</source>
        <translation>Choose where to keep an extra copy</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="131" />
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="143" />
        <source>Đã sao lưu: {name}.</source>
        <translation>Backed up: {name}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="145" />
        <source>Đã chép thêm vào {folder}.</source>
        <translation>Also copied to {folder}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/backup_panel.py" line="156" />
        <source>Không sao lưu được: {error}</source>
        <translation>The backup failed: {error}</translation>
    </message>
</context>
</TS>