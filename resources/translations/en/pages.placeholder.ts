<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/pages/placeholder.py" line="20" />
            <source>Trang {title} đang được xây dựng.</source>
            <translation>The {title} page is being built.</translation>
        </message>
    </context>
</TS>
