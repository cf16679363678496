<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AgeGroup</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="51"/>
        <source>Dưới 12 tuổi</source>
        <translation>Under 12</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="52"/>
        <source>12–15 tuổi</source>
        <translation>12–15 years</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="53"/>
        <source>16–17 tuổi</source>
        <translation>16–17 years</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="54"/>
        <source>18–25 tuổi</source>
        <translation>18–25 years</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="55"/>
        <source>26–40 tuổi</source>
        <translation>26–40 years</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="56"/>
        <source>41–59 tuổi</source>
        <translation>41–59 years</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="57"/>
        <source>Từ 60 tuổi</source>
        <translation>60 and over</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="58"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="86"/>
        <source>Đang hỗ trợ</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="87"/>
        <source>Đã đóng</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>ClosureReason</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="91"/>
        <source>Nạn nhân an toàn, ổn định</source>
        <translation>Survivor safe and stable</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="92"/>
        <source>Đã chuyển hẳn cho cơ quan khác</source>
        <translation>Handed over to another agency</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="93"/>
        <source>Nạn nhân chuyển đi nơi khác</source>
        <translation>Survivor moved away</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="94"/>
        <source>Nạn nhân không muốn tiếp tục</source>
        <translation>Survivor chose not to continue</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="95"/>
        <source>Không liên lạc được</source>
        <translation>Could not be contacted</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="96"/>
        <source>Lý do khác</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="143"/>
        <source>Thăm hộ gia đình</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="144"/>
        <source>Gọi điện hỏi thăm</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="145"/>
        <source>Gặp tại trụ sở</source>
        <translation>Meeting at the office</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="146"/>
        <source>Rà soát với đơn vị phối hợp</source>
        <translation>Review with a partner agency</translation>
    </message>
</context>
<context>
    <name>GbvType</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="12"/>
        <source>Hiếp dâm</source>
        <translation>Rape</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="13"/>
        <source>Xâm hại tình dục</source>
        <translation>Sexual assault</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="14"/>
        <source>Bạo lực thể chất</source>
        <translation>Physical assault</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="15"/>
        <source>Cưỡng ép kết hôn</source>
        <translation>Forced marriage</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="18"/>
        <source>Từ chối nguồn lực, cơ hội, dịch vụ</source>
        <translation>Denial of resources, opportunities or services</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="20"/>
        <source>Bạo lực tinh thần, tâm lý</source>
        <translation>Psychological / emotional abuse</translation>
    </message>
</context>
<context>
    <name>IntakeChannel</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="29"/>
        <source>Nạn nhân tự báo</source>
        <translation>Reported by the survivor</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="30"/>
        <source>Người thân báo</source>
        <translation>Reported by a relative</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="31"/>
        <source>Hàng xóm, người dân báo</source>
        <translation>Reported by a neighbour or resident</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="32"/>
        <source>Trưởng thôn, tổ dân phố</source>
        <translation>Village or residential group head</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="33"/>
        <source>Công an</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="34"/>
        <source>Cơ sở y tế</source>
        <translation>Health facility</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="35"/>
        <source>Nhà trường</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="36"/>
        <source>Địa chỉ tin cậy</source>
        <translation>Trusted address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="37"/>
        <source>Hội Phụ nữ, đoàn thể</source>
        <translation>Women&apos;s Union or mass organisation</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="38"/>
        <source>Đường dây nóng</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="39"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MeasureKind</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="102"/>
        <source>Buộc chấm dứt hành vi bạo lực gia đình</source>
        <translation>Order to stop the domestic violence</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="103"/>
        <source>Yêu cầu đến trụ sở Công an xã</source>
        <translation>Summons to the commune police station</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="104"/>
        <source>Cấm tiếp xúc</source>
        <translation>No-contact order</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="105"/>
        <source>Tạm lánh tại địa chỉ tin cậy – nhà tạm lánh</source>
        <translation>Temporary shelter at a trusted address</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="106"/>
        <source>Chăm sóc, điều trị y tế</source>
        <translation>Medical care and treatment</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="107"/>
        <source>Tư vấn tâm lý, kỹ năng</source>
        <translation>Psychological and skills counselling</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="108"/>
        <source>Trợ giúp pháp lý</source>
        <translation>Legal aid</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="109"/>
        <source>Hòa giải</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="112"/>
        <source>Giáo dục, chuyển đổi hành vi người gây bạo lực</source>
        <translation>Education and behaviour change for the perpetrator</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="116"/>
        <source>Góp ý, phê bình trong cộng đồng dân cư</source>
        <translation>Comment and criticism in the community</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="118"/>
        <source>Công việc phục vụ cộng đồng</source>
        <translation>Community service</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="121"/>
        <source>Xử phạt vi phạm hành chính</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="125"/>
        <source>Biện pháp theo tố tụng hình sự</source>
        <translation>Criminal proceedings</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="127"/>
        <source>Chuyển tuyến: công an</source>
        <translation>Referral: police</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="128"/>
        <source>Chuyển tuyến: y tế</source>
        <translation>Referral: health</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="129"/>
        <source>Chuyển tuyến: công tác xã hội</source>
        <translation>Referral: social work</translation>
    </message>
</context>
<context>
    <name>MeasureOutcome</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="136"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="137"/>
        <source>Đã thực hiện</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="138"/>
        <source>Nạn nhân từ chối</source>
        <translation>Refused by the survivor</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="139"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="64"/>
        <source>Chồng</source>
        <translation>Husband</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="65"/>
        <source>Vợ</source>
        <translation>Wife</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="66"/>
        <source>Vợ/chồng đã ly hôn</source>
        <translation>Former spouse</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="67"/>
        <source>Người chung sống như vợ chồng</source>
        <translation>Unmarried partner</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="68"/>
        <source>Cha</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="69"/>
        <source>Mẹ</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="70"/>
        <source>Cha dượng, mẹ kế</source>
        <translation>Stepfather or stepmother</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="71"/>
        <source>Con</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="72"/>
        <source>Anh, chị, em</source>
        <translation>Brother or sister</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="73"/>
        <source>Cha mẹ chồng/vợ</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="74"/>
        <source>Con dâu, con rể</source>
        <translation>Daughter- or son-in-law</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="75"/>
        <source>Cháu</source>
        <translation>Grandchild, niece or nephew</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="76"/>
        <source>Thành viên gia đình khác</source>
        <translation>Other family member</translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="80"/>
        <source>Thấp</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="81"/>
        <source>Trung bình</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="82"/>
        <source>Cao – nguy hiểm tính mạng</source>
        <translation>High – life-threatening</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="43"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="44"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../../gender_equality_desk/core/cases/vocabulary.py" line="45"/>
        <source>Không rõ</source>
        <translation>Unknown</translation>
    </message>
</context>
</TS>
