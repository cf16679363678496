<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PackageReceivePanel</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="53"/>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="54"/>
        <source>Tuyên truyền</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="80"/>
        <source>Chọn gói dữ liệu…</source>
        <translation>Choose a data package…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="86"/>
        <source>Chưa chọn gói.</source>
        <translation>No package chosen.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="96"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="97"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="98"/>
        <source>Nội dung</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="99"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="100"/>
        <source>Khác nhau</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="107"/>
        <source>Hoạt động, tuyên truyền</source>
        <translation>Activities and outreach</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="108"/>
        <source>Số liệu vụ việc</source>
        <translation>Case statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="116"/>
        <source>Nhập gói dữ liệu</source>
        <translation>Import data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="128"/>
        <source>Chọn gói dữ liệu</source>
        <translation>Choose a data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="130"/>
        <source>Gói dữ liệu (*.zip)</source>
        <translation>Data packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="175"/>
        <source>Đã chấp nhận khóa ký mới của nơi gửi (ghi vào nhật ký truy cập).</source>
        <translation>The sender's new signing key was accepted (written to the access log).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="183"/>
        <source>Gói của {commune}, từ {start} đến {end}. Chữ ký hợp lệ — mã khóa ký của nơi gửi: {key} (hãy đối chiếu với nơi gửi).
Mới {new}, sửa ở nơi gửi {changed}, xung đột {conflict}, không đổi {same}, máy này mới hơn {local}; {files} tệp minh chứng{catalogue}.</source>
        <translation>Package from {commune}, {start} to {end}. Valid signature — sender&apos;s signing key: {key} (check it with the sender).
New {new}, changed by the sender {changed}, conflicts {conflict}, unchanged {same}, newer on this PC {local}; {files} evidence files{catalogue}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="192"/>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="243"/>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="292"/>
        <source>đơn vị không rõ</source>
        <translation>unknown unit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="202"/>
        <source>; thêm vào danh mục: {entries}</source>
        <translation>; added to the lists: {entries}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="223"/>
        <source>bản nhận mới hơn</source>
        <translation>received version is newer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="225"/>
        <source>bản trên máy mới hơn</source>
        <translation>version on this PC is newer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="232"/>
        <source>Xung đột: bản ghi được sửa ở cả hai nơi. Đánh dấu ô ở cột Tình trạng để lấy bản sửa sau cùng; không đánh dấu thì giữ bản trên máy này.</source>
        <translation>Conflict: the record was edited in both places. Tick the box in the Status column to take the latest edit; unticked, the version on this PC is kept.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="245"/>
        <source>Lần đầu nhận gói của {commune}: mã khóa ký sẽ được ghi nhớ khi nhập; gói sau ký bằng khóa khác sẽ bị từ chối. Hãy gọi điện cho nơi gửi để đối chiếu mã này.</source>
        <translation>First package from {commune}: its signing key fingerprint is remembered when you import; a later package signed with another key will be refused. Call the sender to compare the fingerprint.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="250"/>
        <source>Khóa ký khớp với khóa đã ghi nhớ cho {commune}.</source>
        <translation>The signing key matches the one remembered for {commune}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="260"/>
        <source>Chưa nhập gì: {error}</source>
        <translation>Nothing was imported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="296"/>
        <source>Đã lưu số liệu vụ việc của {commune}.</source>
        <translation>Case statistics of {commune} saved.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="299"/>
        <source>Số liệu vụ việc của {commune} chưa lưu được ({error}). Hãy kiểm tra ổ đĩa rồi nhập lại gói (các bản ghi đã nhập không bị nhập trùng).</source>
        <translation>The case statistics of {commune} could not be saved ({error}). Check the disk, then import the package again (records already imported will not be duplicated).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="308"/>
        <source>Đã nhập {n} hồ sơ hỗ trợ đã mã hóa: đăng nhập bằng tài khoản và mật khẩu của máy cũ để mở.</source>
        <translation>Imported {n} encrypted support cases: sign in with the old PC&apos;s user name and password to open them.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="314"/>
        <source>Nhật ký truy cập của máy cũ được giữ lại, chỉ để xem: Hồ sơ hỗ trợ → Nhật ký truy cập → Nhật ký máy cũ…</source>
        <translation>The old PC&apos;s access log was kept, read-only: Support cases → Access log → Old PC&apos;s log…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="320"/>
        <source>Hồ sơ hỗ trợ mã hóa chưa nhập được: {error}</source>
        <translation>The encrypted support cases were not imported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="328"/>
        <source>Mới nhập được một phần.</source>
        <translation>Only part of the package was imported.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="329"/>
        <source>Chưa nhập:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="282"/>
        <source>Đã nhập: {added} mới, {updated} cập nhật, {conflicts} xung đột lấy bản nhận, {files} tệp minh chứng.</source>
        <translation>Imported: {added} new, {updated} updated, {conflicts} conflicts resolved with the received version, {files} evidence files.</translation>
    </message>
</context>
</TS>
