<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="59" />
        <source>hoạt động</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="60" />
        <source>sự kiện tuyên truyền</source>
        <translation>outreach events</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="84" />
        <source>Nhập dữ liệu từ Excel</source>
        <translation>Import data from Excel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="92" />
        <source>Thôn, trường học điền dữ liệu vào mẫu Excel của phần mềm. Chọn tệp đã điền: từng dòng được kiểm tra trước, chỉ các dòng hợp lệ được nhập khi bạn bấm nút Nhập. Nhập lại cùng một tệp không tạo bản ghi trùng.</source>
        <translation>Villages and schools fill in the app&apos;s Excel template. Choose a filled-in file: every row is checked first, and only the valid rows are imported when you press Import. Importing the same file again creates no duplicates.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="103" />
        <source>Chọn tệp Excel…</source>
        <translation>Choose Excel file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="106" />
        <source>Tải mẫu</source>
        <translation>Get template</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="109" />
        <source>Lưu mẫu Excel trống (có danh sách thôn, loại…) để gửi đi.</source>
        <translation>Save an empty Excel template (with the lists of villages, kinds…) to send out.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="113" />
        <source>Mẫu {noun}</source>
        <translation>Template for {noun}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="123" />
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="131" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="133" />
        <source>Dừng lại; chưa có gì được ghi vào dữ liệu.</source>
        <translation>Stop; nothing has been written to the data yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="147" />
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="147" />
        <source>Kết quả kiểm tra</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="148" />
        <source>Nội dung</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="148" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="149" />
        <source>Lỗi cần sửa, ghi chú</source>
        <translation>Errors to fix, notes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="160" />
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="310" />
        <source>Nhập các dòng hợp lệ</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="165" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="176" />
        <source>Lưu mẫu nhập liệu</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="178" />
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="207" />
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="190" />
        <source>Không lưu được mẫu: {error}</source>
        <translation>The template could not be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="194" />
        <source>Đã lưu mẫu nhập {noun}: {path}</source>
        <translation>Template for {noun} saved: {path}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="205" />
        <source>Chọn tệp Excel đã điền</source>
        <translation>Choose the filled-in Excel file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="215" />
        <source>Đang đọc và kiểm tra “{name}”…</source>
        <translation>Reading and checking “{name}”…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="238" />
        <source>Đã hủy việc kiểm tra tệp. Chưa nhập gì.</source>
        <translation>Checking the file was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="242" />
        <source>Không kiểm tra được tệp: {error}</source>
        <translation>The file could not be checked: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="256" />
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="308" />
        <source>Nhập {n} dòng hợp lệ</source>
        <translation>Import {n} valid rows</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="316" />
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="333" />
        <source>Lưu ý – {note}</source>
        <translation>Note – {note}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="322" />
        <source>Tệp “{name}” — {noun}: {valid} dòng hợp lệ, {invalid} dòng có lỗi (sửa trong tệp rồi chọn lại), {skipped} dòng bỏ qua (đã có, trùng hoặc dòng ví dụ).</source>
        <translation>File “{name}” — {noun}: {valid} valid rows, {invalid} rows with errors (fix them in the file and choose it again), {skipped} rows skipped (already here, repeated or the example row).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="345" />
        <source>Đang nhập {n} dòng…</source>
        <translation>Importing {n} rows…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="364" />
        <source>Đã hủy. Chưa nhập gì: không dòng nào được ghi.</source>
        <translation>Cancelled. Nothing was imported: no row was written.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="366" />
        <source>Chưa nhập gì: {error}</source>
        <translation>Nothing was imported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/import_dialog.py" line="355" />
        <source>Đã nhập {n} {noun} từ “{name}”.</source>
        <translation>Imported {n} {noun} from “{name}”.</translation>
    </message>
</context>
</TS>
