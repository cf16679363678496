<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceRoundsPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="70"/>
        <source>Chưa có kỳ báo cáo nào. Bấm «Kỳ báo cáo mới…» để tạo, ví dụ Tháng hành động năm nay, rồi «Xuất tệp kỳ báo cáo…» để gửi các xã. Trước kỳ đầu tiên, gửi các xã tệp khóa của tỉnh («Xuất tệp khóa của tỉnh…»).</source>
        <translation>No reporting round yet. Press «New round…» to create one, e.g. this year's Action Month, then «Export round file…» to send it to the communes. Before the first round, send the communes the province key file («Export province key file…»).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="83"/>
        <source>Loại báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="84"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="85"/>
        <source>Hạn nộp</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="86"/>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="87"/>
        <source>Tệp kỳ báo cáo</source>
        <translation>Round file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="88"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="100"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="101"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="102"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="103"/>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="104"/>
        <source>Không vượt quá dòng</source>
        <translation>At most row</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="123"/>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="279"/>
        <source>Kỳ báo cáo</source>
        <translation>Reporting rounds</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="126"/>
        <source>Mỗi kỳ báo cáo là một loại báo cáo của một thời kỳ, với hạn nộp và các dòng chỉ tiêu mọi xã cùng báo cáo. Xuất tệp kỳ báo cáo (có chữ ký của tỉnh) gửi các xã; xã nhập tệp để báo cáo đúng các dòng đó.</source>
        <translation>A reporting round is one report for one period, with a deadline and the indicator rows every commune reports. Export the round file (signed by the province) for the communes; they import it to report exactly those rows.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="147"/>
        <source>Kỳ báo cáo mới…</source>
        <translation>New round…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="151"/>
        <source>Sửa hạn nộp, tên…</source>
        <translation>Edit deadline, title…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="154"/>
        <source>Xuất tệp kỳ báo cáo…</source>
        <translation>Export round file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="158"/>
        <source>Lấy lại dòng chỉ tiêu</source>
        <translation>Copy indicator rows again</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="162"/>
        <source>Chép lại các dòng từ Cài đặt → Chỉ tiêu báo cáo (khi chưa nhận báo cáo nào của kỳ này).</source>
        <translation>Copy the rows again from Settings → Report indicators (while no report of this round was received).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="168"/>
        <source>Xuất tệp khóa của tỉnh…</source>
        <translation>Export province key file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="196"/>
        <source>Đã xuất {day}</source>
        <translation>Exported {day}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="200"/>
        <source>Chưa xuất</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="208"/>
        <source>{count} xã</source>
        <translation>{count} communes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="252"/>
        <source>{title} — hạn nộp {deadline}, {count} dòng chỉ tiêu</source>
        <translation>{title} — due {deadline}, {count} indicator rows</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="296"/>
        <source>Đã tạo kỳ báo cáo. Bấm «Xuất tệp kỳ báo cáo…» để gửi các xã.</source>
        <translation>Round created. Press «Export round file…» to send it to the communes.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="316"/>
        <source>Đã lưu kỳ báo cáo.</source>
        <translation>Round saved.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="318"/>
        <source>Kỳ này đã xuất tệp: hãy xuất lại tệp kỳ báo cáo và gửi lại cho các xã.</source>
        <translation>This round's file was already exported: export it again and send it to the communes again.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="332"/>
        <source>Xuất tệp kỳ báo cáo</source>
        <translation>Export round file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="334"/>
        <source>Tệp kỳ báo cáo (*.gedround)</source>
        <translation>Round file (*.gedround)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="346"/>
        <source>Đã xuất {path}. Gửi tệp này cho các xã (USB, thư điện tử); xã nhập tệp để báo cáo đúng các dòng chỉ tiêu của kỳ.</source>
        <translation>Exported {path}. Send this file to the communes (USB stick, e-mail); they import it to report the round's indicator rows.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="359"/>
        <source>Chép lại các dòng chỉ tiêu của kỳ “{title}” từ Cài đặt → Chỉ tiêu báo cáo? Kỳ đã xuất tệp thì phải xuất lại và gửi lại cho các xã.</source>
        <translation>Copy the indicator rows of “{title}” again from Settings → Report indicators? If its file was exported, it must be exported and sent to the communes again.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="373"/>
        <source>Kỳ báo cáo có {count} dòng chỉ tiêu.</source>
        <translation>The round has {count} indicator rows.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_rounds.py" line="398"/>
        <source>Đã lưu tệp khóa của tỉnh: {path}. Mã khóa: {fingerprint}.</source>
        <translation>Province key file saved: {path}. Key code: {fingerprint}.</translation>
    </message>
</context>
</TS>
