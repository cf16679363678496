<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="90"/>
        <source>Gói dữ liệu</source>
        <translation>Data packages</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="96"/>
        <source>Gửi gói dữ liệu</source>
        <translation>Send a data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="101"/>
        <source>Nhận gói dữ liệu</source>
        <translation>Receive a data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="105"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="115"/>
        <source>Gói dữ liệu chứa các hoạt động, sự kiện tuyên truyền (kèm khẩu hiệu, địa điểm, tệp minh chứng) của khoảng thời gian đã chọn, có chữ ký số của máy này. Hồ sơ vụ việc chỉ đi kèm khi bạn chọn bên dưới. Dùng để chuyển dữ liệu sang máy mới hoặc gửi lên cấp trên.</source>
        <translation>A data package holds the activities and outreach events (with slogans, places and evidence files) of the chosen period, digitally signed by this PC. Case data is only included when you choose it below. Use it to move data to a new PC or to send it to the higher level.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="123"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="124"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="129"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="131"/>
        <source>Thư mục khác…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="136"/>
        <source>Lưu vào</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="141"/>
        <source>Xuất gói dữ liệu</source>
        <translation>Export data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="160"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="160"/>
        <source>Ổ đĩa</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="165"/>
        <source>Chưa thấy USB — cắm USB rồi bấm Làm mới, hoặc chọn thư mục</source>
        <translation>No USB stick found — plug one in and press Refresh, or choose a folder</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="170"/>
        <source>Chọn thư mục lưu gói dữ liệu</source>
        <translation>Choose a folder for the data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="181"/>
        <source>Chưa chọn nơi lưu. Hãy cắm USB hoặc chọn thư mục.</source>
        <translation>No place chosen to save to. Plug in a USB stick or choose a folder.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="209"/>
        <source>Đã lưu {path}: {activities} hoạt động, {events} sự kiện tuyên truyền, {files} tệp minh chứng.
Mã khóa ký của máy này: {key} — nơi nhận sẽ thấy mã này khi nhập gói.</source>
        <translation>Saved {path}: {activities} activities, {events} outreach events, {files} evidence files.
This PC&apos;s signing key: {key} — the receiver will see this code when importing the package.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="224"/>
        <source>Kèm số liệu thống kê vụ việc (ẩn danh, số nhỏ đã ẩn).</source>
        <translation>Includes case statistics (anonymised, small numbers hidden).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/package_dialog.py" line="225"/>
        <source>Kèm hồ sơ hỗ trợ đã mã hóa và dữ liệu đăng nhập của mọi tài khoản, khóa bằng mã chuyển máy (chỉ hiện một lần, máy mới sẽ hỏi): chỉ chép sang máy mới, không gửi lên cấp trên. Nhập xong ở máy mới thì xóa gói khỏi USB.</source>
        <translation>Includes the encrypted support cases and every account&apos;s sign-in data, locked with a transfer code (shown only once; the new PC will ask for it): copy it only to the new PC, never send it to a higher level. Once imported on the new PC, delete the package from the USB stick.</translation>
    </message>
</context>
</TS>
