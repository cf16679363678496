<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SourcePicker</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_source_picker.py" line="36"/>
        <source>Tìm nguồn số liệu (gõ không dấu cũng được)…</source>
        <translation>Search figure sources (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_source_picker.py" line="90"/>
        <source>Không chọn nguồn nào: cán bộ tự điền số liệu.</source>
        <translation>No source chosen: the officer fills in the figure.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_source_picker.py" line="93"/>
        <source>Máy tự tính: {source}.</source>
        <translation>Computed by the app: {source}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/indicator_source_picker.py" line="99"/>
        <source>Máy cộng lại: {sources}.</source>
        <translation>Added up by the app: {sources}.</translation>
    </message>
</context>
</TS>
