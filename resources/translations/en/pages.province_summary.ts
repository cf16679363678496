<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceSummaryPage</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="67"/>
        <source>{kind} ({period}) {year}</source>
        <translation>{kind} ({period}) {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="72"/>
        <source>{round} — hạn {deadline}</source>
        <translation>{round} — due {deadline}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="89"/>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting round:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="101"/>
        <source>Chưa có kỳ báo cáo nào. Tạo kỳ báo cáo trên trang Kỳ báo cáo; khi các xã gửi báo cáo lên, tình hình nộp và số liệu tổng hợp hiện ở đây.</source>
        <translation>No reporting round yet. Create one on the Rounds page; once communes send their reports, who has reported and the consolidated figures show here.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="115"/>
        <source>Tình hình nộp báo cáo</source>
        <translation>Who has reported</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="117"/>
        <source>Số liệu tổng hợp</source>
        <translation>Consolidated figures</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="125"/>
        <source>Tổng hợp</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="128"/>
        <source>Xã nào đã nộp, nộp muộn, chưa nộp; số liệu cộng từ báo cáo của các xã; lưu báo cáo tổng hợp của Sở (PDF, Excel) và xuất cho DHIS2.</source>
        <translation>Which communes reported on time, late or not yet; figures added up from the communes' reports; save the department's consolidated report (PDF, Excel) and export for DHIS2.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="158"/>
        <source>In danh sách cần gọi…</source>
        <translation>Print the call list…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="174"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="179"/>
        <source>Lưu Excel…</source>
        <translation>Save Excel…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="183"/>
        <source>Xuất cho DHIS2…</source>
        <translation>Export for DHIS2…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="186"/>
        <source>Mã DHIS2…</source>
        <translation>DHIS2 codes…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="270"/>
        <source>còn {days} ngày đến hạn</source>
        <translation>{days} days to the deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="272"/>
        <source>hôm nay là hạn cuối</source>
        <translation>today is the last day</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="274"/>
        <source>đã quá hạn {days} ngày</source>
        <translation>{days} days past the deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="275"/>
        <source>Đã nhận {reported}/{expected} xã ({share}): {on_time} đúng hạn, {late} nộp muộn, {not_yet} chưa nộp — {deadline}.</source>
        <translation>Received {reported}/{expected} communes ({share}): {on_time} on time, {late} late, {not_yet} not yet — {deadline}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="291"/>
        <source>Chưa có xã nào gửi báo cáo cho kỳ này.</source>
        <translation>No commune has sent its report for this round yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="292"/>
        <source>Cộng số liệu của {included}/{expected} xã đã báo cáo; “—”: xã để trống (không tính là 0). Nhấp đúp vào một số ở dòng Tổng cộng để xem các xã.</source>
        <translation>Figures of the {included}/{expected} communes that reported, added up; “—”: left blank by the commune (not counted as 0). Double-click a number in the Total row to see the communes.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="299"/>
        <source>Chưa báo cáo: {names}.</source>
        <translation>Not reported yet: {names}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="347"/>
        <source>Đã lưu báo cáo tổng hợp: {path}</source>
        <translation>Consolidated report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="360"/>
        <source>Đã in danh sách cần gọi.</source>
        <translation>Call list printed.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="370"/>
        <source>Chưa gán mã DHIS2 cho chỉ tiêu nào của loại báo cáo này. Bấm “Mã DHIS2…” để gán trước.</source>
        <translation>No indicator of this report kind has a DHIS2 code yet. Press “DHIS2 codes…” to set them first.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="388"/>
        <source>Đã xuất cho DHIS2: {path}</source>
        <translation>Exported for DHIS2: {path}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="402"/>
        <source>Đã lưu mã DHIS2.</source>
        <translation>DHIS2 codes saved.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/pages/province_summary.py" line="407"/>
        <source>Lưu tệp</source>
        <translation>Save file</translation>
    </message>
</context>
</TS>
