<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ActivityStatus</name>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="51"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="52"/>
        <source>Đã thực hiện</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="53"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>BudgetSource</name>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="57"/>
        <source>Ngân sách xã</source>
        <translation>Commune budget</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="58"/>
        <source>Kinh phí cấp trên</source>
        <translation>Higher-level funding</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="59"/>
        <source>Xã hội hóa</source>
        <translation>Community contributions</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="60"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>QuantityUnit</name>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="66"/>
        <source>cái</source>
        <translation>pieces</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="67"/>
        <source>lượt phát</source>
        <translation>broadcasts</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="68"/>
        <source>buổi</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="69"/>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="70"/>
        <source>tin, bài</source>
        <translation>news items, articles</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/domain/vocabulary.py" line="71"/>
        <source>phóng sự</source>
        <translation>reports (features)</translation>
    </message>
</context>
</TS>
