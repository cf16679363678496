<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>RecordTableModel</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="54" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="59" />
            <source>Tên hoạt động</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="61" />
            <source>Loại</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="62" />
            <source>Địa điểm</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="65" />
            <source>Đơn vị tổ chức</source>
            <translation>Organiser</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="70" />
            <source>Tham gia</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="77" />
            <source>Nữ</source>
            <translation>Women</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="84" />
            <source>Kinh phí (đ)</source>
            <translation>Budget (VND)</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="91" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>activity_table</name>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="33" />
            <source>Tổng số {n} người</source>
            <translation>{n} people in total</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="36" />
            <source>nữ {n}</source>
            <translation>{n} women</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="38" />
            <source>nam {n}</source>
            <translation>{n} men</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="44" />
            <source>Không có kinh phí</source>
            <translation>No budget</translation>
        </message>
        <message>
            <location filename="../../../gender_equality_desk/gui/models/activity_table.py" line="45" />
            <source>{amount} đ</source>
            <translation>{amount} VND</translation>
        </message>
    </context>
</TS>