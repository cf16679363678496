<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>SubmitDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="102"/>
        <source>Gửi báo cáo lên tỉnh</source>
        <translation>Send a report to the province</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="123"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="119"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="120"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="121"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="122"/>
        <source>Số liệu gửi</source>
        <translation>Figure sent</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="142"/>
        <source>Ghi tệp gửi tỉnh</source>
        <translation>Write the file for the province</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="146"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="162"/>
        <source>{report} — năm {year}</source>
        <translation>{report} — year {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="169"/>
        <source>Báo cáo:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="189"/>
        <source>Ngày ghi trên báo cáo:</source>
        <translation>Date printed on the report:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="191"/>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="204"/>
        <source>Xã gửi:</source>
        <translation>Sent by:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="205"/>
        <source>Gửi đến:</source>
        <translation>Sent to:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="206"/>
        <source>Số liệu:</source>
        <translation>Figures:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="215"/>
        <source>Bản PDF máy lập từ báo cáo (số liệu chính xác)</source>
        <translation>The PDF the app makes from the report (exact figures)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="219"/>
        <source>Bản quét báo cáo giấy đã ký, đóng dấu:</source>
        <translation>A scan of the signed and stamped paper report:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="223"/>
        <source>Chọn tệp PDF…</source>
        <translation>Choose PDF file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="226"/>
        <source>(chưa chọn tệp)</source>
        <translation>(no file chosen)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="235"/>
        <source>Bản PDF kèm theo:</source>
        <translation>Attached PDF:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="240"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="242"/>
        <source>Thư mục khác…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="247"/>
        <source>Lưu vào:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="293"/>
        <source>{name} — mã đơn vị hành chính {code}</source>
        <translation>{name} — administrative unit code {code}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="299"/>
        <source>{authority} ({province}) — mã khóa {fingerprint}</source>
        <translation>{authority} ({province}) — key fingerprint {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="305"/>
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="309"/>
        <source>{dates}; theo kỳ báo cáo tỉnh phát hành “{title}”, hạn nộp {deadline}.</source>
        <translation>{dates}; as the reporting round the province published, “{title}”, due {deadline}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="313"/>
        <source>{dates}; chưa nhập tệp kỳ báo cáo của tỉnh nên gửi các chỉ tiêu của xã (Cài đặt → Chỉ tiêu báo cáo), tỉnh ghép theo mã.</source>
        <translation>{dates}; no reporting round file of the province imported, so the commune&apos;s own indicators are sent (Settings → Report indicators); the province matches them by code.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="322"/>
        <source>Tỉnh hỏi {count} chỉ tiêu xã chưa có dòng (mã {codes}): sẽ gửi để trống. Nếu cần, thêm dòng có mã đó ở Cài đặt → Chỉ tiêu báo cáo.</source>
        <translation>The province asks for {count} indicators the commune has no row for (codes {codes}): they are sent blank. If needed, add rows with those codes in Settings → Report indicators.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="332"/>
        <source>Tên tệp: {name}</source>
        <translation>File name: {name}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="338"/>
        <source>(để trống)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="358"/>
        <source>Đánh dấu đã gửi “{label}” (kỳ hạn {due}) trên trang Tổng quan</source>
        <translation>Mark “{label}” (due {due}) as sent on the Overview page</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="366"/>
        <source>“{label}” kỳ hạn {due} đã được đánh dấu gửi ngày {sent}; gửi lại vẫn được.</source>
        <translation>“{label}” due {due} was marked sent on {sent}; sending again is still possible.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="381"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="381"/>
        <source>Ổ đĩa</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="385"/>
        <source>Chưa thấy USB — cắm USB rồi bấm Làm mới, hoặc chọn thư mục</source>
        <translation>No USB stick found — plug one in and press Refresh, or choose a folder</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="411"/>
        <source>Chọn thư mục lưu tệp gửi tỉnh</source>
        <translation>Choose a folder for the file to the province</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="418"/>
        <source>Chọn bản quét báo cáo đã ký</source>
        <translation>Choose the scan of the signed report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="432"/>
        <source>Chưa chọn nơi lưu. Hãy cắm USB rồi bấm Làm mới, hoặc chọn thư mục.</source>
        <translation>No place chosen. Plug in a USB stick and press Refresh, or choose a folder.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="442"/>
        <source>Chưa chọn bản quét. Bấm “Chọn tệp PDF…”, hoặc chọn bản PDF máy lập.</source>
        <translation>No scan chosen. Press “Choose PDF file…”, or choose the PDF the app makes.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="466"/>
        <source>Đang lập và ghi tệp gửi tỉnh ra {folder}…</source>
        <translation>Making the file for the province and writing it to {folder}…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="472"/>
        <source>Đã ghi {path} và đọc lại kiểm tra (khớp từng byte). Tệp đã ký số và niêm phong cho {authority}: chỉ tỉnh mở được. Nộp tệp này cho tỉnh theo cách tỉnh hướng dẫn (USB, thư điện tử).</source>
        <translation>Wrote {path} and read it back (identical byte for byte). The file is signed and sealed for {authority}: only the province can open it. Hand it in as the province asks (USB stick, e-mail).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="484"/>
        <source>Đã đánh dấu đã gửi “{label}” kỳ hạn {due} trên trang Tổng quan.</source>
        <translation>Marked “{label}” due {due} as sent on the Overview page.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/submit_dialog.py" line="498"/>
        <source>Không lập được tệp gửi tỉnh: {reason}. Hãy thử lại; nếu vẫn lỗi, báo cán bộ kỹ thuật.</source>
        <translation>Could not make the file for the province: {reason}. Try again; if it still fails, tell the technical officer.</translation>
    </message>
</context>
</TS>
