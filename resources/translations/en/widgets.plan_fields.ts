<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>ParagraphsEdit</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/plan_fields.py" line="16" />
            <source>Mỗi dòng là một đoạn. Dòng bắt đầu bằng “- ” là gạch đầu dòng; dòng ngắn đánh số “1. …” là đề mục; “# ” buộc thành đề mục, “&gt; ” buộc thành đoạn văn.</source>
            <translation>Each line is a paragraph. A line starting with “- ” is a bullet; a short numbered line “1. …” is a heading; “# ” forces a heading, “&gt; ” forces a paragraph.</translation>
        </message>
    </context>
</TS>
