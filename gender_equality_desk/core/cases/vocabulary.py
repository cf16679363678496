"""Fixed vocabularies of a case, stored by value, shown by their Vietnamese label."""

from __future__ import annotations

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class GbvType(LabelledEnum):
    """GBVIMS core types, declared in the order that decides the type of an incident."""

    RAPE = ("rape", QT_TRANSLATE_NOOP("GbvType", "Hiếp dâm"))
    SEXUAL_ASSAULT = ("sexual_assault", QT_TRANSLATE_NOOP("GbvType", "Xâm hại tình dục"))
    PHYSICAL_ASSAULT = ("physical_assault", QT_TRANSLATE_NOOP("GbvType", "Bạo lực thể chất"))
    FORCED_MARRIAGE = ("forced_marriage", QT_TRANSLATE_NOOP("GbvType", "Cưỡng ép kết hôn"))
    DENIAL_OF_RESOURCES = (
        "denial_of_resources",
        QT_TRANSLATE_NOOP("GbvType", "Từ chối nguồn lực, cơ hội, dịch vụ"),
    )
    PSYCHOLOGICAL_ABUSE = ("psychological_abuse", QT_TRANSLATE_NOOP("GbvType", "Bạo lực tinh thần, tâm lý"))


def decide_gbv_type(types: set[GbvType]) -> GbvType | None:
    """The first type in GBVIMS order among those of the recorded acts."""
    return next((member for member in GbvType if member in types), None)


class IntakeChannel(LabelledEnum):
    SELF = ("self", QT_TRANSLATE_NOOP("IntakeChannel", "Nạn nhân tự báo"))
    FAMILY = ("family", QT_TRANSLATE_NOOP("IntakeChannel", "Người thân báo"))
    NEIGHBOUR = ("neighbour", QT_TRANSLATE_NOOP("IntakeChannel", "Hàng xóm, người dân báo"))
    VILLAGE_HEAD = ("village_head", QT_TRANSLATE_NOOP("IntakeChannel", "Trưởng thôn, tổ dân phố"))
    POLICE = ("police", QT_TRANSLATE_NOOP("IntakeChannel", "Công an"))
    HEALTH = ("health", QT_TRANSLATE_NOOP("IntakeChannel", "Cơ sở y tế"))
    SCHOOL = ("school", QT_TRANSLATE_NOOP("IntakeChannel", "Nhà trường"))
    TRUSTED_ADDRESS = ("trusted_address", QT_TRANSLATE_NOOP("IntakeChannel", "Địa chỉ tin cậy"))
    MASS_ORGANISATION = ("mass_organisation", QT_TRANSLATE_NOOP("IntakeChannel", "Hội Phụ nữ, đoàn thể"))
    HOTLINE = ("hotline", QT_TRANSLATE_NOOP("IntakeChannel", "Đường dây nóng"))
    OTHER = ("other", QT_TRANSLATE_NOOP("IntakeChannel", "Khác"))


class Sex(LabelledEnum):
    FEMALE = ("female", QT_TRANSLATE_NOOP("Sex", "Nữ"))
    MALE = ("male", QT_TRANSLATE_NOOP("Sex", "Nam"))
    UNKNOWN = ("unknown", QT_TRANSLATE_NOOP("Sex", "Không rõ"))


class AgeGroup(LabelledEnum):
    """Bands that add up to both the GBVIMS groups and the report's <16 / 16–59 / ≥60."""

    UNDER_12 = ("0_11", QT_TRANSLATE_NOOP("AgeGroup", "Dưới 12 tuổi"))
    FROM_12 = ("12_15", QT_TRANSLATE_NOOP("AgeGroup", "12–15 tuổi"))
    FROM_16 = ("16_17", QT_TRANSLATE_NOOP("AgeGroup", "16–17 tuổi"))
    FROM_18 = ("18_25", QT_TRANSLATE_NOOP("AgeGroup", "18–25 tuổi"))
    FROM_26 = ("26_40", QT_TRANSLATE_NOOP("AgeGroup", "26–40 tuổi"))
    FROM_41 = ("41_59", QT_TRANSLATE_NOOP("AgeGroup", "41–59 tuổi"))
    FROM_60 = ("60_plus", QT_TRANSLATE_NOOP("AgeGroup", "Từ 60 tuổi"))
    UNKNOWN = ("unknown", QT_TRANSLATE_NOOP("AgeGroup", "Không rõ"))


