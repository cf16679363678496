<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="59"/>
        <source>Sửa kỳ báo cáo</source>
        <translation>Edit reporting round</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="61"/>
        <source>Kỳ báo cáo mới</source>
        <translation>New reporting round</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="85"/>
        <source>Loại báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="86"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="87"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="88"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="89"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="90"/>
        <source>Hạn nộp</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="91"/>
        <source>Tên kỳ báo cáo</source>
        <translation>Round title</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="95"/>
        <source>Dòng chỉ tiêu của kỳ được lấy từ Cài đặt → Chỉ tiêu báo cáo của máy này. Sau khi tạo, bấm «Xuất tệp kỳ báo cáo…» để gửi cho các xã.</source>
        <translation>The round&apos;s indicator rows are taken from Settings → Report indicators on this PC. Once it is created, press «Export round file…» to send it to the communes.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="101"/>
        <source>Chỉ sửa được hạn nộp và tên. Kỳ đã xuất tệp thì sau khi sửa hãy xuất lại tệp và gửi lại cho các xã.</source>
        <translation>Only the deadline and title can be changed. If the round file was already exported, export it again after the change and send it to the communes again.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="111"/>
        <source>Tạo kỳ báo cáo</source>
        <translation>Create round</translation>
    </message>
</context>
<context>
    <name>RoundKind</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="38"/>
        <source>Kết quả Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới</source>
        <translation>Results of the Action Month for gender equality and against gender-based violence</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="41"/>
        <source>Công tác bình đẳng giới</source>
        <translation>Gender equality work</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="42"/>
        <source>Thống kê công tác phòng, chống bạo lực gia đình</source>
        <translation>Domestic violence prevention statistics</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="43"/>
        <source>Tháng hành động (15/11–15/12)</source>
        <translation>Action Month (15/11–15/12)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="44"/>
        <source>6 tháng đầu năm</source>
        <translation>First six months</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/dialogs/round_dialog.py" line="45"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
</context>
</TS>
