<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="40" />
        <source>Bước {step}/{count}</source>
        <translation>Step {step} of {count}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="252" />
        <source>{app} — Khai báo ban đầu</source>
        <translation>{app} — First-time setup</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="260" />
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="261" />
        <source>Tiếp theo &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="262" />
        <source>Hoàn tất</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="263" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="269" />
        <source>Sở tiếp nhận báo cáo</source>
        <translation>Receiving department</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="272" />
        <source>Kiểm tra lại</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="301" />
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="139" />
        <source>Thông tin của xã</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="141" />
        <source>Các ô có dấu * là bắt buộc. Nút «Tiếp theo» sẽ bật khi đã điền đủ.</source>
        <translation>Fields marked * are required. «Next» becomes available once they are all filled in.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="197" />
        <source>Kiểm tra lại</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="199" />
        <source>Bấm «Hoàn tất» để lưu. Mọi thông tin đều sửa lại được ở trang Cài đặt.</source>
        <translation>Press «Finish» to save. Everything can be changed later on the Settings page.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="217" />
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="218" />
        <source>Tỉnh/thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="219" />
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="221" />
        <source>Dòng ngày tháng</source>
        <translation>Place and date line</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="222" />
        <source>{place}, ngày … tháng … năm …</source>
        <translation>{place}, day … month … year …</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="224" />
        <source>Nơi nhận báo cáo</source>
        <translation>Reports go to</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="225" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="226" />
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="228" />
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="230" />
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="234" />
        <source>(chưa nhập)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="233" />
        <source>Thôn, bản ({count})</source>
        <translation>Villages ({count})</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="175" />
        <source>Mã đơn vị hành chính</source>
        <translation>Administrative unit code</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="161" />
        <source>Thôn, bản, tổ dân phố</source>
        <translation>Villages and residential groups</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="163" />
        <source>Mỗi dòng một tên. Có thể để trống và thêm sau ở trang Cài đặt.</source>
        <translation>One name per line. You can leave this empty and add them later on the Settings page.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="169" />
        <source>Thôn Đông Bàn
Thôn Trung Châu
Bản Phú Mỹ
…</source>
        <translation>Thôn Đông Bàn
Thôn Trung Châu
Bản Phú Mỹ
…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="184" />
        <source>Đã nhận {count} thôn, bản.</source>
        <translation>{count} villages entered.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="186" />
        <source>Chưa nhập thôn, bản nào.</source>
        <translation>No villages entered yet.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="51" />
        <source>Chào mừng đến với {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="53" />
        <source>Vài bước khai báo ban đầu, mất khoảng hai phút.</source>
        <translation>A few first-time steps; they take about two minutes.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="58" />
        <source>Phần mềm giúp công chức Văn hóa – Xã hội ghi chép công tác bình đẳng giới của xã: hoạt động và đợt tuyên truyền (người tham gia chia theo nam, nữ), Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11 – 15/12), hồ sơ hỗ trợ nạn nhân, băng rôn, khẩu hiệu, rồi lập kế hoạch và báo cáo đúng thể thức để gửi cấp trên.</source>
        <translation>This software helps the commune's culture and social affairs officer record gender-equality work: activities and awareness-raising events (participants by men and women), the Action Month for gender equality and preventing and responding to gender-based violence (15/11 – 15/12), victim support cases, banners and slogans, and then draw up plans and reports in the official format for the level above.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="71" />
        <source>Ứng dụng chạy hoàn toàn trên máy này, không cần Internet. Tiếp theo, hãy nhập thông tin đơn vị (dùng trên tiêu đề và chữ ký văn bản). Mọi thông tin đều sửa lại được ở trang Cài đặt.</source>
        <translation>The app runs entirely on this PC, without the Internet. Next, enter your unit's details (used in the headings and signature blocks of documents). Everything can be changed later on the Settings page.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="81" />
        <source>Máy này dùng làm:</source>
        <translation>This PC is used as:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="82" />
        <source>Bàn làm việc của xã/phường</source>
        <translation>A commune/ward desk</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="84" />
        <source>Bàn tiếp nhận của tỉnh (Sở)</source>
        <translation>A province receiving desk (department)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="91" />
        <source>Công chức Văn hóa – Xã hội ghi chép công tác của xã và lập báo cáo gửi lên tỉnh.</source>
        <translation>The culture–social officer records the commune's work and prepares the reports sent to the province.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="98" />
        <source>Sở Nội vụ (hoặc Sở Văn hóa, Thể thao và Du lịch) nhận, kiểm tra, tổng hợp báo cáo của các xã trong tỉnh và theo dõi xã nào chưa nộp.</source>
        <translation>The Department of Home Affairs (or of Culture, Sports and Tourism) receives, checks and consolidates the reports of the province's communes and follows up on those not yet sent.</translation>
    </message>
    <message>
        <source>Ứng dụng chạy hoàn toàn trên máy này, không cần Internet. Tiếp theo, hãy nhập thông tin của xã (dùng trên tiêu đề và chữ ký văn bản) và danh sách thôn, bản. Mọi thông tin đều sửa lại được ở trang Cài đặt.</source>
        <translation type="vanished">The app runs entirely on this computer and needs no Internet. Next, enter the commune's details (used in document headers and signatures) and its list of villages. Everything can be changed later on the Settings page.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="114" />
        <source>Dữ liệu được lưu tại:</source>
        <translation>Your data is stored in:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/wizard.py" line="120" />
        <source>Hãy sao lưu thư mục này định kỳ (ví dụ ra USB) để không mất dữ liệu.</source>
        <translation>Back up this folder regularly (for example to a USB stick) so that no data is lost.</translation>
    </message>
</context>
</TS>
