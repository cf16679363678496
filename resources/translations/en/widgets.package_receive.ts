<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PackageReceivePanel</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="54" />
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="55" />
        <source>Tuyên truyền</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="85" />
        <source>Chọn gói dữ liệu…</source>
        <translation>Choose a data package…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="91" />
        <source>Chưa chọn gói.</source>
        <translation>No package chosen.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="97" />
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="98" />
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="99" />
        <source>Nội dung</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="100" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="101" />
        <source>Khác nhau</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="108" />
        <source>Hoạt động, tuyên truyền</source>
        <translation>Activities and outreach</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="109" />
        <source>Số liệu vụ việc</source>
        <translation>Case statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="121" />
        <source>Nhập gói dữ liệu</source>
        <translation>Import data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="132" />
        <source>Chọn gói dữ liệu</source>
        <translation>Choose a data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="134" />
        <source>Gói dữ liệu (*.zip)</source>
        <translation>Data packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="168" />
        <source>Gói của {commune}, từ {start} đến {end}. Chữ ký hợp lệ — mã khóa ký của nơi gửi: {key} (hãy đối chiếu với nơi gửi).
Mới {new}, sửa ở nơi gửi {changed}, xung đột {conflict}, không đổi {same}, máy này mới hơn {local}; {files} tệp minh chứng{catalogue}.</source>
        <translation>Package from {commune}, {start} to {end}. Valid signature — sender's signing key: {key} (check it with the sender).
New {new}, changed by the sender {changed}, conflicts {conflict}, unchanged {same}, newer on this PC {local}; {files} evidence files{catalogue}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="177" />
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="301" />
        <source>đơn vị không rõ</source>
        <translation>unknown unit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="187" />
        <source>; thêm vào danh mục: {entries}</source>
        <translation>; added to the lists: {entries}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="205" />
        <source>bản nhận mới hơn</source>
        <translation>received version is newer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="207" />
        <source>bản trên máy mới hơn</source>
        <translation>version on this PC is newer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="214" />
        <source>Xung đột: bản ghi được sửa ở cả hai nơi. Đánh dấu ô ở cột Tình trạng để lấy bản sửa sau cùng; không đánh dấu thì giữ bản trên máy này.</source>
        <translation>Conflict: the record was edited in both places. Tick the box in the Status column to take the latest edit; unticked, the version on this PC is kept.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="237" />
        <source>Nhập {cases} hồ sơ hỗ trợ đã mã hóa ({accounts} tài khoản, {files} tệp)</source>
        <translation>Import {cases} encrypted support cases ({accounts} accounts, {files} files)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="246" />
        <source>Sau khi nhập, đăng nhập Hồ sơ hỗ trợ bằng tài khoản và mật khẩu của máy cũ. Tài khoản đã tạo trên máy này (nếu có) được thay bằng tài khoản của máy cũ.</source>
        <translation>After the import, sign in to Support cases with the old PC's user name and password. Accounts already created on this PC (if any) are replaced by the old PC's accounts.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="259" />
        <source>Nhập hồ sơ mã hóa cần quản trị viên của máy này đăng nhập.</source>
        <translation>Importing encrypted cases needs an administrator of this PC to sign in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="271" />
        <source>Đã đăng nhập quản trị viên của máy này.</source>
        <translation>An administrator of this PC is signed in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="290" />
        <source>Chưa nhập gì: {error}</source>
        <translation>Nothing was imported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="300" />
        <source>Đã lưu số liệu vụ việc của {commune}.</source>
        <translation>Case statistics of {commune} saved.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="303" />
        <source>Đã nhập {n} hồ sơ hỗ trợ đã mã hóa: đăng nhập bằng tài khoản và mật khẩu của máy cũ để mở.</source>
        <translation>Imported {n} encrypted support cases: sign in with the old PC's user name and password to open them.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="307" />
        <source>Đã nhập: {added} mới, {updated} cập nhật, {conflicts} xung đột lấy bản nhận, {files} tệp minh chứng.</source>
        <translation>Imported: {added} new, {updated} updated, {conflicts} conflicts resolved with the received version, {files} evidence files.</translation>
    </message>
</context>
</TS>