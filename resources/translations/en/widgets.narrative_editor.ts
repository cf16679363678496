<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/narrative_editor.py" line="26" />
        <source>Phần lời văn đã được gợi ý từ số liệu; sửa lại cho đúng thực tế của xã.</source>
        <translation>The wording has been suggested from the figures; edit it to match what happened in the commune.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/narrative_editor.py" line="40" />
        <source>Căn cứ (đoạn mở đầu)</source>
        <translation>Legal basis (opening paragraph)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/narrative_editor.py" line="41" />
        <source>Công tác chỉ đạo, triển khai</source>
        <translation>Direction and implementation</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/narrative_editor.py" line="42" />
        <source>Tồn tại, hạn chế và nguyên nhân</source>
        <translation>Shortcomings and their causes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/narrative_editor.py" line="43" />
        <source>Đề xuất, kiến nghị</source>
        <translation>Proposals and recommendations</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/narrative_editor.py" line="57" />
        <source>Lấy lại lời văn gợi ý</source>
        <translation>Restore the suggested wording</translation>
    </message>
</context>
</TS>
