<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="76" />
            <source>Tìm (không cần dấu)…</source>
            <translation>Search (accents optional)…</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="79" />
            <source>Gõ vài chữ đầu của tên, địa điểm, đơn vị hoặc kết quả; ví dụ “binh dang” (Ctrl+F)</source>
            <translation>Type the first letters of a name, place, unit or result; e.g. “binh dang” (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="87" />
            <source>Từ ngày</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="88" />
            <source>Đến ngày</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="89" />
            <source>Bỏ lọc</source>
            <translation>Clear filter</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="91" />
            <source>Hiện lại tất cả bản ghi</source>
            <translation>Show all records again</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="94" />
            <source>Tất cả chiến dịch</source>
            <translation>All campaigns</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="96" />
            <source>Tất cả thôn, bản</source>
            <translation>All villages</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="99" />
            <source>Mọi trạng thái</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/filter_bar.py" line="201" />
            <source>{caption} (để trống: không giới hạn)</source>
            <translation>{caption} (empty: no limit)</translation>
        </message>
    </context>
</TS>
