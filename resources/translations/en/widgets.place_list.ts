<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>PlaceList</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/place_list.py" line="59" />
            <source>Gõ tên nơi rồi Enter</source>
            <translation>Type a place, Enter</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/place_list.py" line="68" />
            <source>Thôn, bản, trường học, đường, “Trụ sở UBND xã”…; Enter để thêm</source>
            <translation>Village, school, road, “Commune People's Committee office”…; Enter to add</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/place_list.py" line="74" />
            <source>Chọn thôn, bản</source>
            <translation>Choose a village</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/place_list.py" line="79" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/place_list.py" line="82" />
            <source>Bỏ nơi</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/widgets/place_list.py" line="84" />
            <source>Bỏ địa điểm đang chọn (phím Delete)</source>
            <translation>Remove the selected place (Delete key)</translation>
        </message>
    </context>
</TS>
