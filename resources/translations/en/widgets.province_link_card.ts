<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ProvinceLinkCard</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="51"/>
        <source>{kind}, {period} — hạn nộp {deadline}</source>
        <translation>{kind}, {period} — due {deadline}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="83"/>
        <source>Khóa của tỉnh</source>
        <translation>The province&apos;s key</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="86"/>
        <source>Báo cáo gửi lên tỉnh được niêm phong bằng khóa của tỉnh: chỉ tỉnh mở được, USB có mất cũng không ai đọc được. Tỉnh gửi cho xã một tệp khóa (.gedkey) và mã khóa in trên giấy; nhập tệp ở đây một lần.</source>
        <translation>Reports sent to the province are sealed with the province&apos;s key: only the province can open them, and a lost USB stick shows nothing. The province gives the commune a key file (.gedkey) and its fingerprint printed on paper; import the file here once.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="97"/>
        <source>Chưa nhập khóa của tỉnh: chưa gửi được báo cáo lên tỉnh.</source>
        <translation>The province&apos;s key is not imported yet: reports cannot be sent to the province.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="115"/>
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="116"/>
        <source>Cơ quan nhận báo cáo:</source>
        <translation>Receiving authority:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="117"/>
        <source>Mã khóa:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="121"/>
        <source>Hãy gọi điện cho tỉnh và đọc to mã khóa trên: mã phải trùng từng chữ, từng số với mã tỉnh in trên giấy gửi kèm tệp khóa. Nếu khác, đừng gửi báo cáo và báo ngay cho tỉnh.</source>
        <translation>Call the province and read this fingerprint out loud: it must match, letter by letter and digit by digit, the one printed on the paper that came with the key file. If it differs, send no report and tell the province at once.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="134"/>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="212"/>
        <source>Nhập tệp khóa của tỉnh…</source>
        <translation>Import the province&apos;s key file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="153"/>
        <source>Kỳ báo cáo của tỉnh</source>
        <translation>The province&apos;s reporting rounds</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="156"/>
        <source>Tỉnh có thể gửi tệp kỳ báo cáo (.gedround) quy định các chỉ tiêu mọi xã cùng báo cáo. Khi đã nhập, báo cáo gửi lên tỉnh theo đúng các chỉ tiêu đó; chưa nhập thì gửi các chỉ tiêu của xã (Cài đặt → Chỉ tiêu báo cáo).</source>
        <translation>The province may send a reporting round file (.gedround) listing the indicators every commune reports. Once imported, reports to the province follow those indicators; until then the commune&apos;s own indicators are sent (Settings → Report indicators).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="186"/>
        <source>Mã đơn vị hành chính của xã: {code}.</source>
        <translation>The commune&apos;s administrative unit code: {code}.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="192"/>
        <source>Chưa có mã đơn vị hành chính của xã: hãy điền ở tab Thông tin đơn vị (hỏi Sở Nội vụ nếu chưa biết) trước khi gửi báo cáo.</source>
        <translation>The commune&apos;s administrative unit code is missing: fill it in on the Unit details tab (ask the Department of Home Affairs if you do not know it) before sending a report.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="203"/>
        <source>Chưa nhập tệp kỳ báo cáo nào của tỉnh.</source>
        <translation>No reporting round file of the province imported yet.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="214"/>
        <source>Nhập lại hoặc thay tệp khóa…</source>
        <translation>Import again or replace the key file…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="219"/>
        <source>Nhập ngày {day}</source>
        <translation>Imported on {day}</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="234"/>
        <source>Đã giữ nguyên khóa cũ của tỉnh.</source>
        <translation>The province&apos;s previous key was kept.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="245"/>
        <source>Khóa này đã có trên máy, không có gì thay đổi.</source>
        <translation>This key is already on this PC; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="247"/>
        <source>Đã nhập khóa của tỉnh. Hãy gọi điện cho tỉnh để đọc đối chiếu mã khóa.</source>
        <translation>The province&apos;s key is imported. Call the province to read out and compare the fingerprint.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="266"/>
        <source>Chọn tệp khóa của tỉnh</source>
        <translation>Choose the province&apos;s key file</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="268"/>
        <source>Tệp khóa của tỉnh (*{suffix})</source>
        <translation>Province key file (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="275"/>
        <source>Thay khóa của tỉnh?</source>
        <translation>Replace the province&apos;s key?</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="278"/>
        <source>Thay khóa (đã đối chiếu)</source>
        <translation>Replace the key (fingerprint checked)</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/province_link_card.py" line="280"/>
        <source>Giữ khóa cũ</source>
        <translation>Keep the previous key</translation>
    </message>
    <message>
        <source>Nhập tệp kỳ báo cáo…</source>
        <translation>Import a round file…</translation>
    </message>
    <message>
        <source>Chọn tệp kỳ báo cáo của tỉnh</source>
        <translation>Choose the province's round file</translation>
    </message>
    <message>
        <source>Tệp kỳ báo cáo (*{suffix})</source>
        <translation>Round file (*{suffix})</translation>
    </message>
</context>
</TS>
