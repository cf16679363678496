<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DeskRoleCard</name>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="28"/>
        <source>Thư mục dữ liệu này là bàn tiếp nhận của tỉnh (Sở): danh bạ xã, kỳ báo cáo, nhận và tổng hợp báo cáo các xã gửi lên.</source>
        <translation>This data folder is a province receiving desk (department): commune roster, reporting rounds, receiving and consolidating the communes' reports.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="33"/>
        <source>Thư mục dữ liệu này là bàn làm việc của xã/phường: kế hoạch, hoạt động, tuyên truyền, hồ sơ hỗ trợ và báo cáo gửi lên tỉnh.</source>
        <translation>This data folder is a commune/ward desk: plans, activities, outreach, support cases and the reports sent to the province.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="63"/>
        <source>Chuyển thành bàn của xã…</source>
        <translation>Make it a commune desk…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="65"/>
        <source>Chuyển thành bàn tiếp nhận của tỉnh…</source>
        <translation>Make it a province receiving desk…</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="75"/>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="104"/>
        <source>Không chuyển được</source>
        <translation>Cannot switch</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="76"/>
        <source>Thư mục dữ liệu này đã có dữ liệu ({held}), nên giữ nguyên vai trò: dữ liệu của bàn xã và bàn tỉnh không dùng chung.

Nếu máy này cần làm cả hai việc, hãy dùng một thư mục dữ liệu khác cho bàn kia (mở ứng dụng với --data-dir THƯ_MỤC_MỚI).</source>
        <translation>This data folder already holds data ({held}), so it keeps its role: a commune desk's data and a province desk's are not shared.

If this PC has to do both, use another data folder for the other desk (start the app with --data-dir NEW_FOLDER).</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="85"/>
        <source>Chuyển thư mục dữ liệu này thành bàn tiếp nhận của tỉnh (Sở)?

Thông tin đơn vị được gợi ý lại theo tỉnh (Sở Nội vụ, tiêu đề UBND tỉnh); hãy kiểm tra lại và nhập họ tên người ký.</source>
        <translation>Make this data folder a province receiving desk (department)?

The unit details are suggested anew from the province (Department of Home Affairs, provincial People's Committee heading); check them and enter the signer's name.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="91"/>
        <source>Chuyển thư mục dữ liệu này thành bàn làm việc của xã/phường?

Hãy sửa lại thông tin đơn vị (tên xã, cơ quan ban hành, người ký) cho đúng với xã.</source>
        <translation>Make this data folder a commune/ward desk?

Correct the unit details (commune name, issuing body, signer) for the commune.</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/gui/widgets/desk_role_card.py" line="97"/>
        <source>Chuyển vai trò</source>
        <translation>Switch role</translation>
    </message>
</context>
</TS>
