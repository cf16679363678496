"""Fixed vocabularies of a case, stored by value, shown by their Vietnamese label."""

from __future__ import annotations

from gender_equality_desk.core.domain.vocabulary import LabelledEnum


class GbvType(LabelledEnum):
    """GBVIMS core types, declared in the order that decides the type of an incident."""

    RAPE = ("rape", "Hiếp dâm")
    SEXUAL_ASSAULT = ("sexual_assault", "Xâm hại tình dục")
    PHYSICAL_ASSAULT = ("physical_assault", "Bạo lực thể chất")
    FORCED_MARRIAGE = ("forced_marriage", "Cưỡng ép kết hôn")
    DENIAL_OF_RESOURCES = ("denial_of_resources", "Từ chối nguồn lực, cơ hội, dịch vụ")
    PSYCHOLOGICAL_ABUSE = ("psychological_abuse", "Bạo lực tinh thần, tâm lý")


def decide_gbv_type(types: set[GbvType]) -> GbvType | None:
    """The first type in GBVIMS order among those of the recorded acts."""
    return next((member for member in GbvType if member in types), None)


class IntakeChannel(LabelledEnum):
    SELF = ("self", "Nạn nhân tự báo")
    FAMILY = ("family", "Người thân báo")
    NEIGHBOUR = ("neighbour", "Hàng xóm, người dân báo")
    VILLAGE_HEAD = ("village_head", "Trưởng thôn, tổ dân phố")
    POLICE = ("police", "Công an")
    HEALTH = ("health", "Cơ sở y tế")
    SCHOOL = ("school", "Nhà trường")
    TRUSTED_ADDRESS = ("trusted_address", "Địa chỉ tin cậy")
    MASS_ORGANISATION = ("mass_organisation", "Hội Phụ nữ, đoàn thể")
    HOTLINE = ("hotline", "Đường dây nóng")
    OTHER = ("other", "Khác")


class Sex(LabelledEnum):
    FEMALE = ("female", "Nữ")
    MALE = ("male", "Nam")
    UNKNOWN = ("unknown", "Không rõ")


class AgeGroup(LabelledEnum):
    """Bands that add up to both the GBVIMS groups and the report's <16 / 16–59 / ≥60."""

    UNDER_12 = ("0_11", "Dưới 12 tuổi")
    FROM_12 = ("12_15", "12–15 tuổi")
    FROM_16 = ("16_17", "16–17 tuổi")
    FROM_18 = ("18_25", "18–25 tuổi")
    FROM_26 = ("26_40", "26–40 tuổi")
    FROM_41 = ("41_59", "41–59 tuổi")
    FROM_60 = ("60_plus", "Từ 60 tuổi")
    UNKNOWN = ("unknown", "Không rõ")


class Relationship(LabelledEnum):
    """Who the perpetrator is to the survivor."""

    HUSBAND = ("husband", "Chồng")
    WIFE = ("wife", "Vợ")
    FORMER_SPOUSE = ("former_spouse", "Vợ/chồng đã ly hôn")
    PARTNER = ("partner", "Người chung sống như vợ chồng")
    FATHER = ("father", "Cha")
    MOTHER = ("mother", "Mẹ")
    STEP_PARENT = ("step_parent", "Cha dượng, mẹ kế")
    CHILD = ("child", "Con")
    SIBLING = ("sibling", "Anh, chị, em")
    PARENT_IN_LAW = ("parent_in_law", "Cha mẹ chồng/vợ")
    CHILD_IN_LAW = ("child_in_law", "Con dâu, con rể")
    GRANDCHILD = ("grandchild", "Cháu")
    OTHER_FAMILY = ("other_family", "Thành viên gia đình khác")


class RiskLevel(LabelledEnum):
    LOW = ("low", "Thấp")
    MEDIUM = ("medium", "Trung bình")
    HIGH = ("high", "Cao – nguy hiểm tính mạng")


class CaseStatus(LabelledEnum):
    OPEN = ("open", "Đang hỗ trợ")
    CLOSED = ("closed", "Đã đóng")


class ClosureReason(LabelledEnum):
    SAFE = ("safe", "Nạn nhân an toàn, ổn định")
    REFERRED = ("referred", "Đã chuyển hẳn cho cơ quan khác")
    MOVED = ("moved", "Nạn nhân chuyển đi nơi khác")
    DECLINED = ("declined", "Nạn nhân không muốn tiếp tục")
    NO_CONTACT = ("no_contact", "Không liên lạc được")
    OTHER = ("other", "Lý do khác")


class MeasureKind(LabelledEnum):
    """Prevention, protection and support measures (Law 13/2022/QH15) and referrals."""

    STOP_ORDER = ("stop_order", "Buộc chấm dứt hành vi bạo lực gia đình")
    POLICE_SUMMONS = ("police_summons", "Yêu cầu đến trụ sở Công an xã")
    NO_CONTACT = ("no_contact", "Cấm tiếp xúc")
    SHELTER = ("shelter", "Tạm lánh tại địa chỉ tin cậy – nhà tạm lánh")
    MEDICAL = ("medical", "Chăm sóc, điều trị y tế")
    COUNSELLING = ("counselling", "Tư vấn tâm lý, kỹ năng")
    LEGAL_AID = ("legal_aid", "Trợ giúp pháp lý")
    MEDIATION = ("mediation", "Hòa giải")
    BEHAVIOUR_CHANGE = ("behaviour_change", "Giáo dục, chuyển đổi hành vi người gây bạo lực")
    COMMUNITY_CRITICISM = ("community_criticism", "Góp ý, phê bình trong cộng đồng dân cư")
    COMMUNITY_SERVICE = ("community_service", "Công việc phục vụ cộng đồng")
    ADMINISTRATIVE_SANCTION = ("administrative_sanction", "Xử phạt vi phạm hành chính")
    CRIMINAL_PROCEEDINGS = ("criminal_proceedings", "Biện pháp theo tố tụng hình sự")
    REFERRAL_POLICE = ("referral_police", "Chuyển tuyến: công an")
    REFERRAL_HEALTH = ("referral_health", "Chuyển tuyến: y tế")
    REFERRAL_SOCIAL = ("referral_social", "Chuyển tuyến: công tác xã hội")


NO_CONTACT_MAX_DAYS = 3  # a no-contact order of the commune chairman lasts at most 3 days at a time


class MeasureOutcome(LabelledEnum):
    ONGOING = ("ongoing", "Đang thực hiện")
    DONE = ("done", "Đã thực hiện")
    REFUSED = ("refused", "Nạn nhân từ chối")
    NOT_DONE = ("not_done", "Không thực hiện được")


class FollowUpKind(LabelledEnum):
    HOME_VISIT = ("home_visit", "Thăm hộ gia đình")
    PHONE = ("phone", "Gọi điện hỏi thăm")
    MEETING = ("meeting", "Gặp tại trụ sở")
    REVIEW = ("review", "Rà soát với đơn vị phối hợp")
