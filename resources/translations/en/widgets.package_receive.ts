<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>PackageReceivePanel</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="49"/>
        <source>Hoạt động</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="50"/>
        <source>Tuyên truyền</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="76"/>
        <source>Chọn gói dữ liệu…</source>
        <translation>Choose a data package…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="82"/>
        <source>Chưa chọn gói.</source>
        <translation>No package chosen.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="88"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="89"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="90"/>
        <source>Nội dung</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="91"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="92"/>
        <source>Khác nhau</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="99"/>
        <source>Hoạt động, tuyên truyền</source>
        <translation>Activities and outreach</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="100"/>
        <source>Số liệu vụ việc</source>
        <translation>Case statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="108"/>
        <source>Nhập gói dữ liệu</source>
        <translation>Import data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="120"/>
        <source>Chọn gói dữ liệu</source>
        <translation>Choose a data package</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="122"/>
        <source>Gói dữ liệu (*.zip)</source>
        <translation>Data packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="156"/>
        <source>Gói của {commune}, từ {start} đến {end}. Chữ ký hợp lệ — mã khóa ký của nơi gửi: {key} (hãy đối chiếu với nơi gửi).
Mới {new}, sửa ở nơi gửi {changed}, xung đột {conflict}, không đổi {same}, máy này mới hơn {local}; {files} tệp minh chứng{catalogue}.</source>
        <translation>Package from {commune}, {start} to {end}. Valid signature — sender&apos;s signing key: {key} (check it with the sender).
New {new}, changed by the sender {changed}, conflicts {conflict}, unchanged {same}, newer on this PC {local}; {files} evidence files{catalogue}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="165"/>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="250"/>
        <source>đơn vị không rõ</source>
        <translation>unknown unit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="175"/>
        <source>; thêm vào danh mục: {entries}</source>
        <translation>; added to the lists: {entries}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="194"/>
        <source>bản nhận mới hơn</source>
        <translation>received version is newer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="196"/>
        <source>bản trên máy mới hơn</source>
        <translation>version on this PC is newer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="203"/>
        <source>Xung đột: bản ghi được sửa ở cả hai nơi. Đánh dấu ô ở cột Tình trạng để lấy bản sửa sau cùng; không đánh dấu thì giữ bản trên máy này.</source>
        <translation>Conflict: the record was edited in both places. Tick the box in the Status column to take the latest edit; unticked, the version on this PC is kept.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="218"/>
        <source>Chưa nhập gì: {error}</source>
        <translation>Nothing was imported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="254"/>
        <source>Đã lưu số liệu vụ việc của {commune}.</source>
        <translation>Case statistics of {commune} saved.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="257"/>
        <source>Số liệu vụ việc của {commune} chưa lưu được ({error}). Hãy kiểm tra ổ đĩa rồi nhập lại gói (các bản ghi đã nhập không bị nhập trùng).</source>
        <translation>The case statistics of {commune} could not be saved ({error}). Check the disk, then import the package again (records already imported will not be duplicated).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="266"/>
        <source>Đã nhập {n} hồ sơ hỗ trợ đã mã hóa: đăng nhập bằng tài khoản và mật khẩu của máy cũ để mở.</source>
        <translation>Imported {n} encrypted support cases: sign in with the old PC&apos;s user name and password to open them.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="272"/>
        <source>Nhật ký truy cập của máy cũ được giữ lại, chỉ để xem: Hồ sơ hỗ trợ → Nhật ký truy cập → Nhật ký máy cũ…</source>
        <translation>The old PC&apos;s access log was kept, read-only: Support cases → Access log → Old PC&apos;s log…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="278"/>
        <source>Hồ sơ hỗ trợ mã hóa chưa nhập được: {error}</source>
        <translation>The encrypted support cases were not imported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="286"/>
        <source>Mới nhập được một phần.</source>
        <translation>Only part of the package was imported.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="287"/>
        <source>Chưa nhập:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/package_receive.py" line="240"/>
        <source>Đã nhập: {added} mới, {updated} cập nhật, {conflicts} xung đột lấy bản nhận, {files} tệp minh chứng.</source>
        <translation>Imported: {added} new, {updated} updated, {conflicts} conflicts resolved with the received version, {files} evidence files.</translation>
    </message>
</context>
</TS>
