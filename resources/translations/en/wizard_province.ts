<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceSetupPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="26"/>
        <source>Các ô có dấu * là bắt buộc. Mọi thông tin đều sửa lại được ở trang Cài đặt.</source>
        <translation>Fields marked * are required. Everything can be changed later on the Settings page.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="34"/>
        <source>Ví dụ: Lạng Sơn</source>
        <translation>E.g. Lạng Sơn</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="35"/>
        <source>Sở Nội vụ tỉnh …</source>
        <translation>Sở Nội vụ tỉnh …</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="37"/>
        <source>Có thể nhập sau ở Cài đặt</source>
        <translation>Can be entered later in Settings</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="39"/>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="40"/>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="41"/>
        <source>Tỉnh/thành phố *</source>
        <translation>Province/city *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="42"/>
        <source>Sở tiếp nhận báo cáo *</source>
        <translation>Receiving department *</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="43"/>
        <source>Người ký báo cáo tổng hợp</source>
        <translation>Signer of the consolidated report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="44"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="45"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="50"/>
        <source>Báo cáo bình đẳng giới và Tháng hành động gửi Sở Nội vụ; thống kê phòng, chống bạo lực gia đình gửi Sở Văn hóa, Thể thao và Du lịch. Mỗi Sở dùng một thư mục dữ liệu riêng.</source>
        <translation>Gender equality and Action Month reports go to the Department of Home Affairs; domestic violence statistics go to the Department of Culture, Sports and Tourism. Each department uses its own data folder.</translation>
    </message>
</context>
<context>
    <name>ProvinceSummaryPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="103"/>
        <source>Bấm «Hoàn tất» để lưu.</source>
        <translation>Press «Finish» to save.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="114"/>
        <source>Sau khi hoàn tất:</source>
        <translation>After finishing:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="117"/>
        <source>1. Danh bạ xã: nhập danh sách xã, phường của tỉnh từ tệp Excel hoặc CSV.
2. Kỳ báo cáo: xuất tệp khóa của tỉnh gửi các xã (kèm mã khóa đọc qua điện thoại), tạo kỳ báo cáo và xuất tệp kỳ báo cáo.
3. Nhận báo cáo: nhận các tệp báo cáo xã gửi lên, rồi tổng hợp.</source>
        <translation>1. Commune roster: import the list of the province's communes and wards from an Excel or CSV file.
2. Reporting rounds: export the province key file for the communes (with the key code read out by phone), create a round and export its file.
3. Received reports: receive the files the communes send, then consolidate.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="134"/>
        <source>Tỉnh/thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="135"/>
        <source>Sở tiếp nhận</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="137"/>
        <source>Tiêu đề văn bản</source>
        <translation>Document heading</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="140"/>
        <source>Báo cáo tổng hợp gửi</source>
        <translation>Consolidated report sent to</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="142"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="145"/>
        <source>(chưa nhập: nhập ở Cài đặt trước khi in báo cáo tổng hợp)</source>
        <translation>(not entered: enter it in Settings before printing the consolidated report)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="150"/>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard_province.py" line="152"/>
        <source>(chưa nhập)</source>
        <translation>(not entered)</translation>
    </message>
</context>
</TS>
