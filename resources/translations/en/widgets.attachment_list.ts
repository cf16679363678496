<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>AttachmentList</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="198" />
            <source>Chưa có tệp minh chứng. Bấm “Thêm tệp…” hoặc kéo thả ảnh, PDF vào đây.</source>
            <translation>No evidence files yet. Press “Add files…” or drag photos and PDFs here.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="204" />
            <source>Tệp minh chứng</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="205" />
            <source>Thêm tệp…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="206" />
            <source>Mở</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="207" />
            <source>Gỡ bỏ</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="209" />
            <source>Chọn ảnh, bản chụp danh sách ký tên hoặc PDF (nhiều tệp cùng lúc)</source>
            <translation>Choose photos, scans of signed lists or PDFs (several at once)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="212" />
            <source>Mở tệp bằng chương trình xem ảnh/tài liệu của máy</source>
            <translation>Open the file in this computer's photo/document viewer</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="214" />
            <source>Gỡ tệp khỏi bản ghi này (phím Delete)</source>
            <translation>Remove the file from this record (Delete key)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="217" />
            <source>Ảnh, PDF, Word, Excel; tối đa {limit} MB mỗi tệp</source>
            <translation>Photos, PDF, Word, Excel; up to {limit} MB per file</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="292" />
            <source>Tệp “{name}” đã có trong danh sách.</source>
            <translation>The file “{name}” is already in the list.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="316" />
            <source>Chọn ảnh hoặc tài liệu minh chứng</source>
            <translation>Choose evidence photos or documents</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="318" />
            <source>Ảnh và tài liệu minh chứng</source>
            <translation>Evidence photos and documents</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="320" />
            <source>Tất cả tệp</source>
            <translation>All files</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="341" />
            <source>Máy tính chưa có chương trình mở được tệp “{name}”.</source>
            <translation>This computer has no program that can open “{name}”.</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="382" />
            <source>đã lưu</source>
            <translation>saved</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="384" />
            <source>chưa lưu, sẽ lưu cùng bản ghi</source>
            <translation>not saved yet, will be saved with the record</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/attachment_list.py" line="403" />
            <source>Không xem trước được ảnh này.</source>
            <translation>Cannot preview this photo.</translation>
        </message>
    </context>
</TS>
