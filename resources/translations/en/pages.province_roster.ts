<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceRosterPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="70"/>
        <source>Danh bạ chưa có xã nào. Bấm «Nhập danh sách…» và chọn tệp Excel (.xlsx) hoặc CSV có dòng tiêu đề với các cột Mã, Tên xã/phường, Cán bộ phụ trách, Số điện thoại (mã là mã đơn vị hành chính sau sắp xếp năm 2025), hoặc thêm từng xã.</source>
        <translation>The roster has no commune yet. Press «Import list…» and choose an Excel (.xlsx) or CSV file with a heading row naming the columns Mã, Tên xã/phường, Cán bộ phụ trách, Số điện thoại (the code is the administrative-unit code after the 2025 reorganisation), or add communes one by one.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="83"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="84"/>
        <source>Tên xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="85"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="86"/>
        <source>Số điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="87"/>
        <source>Sáp nhập</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="88"/>
        <source>Khóa của xã</source>
        <translation>Commune key</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="101"/>
        <source>Danh bạ xã</source>
        <translation>Commune roster</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="104"/>
        <source>Các xã, phường của tỉnh theo mã đơn vị hành chính, với cán bộ phụ trách và số điện thoại để gọi khi chưa nộp báo cáo. Nhập lại danh sách thì cập nhật theo mã, không xóa xã nào; xã sáp nhập vẫn giữ trong danh bạ.</source>
        <translation>The province's communes and wards by administrative-unit code, with the officer in charge and the phone number to call when a report is missing. Importing the list again updates by code and deletes no commune; merged communes stay in the roster.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="125"/>
        <source>Nhập danh sách…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="129"/>
        <source>Nhập danh sách xã từ tệp Excel (.xlsx) hoặc CSV của tỉnh.</source>
        <translation>Import the list of communes from the province's Excel (.xlsx) or CSV file.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="131"/>
        <source>Thêm xã…</source>
        <translation>Add commune…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="133"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="136"/>
        <source>Đánh dấu sáp nhập…</source>
        <translation>Mark as merged…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="139"/>
        <source>Bỏ đánh dấu sáp nhập</source>
        <translation>Undo merger</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="143"/>
        <source>Tìm mã, tên xã, cán bộ…</source>
        <translation>Find code, commune, officer…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="185"/>
        <source>Chưa ghim</source>
        <translation>Not pinned</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="202"/>
        <source>{count} xã · {merged} đã sáp nhập · {pinned} đã ghim khóa</source>
        <translation>{count} communes · {merged} merged · {pinned} keys pinned</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="214"/>
        <source>Khóa ký của xã được ghim khi tỉnh nhận báo cáo đầu tiên của xã; báo cáo sau ký bằng khóa khác sẽ bị từ chối.</source>
        <translation>The commune's signing key is pinned when the province receives its first report; a later report signed with another key is refused.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="220"/>
        <source>Khóa ký của xã, ghim ngày {day}: {fingerprint}</source>
        <translation>Commune signing key, pinned on {day}: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="262"/>
        <source>Chọn danh sách xã</source>
        <translation>Choose the list of communes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="264"/>
        <source>Danh sách xã (*.xlsx *.csv)</source>
        <translation>List of communes (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="283"/>
        <source>Chưa nhập danh sách: tệp có lỗi, chưa ghi gì.</source>
        <translation>List not imported: the file has problems, nothing was written.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="285"/>
        <source>Đã hủy, chưa nhập danh sách.</source>
        <translation>Cancelled, the list was not imported.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="313"/>
        <source>Đã thêm xã mã {code}.</source>
        <translation>Commune {code} added.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="333"/>
        <source>Đã lưu thông tin xã mã {code}.</source>
        <translation>Commune {code} saved.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="352"/>
        <source>Đã đánh dấu {name} sáp nhập.</source>
        <translation>{name} marked as merged.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_roster.py" line="363"/>
        <source>Đã bỏ đánh dấu sáp nhập của {name}.</source>
        <translation>The merger of {name} was undone.</translation>
    </message>
</context>
</TS>
