<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceInboxPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="63"/>
        <source>Nhận tệp báo cáo</source>
        <translation>Receive report files</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="64"/>
        <source>Nhận từ thư mục / USB…</source>
        <translation>Receive from a folder / USB…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="68"/>
        <source>Nhận từng tệp…</source>
        <translation>Receive single files…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="74"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="77"/>
        <source>Dừng sau tệp đang xử lý; các tệp đã nhận được giữ lại.</source>
        <translation>Stop after the file being processed; files already received are kept.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="89"/>
        <source>Chọn thư mục hoặc USB chứa các tệp .gedsub xã gửi lên: mọi tệp bên trong được mở bằng khóa của tỉnh, kiểm tra chữ ký, danh bạ xã, khóa của xã và kỳ báo cáo. Tệp bị từ chối không ghi gì.</source>
        <translation>Choose the folder or USB stick holding the .gedsub files the communes sent: every file inside is opened with the province's key and its signature, the commune roster, the commune's key and the reporting round are checked. A refused file writes nothing.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="107"/>
        <source>Các lần gửi đã nhận</source>
        <translation>Received submissions</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="115"/>
        <source>Nhận báo cáo</source>
        <translation>Receive reports</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="118"/>
        <source>Báo cáo các xã gửi lên (tệp niêm phong có chữ ký số): mỗi lần gửi được giữ lại, không ghi đè; số liệu cần hỏi lại xã được đánh dấu.</source>
        <translation>Reports sent up by the communes (sealed, digitally signed files): every submission is kept, nothing is overwritten; figures to check with the commune are marked.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="142"/>
        <source>Chọn thư mục hoặc USB chứa tệp báo cáo của các xã</source>
        <translation>Choose the folder or USB stick holding the communes' report files</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="150"/>
        <source>Chọn tệp báo cáo xã gửi lên</source>
        <translation>Choose report files sent by communes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="152"/>
        <source>Tệp báo cáo xã gửi lên (*.gedsub);;Mọi tệp (*)</source>
        <translation>Commune report files (*.gedsub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="164"/>
        <source>Đang tìm các tệp báo cáo…</source>
        <translation>Looking for report files…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="176"/>
        <source>Đang dừng sau tệp đang xử lý… Các tệp đã nhận được giữ lại.</source>
        <translation>Stopping after the file being processed… Files already received are kept.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="193"/>
        <source>Đang nhận: {done}/{total} tệp…</source>
        <translation>Receiving: {done}/{total} files…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="236"/>
        <source>Máy này chưa có tài khoản quản trị viên nên chưa chấp nhận được khóa mới từ đây. Người quản trị máy có thể chạy lệnh: gender-equality-desk receive --allow-key-change {code} “{file}”.</source>
        <translation>This computer has no administrator account yet, so a new key cannot be accepted here. The computer's administrator can run: gender-equality-desk receive --allow-key-change {code} “{file}”.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="245"/>
        <source>Chấp nhận khóa mới của xã cần quản trị viên đăng nhập.</source>
        <translation>Accepting a commune's new key needs an administrator to sign in.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="251"/>
        <source>Chỉ quản trị viên được chấp nhận khóa mới của xã (tài khoản vừa đăng nhập: {name}, {role}).</source>
        <translation>Only an administrator may accept a commune's new key (account just signed in: {name}, {role}).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="293"/>
        <source>Đã xử lý {count} tệp: nhận {accepted} (trong đó {flagged} tệp có số liệu cần hỏi lại xã), đã nhận trước đây {duplicates}, từ chối {refused}.</source>
        <translation>Processed {count} files: received {accepted} ({flagged} of them with figures to check with the commune), received before {duplicates}, refused {refused}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_inbox.py" line="301"/>
        <source>Đã dừng theo yêu cầu: các tệp đã nhận ở trên được giữ lại, còn {left} tệp chưa xử lý — nhận lại thư mục để tiếp tục (tệp đã nhận sẽ được bỏ qua).</source>
        <translation>Stopped as asked: the files received above are kept, {left} files were not processed — receive the folder again to go on (files already received are skipped).</translation>
    </message>
</context>
</TS>