class Relationship(LabelledEnum):
    """Who the perpetrator is to the survivor."""

    HUSBAND = ("husband", QT_TRANSLATE_NOOP("Relationship", "Chồng"))
    WIFE = ("wife", QT_TRANSLATE_NOOP("Relationship", "Vợ"))
    FORMER_SPOUSE = ("former_spouse", QT_TRANSLATE_NOOP("Relationship", "Vợ/chồng đã ly hôn"))
    PARTNER = ("partner", QT_TRANSLATE_NOOP("Relationship", "Người chung sống như vợ chồng"))
    FATHER = ("father", QT_TRANSLATE_NOOP("Relationship", "Cha"))
    MOTHER = ("mother", QT_TRANSLATE_NOOP("Relationship", "Mẹ"))
    STEP_PARENT = ("step_parent", QT_TRANSLATE_NOOP("Relationship", "Cha dượng, mẹ kế"))
    CHILD = ("child", QT_TRANSLATE_NOOP("Relationship", "Con"))
    SIBLING = ("sibling", QT_TRANSLATE_NOOP("Relationship", "Anh, chị, em"))
    PARENT_IN_LAW = ("parent_in_law", QT_TRANSLATE_NOOP("Relationship", "Cha mẹ chồng/vợ"))
    CHILD_IN_LAW = ("child_in_law", QT_TRANSLATE_NOOP("Relationship", "Con dâu, con rể"))
    GRANDCHILD = ("grandchild", QT_TRANSLATE_NOOP("Relationship", "Cháu"))
    OTHER_FAMILY = ("other_family", QT_TRANSLATE_NOOP("Relationship", "Thành viên gia đình khác"))


class RiskLevel(LabelledEnum):
    LOW = ("low", QT_TRANSLATE_NOOP("RiskLevel", "Thấp"))
    MEDIUM = ("medium", QT_TRANSLATE_NOOP("RiskLevel", "Trung bình"))
    HIGH = ("high", QT_TRANSLATE_NOOP("RiskLevel", "Cao – nguy hiểm tính mạng"))


class CaseStatus(LabelledEnum):
    OPEN = ("open", QT_TRANSLATE_NOOP("CaseStatus", "Đang hỗ trợ"))
    CLOSED = ("closed", QT_TRANSLATE_NOOP("CaseStatus", "Đã đóng"))


class ClosureReason(LabelledEnum):
    SAFE = ("safe", QT_TRANSLATE_NOOP("ClosureReason", "Nạn nhân an toàn, ổn định"))
    REFERRED = ("referred", QT_TRANSLATE_NOOP("ClosureReason", "Đã chuyển hẳn cho cơ quan khác"))
    MOVED = ("moved", QT_TRANSLATE_NOOP("ClosureReason", "Nạn nhân chuyển đi nơi khác"))
    DECLINED = ("declined", QT_TRANSLATE_NOOP("ClosureReason", "Nạn nhân không muốn tiếp tục"))
    NO_CONTACT = ("no_contact", QT_TRANSLATE_NOOP("ClosureReason", "Không liên lạc được"))
    OTHER = ("other", QT_TRANSLATE_NOOP("ClosureReason", "Lý do khác"))


