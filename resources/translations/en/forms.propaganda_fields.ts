<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PropagandaFields</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="54" />
            <source>Ví dụ: Treo băng rôn hưởng ứng Tháng hành động</source>
            <translation>E.g. Hang banners for the Action Month</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="64" />
            <source>phút</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="97" />
            <source>Thời lượng:</source>
            <translation>Duration:</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="104" />
            <source>người (ước tính)</source>
            <translation>people (estimate)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="107" />
            <source>Hình thức *</source>
            <translation>Type *</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="108" />
            <source>Nội dung *</source>
            <translation>Content *</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="109" />
            <source>Thời gian *</source>
            <translation>Time *</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="110" />
            <source>Số lượng *</source>
            <translation>Quantity *</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="111" />
            <source>Người tiếp cận</source>
            <translation>People reached</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="112" />
            <source>Địa điểm</source>
            <translation>Places</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="113" />
            <source>Ghi chú</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="137" />
            <source>Khẩu hiệu đã dùng</source>
            <translation>Slogans used</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/forms/propaganda_fields.py" line="142" />
            <source>Minh chứng (ảnh, danh sách, văn bản)</source>
            <translation>Evidence (photos, lists, documents)</translation>
        </message>
    </context>
</TS>
