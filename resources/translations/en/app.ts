<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>app</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="157"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="158"/>
        <source>Không khôi phục được bản sao lưu. Dữ liệu hiện tại được giữ nguyên.

{detail}</source>
        <translation>The backup could not be restored. Your current data has been left as it was.

{detail}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="277"/>
        <source>Đã khôi phục bản sao lưu lúc {when}.</source>
        <translation>Restored the backup made at {when}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="280"/>
        <source>Dữ liệu trước khi khôi phục được giữ trong bản sao lưu {name}.</source>
        <translation>The data as it was before the restore is kept in the backup {name}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="286"/>
        <source>Tệp dữ liệu hỏng được giữ lại với tên {name}.</source>
        <translation>The damaged data file has been kept as {name}.</translation>
    </message>
    <message>
        <source>Các tệp không khôi phục được (dữ liệu khác đã khôi phục đủ):</source>
        <translation>Files that could not be restored (everything else was restored):</translation>
    </message>
    <message>
        <source>Dữ liệu thiếu lần lưu gần đây</source>
        <translation>Data is missing recent saves</translation>
    </message>
    <message>
        <source>{problem}

Máy này không có bản sao lưu. Tiếp tục với dữ liệu hiện có?</source>
        <translation>{problem}

This PC has no backup. Go on with the current data?</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="292"/>
        <source>Thiếu {n} tệp đính kèm trong bản sao lưu.</source>
        <translation>{n} attached files were missing from the backup.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="296"/>
        <source>Thiếu {n} tệp hồ sơ hỗ trợ trong bản sao lưu.</source>
        <translation>{n} support case files were missing from the backup.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="302"/>
        <source>Thiếu {n} tệp số liệu đã nhận hoặc logo băng rôn trong bản sao lưu.</source>
        <translation>{n} received statistics files or banner logos were missing from the backup.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="306"/>
        <source>Đã khôi phục dữ liệu</source>
        <translation>Data restored</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục dữ liệu</source>
        <translation>Cannot write to the data folder</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="325"/>
        <source>Dữ liệu đang được mở</source>
        <translation>The data is already open</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="332"/>
        <source>Không mở được dữ liệu</source>
        <translation>Could not open the data</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/app.py" line="333"/>
        <source>{app} không mở được tệp dữ liệu nên sẽ đóng lại. Dữ liệu không bị thay đổi.

{detail}

Thư mục dữ liệu: {folder}
Các bản sao lưu: {backups}</source>
        <translation>{app} could not open its data file and will close. Your data has not been changed.

{detail}

Data folder: {folder}
Backups: {backups}</translation>
    </message>
</context>
</TS>