class MeasureKind(LabelledEnum):
    """Prevention, protection and support measures (Law 13/2022/QH15) and referrals."""

    STOP_ORDER = ("stop_order", QT_TRANSLATE_NOOP("MeasureKind", "Buộc chấm dứt hành vi bạo lực gia đình"))
    POLICE_SUMMONS = ("police_summons", QT_TRANSLATE_NOOP("MeasureKind", "Yêu cầu đến trụ sở Công an xã"))
    NO_CONTACT = ("no_contact", QT_TRANSLATE_NOOP("MeasureKind", "Cấm tiếp xúc"))
    SHELTER = ("shelter", QT_TRANSLATE_NOOP("MeasureKind", "Tạm lánh tại địa chỉ tin cậy – nhà tạm lánh"))
    MEDICAL = ("medical", QT_TRANSLATE_NOOP("MeasureKind", "Chăm sóc, điều trị y tế"))
    COUNSELLING = ("counselling", QT_TRANSLATE_NOOP("MeasureKind", "Tư vấn tâm lý, kỹ năng"))
    LEGAL_AID = ("legal_aid", QT_TRANSLATE_NOOP("MeasureKind", "Trợ giúp pháp lý"))
    MEDIATION = ("mediation", QT_TRANSLATE_NOOP("MeasureKind", "Hòa giải"))
    BEHAVIOUR_CHANGE = (
        "behaviour_change",
        QT_TRANSLATE_NOOP("MeasureKind", "Giáo dục, chuyển đổi hành vi người gây bạo lực"),
    )
    COMMUNITY_CRITICISM = (
        "community_criticism",
        QT_TRANSLATE_NOOP("MeasureKind", "Góp ý, phê bình trong cộng đồng dân cư"),
    )
    COMMUNITY_SERVICE = ("community_service", QT_TRANSLATE_NOOP("MeasureKind", "Công việc phục vụ cộng đồng"))
    ADMINISTRATIVE_SANCTION = (
        "administrative_sanction",
        QT_TRANSLATE_NOOP("MeasureKind", "Xử phạt vi phạm hành chính"),
    )
    CRIMINAL_PROCEEDINGS = (
        "criminal_proceedings",
        QT_TRANSLATE_NOOP("MeasureKind", "Biện pháp theo tố tụng hình sự"),
    )
    REFERRAL_POLICE = ("referral_police", QT_TRANSLATE_NOOP("MeasureKind", "Chuyển tuyến: công an"))
    REFERRAL_HEALTH = ("referral_health", QT_TRANSLATE_NOOP("MeasureKind", "Chuyển tuyến: y tế"))
    REFERRAL_SOCIAL = ("referral_social", QT_TRANSLATE_NOOP("MeasureKind", "Chuyển tuyến: công tác xã hội"))


NO_CONTACT_MAX_DAYS = 3  # a no-contact order of the commune chairman lasts at most 3 days at a time


class MeasureOutcome(LabelledEnum):
    ONGOING = ("ongoing", QT_TRANSLATE_NOOP("MeasureOutcome", "Đang thực hiện"))
    DONE = ("done", QT_TRANSLATE_NOOP("MeasureOutcome", "Đã thực hiện"))
    REFUSED = ("refused", QT_TRANSLATE_NOOP("MeasureOutcome", "Nạn nhân từ chối"))
    NOT_DONE = ("not_done", QT_TRANSLATE_NOOP("MeasureOutcome", "Không thực hiện được"))


class FollowUpKind(LabelledEnum):
    HOME_VISIT = ("home_visit", QT_TRANSLATE_NOOP("FollowUpKind", "Thăm hộ gia đình"))
    PHONE = ("phone", QT_TRANSLATE_NOOP("FollowUpKind", "Gọi điện hỏi thăm"))
    MEETING = ("meeting", QT_TRANSLATE_NOOP("FollowUpKind", "Gặp tại trụ sở"))
    REVIEW = ("review", QT_TRANSLATE_NOOP("FollowUpKind", "Rà soát với đơn vị phối hợp"))
