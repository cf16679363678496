<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="45" />
        <source>hoạt động</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="46" />
        <source>sự kiện tuyên truyền</source>
        <translation>outreach events</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="76" />
        <source>Nhập dữ liệu từ Excel</source>
        <translation>Import data from Excel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="84" />
        <source>Thôn, trường học điền dữ liệu vào mẫu Excel của phần mềm. Chọn tệp đã điền: từng dòng được kiểm tra trước, chỉ các dòng hợp lệ được nhập khi bạn bấm nút Nhập. Nhập lại cùng một tệp không tạo bản ghi trùng.</source>
        <translation>Villages and schools fill in the app's Excel template. Choose a filled-in file: every row is checked first, and only the valid rows are imported when you press Import. Importing the same file again creates no duplicates.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="95" />
        <source>Chọn tệp Excel…</source>
        <translation>Choose Excel file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="98" />
        <source>Tải mẫu</source>
        <translation>Get template</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="101" />
        <source>Lưu mẫu Excel trống (có danh sách thôn, loại…) để gửi đi.</source>
        <translation>Save an empty Excel template (with the lists of villages, kinds…) to send out.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="105" />
        <source>Mẫu {noun}</source>
        <translation>Template for {noun}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="115" />
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="121" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="121" />
        <source>Kết quả kiểm tra</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="122" />
        <source>Nội dung</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="122" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="123" />
        <source>Lỗi cần sửa, ghi chú</source>
        <translation>Errors to fix, notes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="134" />
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="224" />
        <source>Nhập các dòng hợp lệ</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="139" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="151" />
        <source>Lưu mẫu nhập liệu</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="153" />
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="183" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="166" />
        <source>Không lưu được mẫu: {error}</source>
        <translation>The template could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="170" />
        <source>Đã lưu mẫu nhập {noun}: {path}</source>
        <translation>Template for {noun} saved: {path}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="181" />
        <source>Chọn tệp Excel đã điền</source>
        <translation>Choose the filled-in Excel file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="222" />
        <source>Nhập {n} dòng hợp lệ</source>
        <translation>Import {n} valid rows</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="230" />
        <source>Lưu ý – {note}</source>
        <translation>Note – {note}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="237" />
        <source>Tệp “{name}” — {noun}: {valid} dòng hợp lệ, {invalid} dòng có lỗi (sửa trong tệp rồi chọn lại), {skipped} dòng bỏ qua (đã có, trùng hoặc dòng ví dụ).</source>
        <translation>File “{name}” — {noun}: {valid} valid rows, {invalid} rows with errors (fix them in the file and choose it again), {skipped} rows skipped (already here, repeated or the example row).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="260" />
        <source>Chưa nhập gì: {error}</source>
        <translation>Nothing was imported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="265" />
        <source>Đã nhập {n} {noun} từ “{name}”.</source>
        <translation>Imported {n} {noun} from “{name}”.</translation>
    </message>
</context>
</TS>