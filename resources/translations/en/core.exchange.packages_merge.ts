<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>MergeStatus</name>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/packages_merge.py" line="89"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/packages_merge.py" line="90"/>
        <source>Đã sửa ở nơi gửi</source>
        <translation>Edited by the sender</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/packages_merge.py" line="91"/>
        <source>Xung đột: cả hai nơi đều sửa</source>
        <translation>Conflict: edited in both places</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/packages_merge.py" line="92"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/exchange/packages_merge.py" line="93"/>
        <source>Máy này mới hơn, giữ nguyên</source>
        <translation>Newer on this PC, kept</translation>
    </message>
</context>
</TS>
