<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>CatalogueEditor</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="76" />
            <source>Mục ngừng dùng không còn hiện khi nhập bản ghi mới; các bản ghi cũ vẫn giữ nguyên.
Phím tắt: Ins thêm, F2 sửa tên, Ctrl+↑ / Ctrl+↓ đổi thứ tự.</source>
            <translation>Entries not in use are no longer offered for new records; existing records keep them.
Shortcuts: Ins adds, F2 renames, Ctrl+↑ / Ctrl+↓ reorder.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="95" />
            <source>Dùng để chọn địa điểm của hoạt động, tuyên truyền và để tổng hợp theo thôn, bản.</source>
            <translation>Used to pick where activities and propaganda took place and to total by village.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="99" />
            <source>Dùng để phân loại hoạt động và tổng hợp trong báo cáo.</source>
            <translation>Used to classify activities and to total them in reports.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="102" />
            <source>Mỗi hình thức có đơn vị tính số lượng (cái, lượt phát, bản…); hình thức phát thanh, lưu động có thể tính thêm số phút.</source>
            <translation>Each type has a unit for its quantity (pieces, broadcasts, copies…); broadcasts and mobile sessions can also count minutes.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="107" />
            <source>Đơn vị chủ trì hoặc phối hợp tổ chức hoạt động.</source>
            <translation>Units that lead or help organise activities.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="138" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="139" />
            <source>Thêm mục mới (phím Ins)</source>
            <translation>Add a new entry (Ins key)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="143" />
            <source>Sửa</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="145" />
            <source>Đổi tên</source>
            <translation>Rename</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="148" />
            <source>Sửa tên mục đang chọn (phím F2)</source>
            <translation>Rename the selected entry (F2 key)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="151" />
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="218" />
            <source>Ngừng dùng</source>
            <translation>Stop using</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="152" />
            <source>Ẩn khỏi danh sách chọn khi nhập mới, hoặc dùng lại; bản ghi cũ không đổi</source>
            <translation>Hide from the pickers for new records, or bring back; existing records do not change</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="158" />
            <source>Lên</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="159" />
            <source>Đưa lên trên (Ctrl+↑)</source>
            <translation>Move up (Ctrl+↑)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="163" />
            <source>Xuống</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="164" />
            <source>Đưa xuống dưới (Ctrl+↓)</source>
            <translation>Move down (Ctrl+↓)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="216" />
            <source>Dùng lại</source>
            <translation>Use again</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="286" />
            <source>Đã lưu “{name}”.</source>
            <translation>Saved “{name}”.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="288" />
            <source>Đã thêm {count} {noun}.</source>
            <translation>Added {count} entries.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="292" />
            <source>Đã thêm “{name}”.</source>
            <translation>Added “{name}”.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="305" />
            <source>Đã dùng lại “{name}”.</source>
            <translation>“{name}” is in use again.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/catalogue_editor.py" line="309" />
            <source>Đã ngừng dùng “{name}”: không còn hiện khi nhập mới, các bản ghi cũ vẫn giữ nguyên.</source>
            <translation>Stopped using “{name}”: no longer offered for new records; existing records keep it.</translation>
        </message>
    </context>
</TS>
