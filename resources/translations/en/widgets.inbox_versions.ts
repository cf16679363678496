<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>InboxVersions</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="28"/>
        <source>Tháng hành động vì bình đẳng giới năm {year}</source>
        <translation>Action Month for gender equality {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="31"/>
        <source>Công tác bình đẳng giới 6 tháng đầu năm {year}</source>
        <translation>Gender equality work, first half of {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="34"/>
        <source>Công tác bình đẳng giới năm {year}</source>
        <translation>Gender equality work, year {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="35"/>
        <source>Thống kê phòng, chống bạo lực gia đình 6 tháng đầu năm {year}</source>
        <translation>Domestic violence prevention statistics, first half of {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="38"/>
        <source>Thống kê phòng, chống bạo lực gia đình năm {year}</source>
        <translation>Domestic violence prevention statistics, year {year}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="52"/>
        <source>(trống)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="56"/>
        <source>{count} điểm</source>
        <translation>{count} points</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="75"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="76"/>
        <source>Số lần gửi</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="77"/>
        <source>Lần cuối nhận lúc</source>
        <translation>Last received at</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="78"/>
        <source>Cần kiểm tra</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="88"/>
        <source>Lần</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="89"/>
        <source>Xã ký lúc</source>
        <translation>Signed by commune at</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="90"/>
        <source>Tỉnh nhận lúc</source>
        <translation>Received by province at</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="91"/>
        <source>Mã khóa ký</source>
        <translation>Signing key code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="106"/>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="259"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="107"/>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="259"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="108"/>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="262"/>
        <source>Lần trước</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="109"/>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="262"/>
        <source>Lần này</source>
        <translation>This one</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="118"/>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting round:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="122"/>
        <source>So với lần:</source>
        <translation>Compare with submission:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="126"/>
        <source>Các lần gửi của xã</source>
        <translation>The commune&apos;s submissions</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="132"/>
        <source>Xã đã gửi</source>
        <translation>Communes that sent</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="179"/>
        <source>Chưa có kỳ báo cáo nào.</source>
        <translation>No reporting round yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="182"/>
        <source>Đã nhận {received}/{roster} xã</source>
        <translation>Received from {received}/{roster} communes</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="251"/>
        <source>Lần {version} — cần kiểm tra lại với xã:</source>
        <translation>Submission {version} — to check with the commune:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="266"/>
        <source>Lần gửi đầu tiên: chưa có lần trước để so sánh.</source>
        <translation>First submission: nothing earlier to compare with.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="273"/>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="274"/>
        <source>Lần {version}</source>
        <translation>Submission {version}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="285"/>
        <source>{count} dòng khác nhau giữa lần {old} và lần {new}.</source>
        <translation>{count} rows differ between submission {old} and submission {new}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/inbox_versions.py" line="287"/>
        <source>Số liệu lần {new} giống hệt lần {old}.</source>
        <translation>Submission {new} has exactly the figures of submission {old}.</translation>
    </message>
</context>
</TS>
