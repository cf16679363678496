<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ReceivedStatisticsDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="60" />
        <source>Số liệu vụ việc đã nhận</source>
        <translation>Received case statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="66" />
        <source>Số liệu thống kê hồ sơ hỗ trợ (ẩn danh) các xã gửi kèm gói dữ liệu. Mỗi xã, mỗi kỳ giữ một bản: gói mới của cùng kỳ thay bản cũ.</source>
        <translation>Anonymised support-case statistics that communes sent with their data packages. One copy is kept per commune and period: a new package for the same period replaces the old one.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="78" />
        <source>Kỳ số liệu:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="83" />
        <source>Lưu CSV cả kỳ…</source>
        <translation>Save CSV for the whole period…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="86" />
        <source>Lưu số liệu của mọi xã đã gửi kỳ này vào một bảng CSV.</source>
        <translation>Save the figures of every commune that sent this period in one CSV table.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="94" />
        <source>Chưa nhận số liệu nào. Số liệu đến khi nhập gói dữ liệu có kèm thống kê hồ sơ hỗ trợ.</source>
        <translation>No statistics received yet. They arrive when you import a data package that includes support-case statistics.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="108" />
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="109" />
        <source>Tỉnh/thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="110" />
        <source>Kỳ số liệu</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="111" />
        <source>Tổng số vụ</source>
        <translation>Total cases</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="112" />
        <source>Ẩn số nhỏ</source>
        <translation>Small numbers hidden</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="113" />
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="131" />
        <source>Xã đang chọn</source>
        <translation>Selected commune</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="132" />
        <source>Các xã cùng kỳ</source>
        <translation>Communes side by side</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="142" />
        <source>Lưu CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="145" />
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="158" />
        <source>Tất cả các kỳ</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="201" />
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="205" />
        <source>Tệp hỏng</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="207" />
        <source>Đơn vị không rõ</source>
        <translation>Unknown unit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="230" />
        <source>Không đọc được tệp: ổ đĩa hoặc quyền truy cập thư mục dữ liệu đang chặn.</source>
        <translation>The file cannot be read: the disk or the data folder's permissions are blocking it.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="234" />
        <source>Tệp không còn là văn bản: có thể đã bị ghi đè hoặc chép dở.</source>
        <translation>The file is no longer text: it may have been overwritten or only partly copied.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="237" />
        <source>Tệp bị cắt dở hoặc bị sửa tay nên không đọc được số liệu.</source>
        <translation>The file is cut off or was edited by hand, so its figures cannot be read.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="240" />
        <source>Tệp thiếu hoặc sai mục (xã, kỳ số liệu, các bảng): có thể đã bị sửa tay.</source>
        <translation>The file has missing or wrong entries (commune, period, tables): it may have been edited by hand.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="245" />
        <source>Tệp “{name}” không mở được. {reason} Hãy xin xã gửi lại gói dữ liệu có kèm thống kê rồi nhập lại; bản mới sẽ thay tệp này nếu cùng xã, cùng kỳ.</source>
        <translation>The file “{name}” cannot be opened. {reason} Ask the commune to send its data package with statistics again and import it; the new copy replaces this file if it is for the same commune and period.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="260" />
        <source>Lưu số liệu vụ việc đã nhận</source>
        <translation>Save received case statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="262" />
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="277" />
        <source>Không lưu được tệp CSV: {error}. Hãy chọn thư mục khác hoặc kiểm tra thẻ nhớ USB.</source>
        <translation>Could not save the CSV file: {error}. Choose another folder or check the USB stick.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/received_statistics_dialog.py" line="284" />
        <source>Đã lưu số liệu vào {path}.</source>
        <translation>Figures saved to {path}.</translation>
    </message>
</context>
</TS>