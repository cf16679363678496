"""Core enum labels shown on screen read in English once the English translation is installed.

Core marks each label with QT_TRANSLATE_NOOP under its enum's class name; the GUI shows it with
`translated_label`. The label itself (`member.label`) never changes: reports print it in Vietnamese.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.cases.vocabulary import (
    AgeGroup,
    CaseStatus,
    ClosureReason,
    FollowUpKind,
    GbvType,
    IntakeChannel,
    MeasureKind,
    MeasureOutcome,
    Relationship,
    RiskLevel,
    Sex,
)
from gender_equality_desk.core.catalogues import CatalogueKind
from gender_equality_desk.core.dashboard.reminders import DeadlineKind
from gender_equality_desk.core.domain.vocabulary import (
    ActivityStatus,
    BudgetSource,
    LabelledEnum,
    QuantityUnit,
)
from gender_equality_desk.core.exchange.excel_import.importer import RowStatus
from gender_equality_desk.core.exchange.packages_merge import MergeStatus
from gender_equality_desk.core.plans.model import PlanKind, SectionKind
from gender_equality_desk.core.plans.progress import RecordKind
from gender_equality_desk.core.plans.status import PlanStatus
from gender_equality_desk.core.records.activity_list import ActivityColumn
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.reports.registry import OutputFormat, ReportKind
from gender_equality_desk.core.security.audit import AuditAction
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.gui.i18n import translated_label

MARKED: tuple[type[LabelledEnum], ...] = (
    ActivityStatus,
    ActivityColumn,
    BudgetSource,
    QuantityUnit,
    CatalogueKind,
    PlanKind,
    SectionKind,
    PlanStatus,
    RecordKind,
    RecordType,
    ReportKind,
    OutputFormat,
    GbvType,
    IntakeChannel,
    Sex,
    AgeGroup,
    Relationship,
    RiskLevel,
    CaseStatus,
    ClosureReason,
    MeasureKind,
    MeasureOutcome,
    FollowUpKind,
    Role,
    AuditAction,
    DeadlineKind,
    RowStatus,
    MergeStatus,
)

SAMPLES: list[tuple[LabelledEnum, str, str]] = [  # member, Vietnamese label, English on screen
    (ActivityStatus.CANCELLED, "Đã hủy", "Cancelled"),
    (ActivityColumn.BUDGET, "Kinh phí (đ)", "Budget (VND)"),
    (BudgetSource.UPPER_LEVEL, "Kinh phí cấp trên", "Higher-level funding"),
    (QuantityUnit.BROADCAST, "lượt phát", "broadcasts"),
    (CatalogueKind.PROPAGANDA_KIND, "Hình thức tuyên truyền", "Propaganda types"),
    (PlanKind.ACTION_MONTH, "Kế hoạch Tháng hành động", "Action Month plan"),
    (SectionKind.PURPOSE, "MỤC ĐÍCH, YÊU CẦU", "PURPOSE AND REQUIREMENTS"),
    (PlanStatus.OVERDUE, "Quá hạn", "Overdue"),
    (RecordKind.PROPAGANDA, "Tuyên truyền", "Awareness-raising"),
    (RecordType.ACTIVITY, "Hoạt động", "Activity"),
    (
        ReportKind.DV_STATISTICS,
        "Thống kê bạo lực gia đình (ẩn danh)",
        "Domestic violence statistics (anonymised)",
    ),
    (OutputFormat.XLSX, "Excel (để tiếp tục chỉnh sửa)", "Excel (to keep editing)"),
    (GbvType.PSYCHOLOGICAL_ABUSE, "Bạo lực tinh thần, tâm lý", "Psychological / emotional abuse"),
    (IntakeChannel.VILLAGE_HEAD, "Trưởng thôn, tổ dân phố", "Village or residential group head"),
    (Sex.FEMALE, "Nữ", "Female"),
    (AgeGroup.FROM_60, "Từ 60 tuổi", "60 and over"),
    (Relationship.FORMER_SPOUSE, "Vợ/chồng đã ly hôn", "Former spouse"),
    (RiskLevel.HIGH, "Cao – nguy hiểm tính mạng", "High – life-threatening"),
    (CaseStatus.OPEN, "Đang hỗ trợ", "Open"),
    (ClosureReason.NO_CONTACT, "Không liên lạc được", "Could not be contacted"),
    (MeasureKind.NO_CONTACT, "Cấm tiếp xúc", "No-contact order"),
    (MeasureOutcome.REFUSED, "Nạn nhân từ chối", "Refused by the survivor"),
    (FollowUpKind.HOME_VISIT, "Thăm hộ gia đình", "Home visit"),
    (Role.CASE_OFFICER, "Cán bộ phụ trách hồ sơ", "Case officer"),
    (AuditAction.CASE_VIEWED, "Xem hồ sơ", "Case viewed"),
    (DeadlineKind.CASE_FOLLOW_UP, "Theo dõi hồ sơ", "Case follow-up"),
    (RowStatus.EXISTING, "Đã có, bỏ qua", "Already recorded, skipped"),
    (MergeStatus.CONFLICT, "Xung đột: cả hai nơi đều sửa", "Conflict: edited in both places"),
]


@pytest.mark.parametrize(("member", "vietnamese", "english_text"), SAMPLES, ids=lambda v: str(v)[:24])
def test_label_reads_in_english_with_the_translation(
    english: QApplication, member: LabelledEnum, vietnamese: str, english_text: str
) -> None:
    assert translated_label(member) == english_text
    assert member.label == vietnamese  # what reports print and what is compared stays Vietnamese


@pytest.mark.parametrize(("member", "vietnamese", "english_text"), SAMPLES, ids=lambda v: str(v)[:24])
def test_label_stays_vietnamese_without_the_translation(
    qapp: QApplication, member: LabelledEnum, vietnamese: str, english_text: str
) -> None:
    assert translated_label(member) == vietnamese != english_text


@pytest.mark.parametrize("enum_class", MARKED, ids=lambda cls: cls.__name__)
def test_every_member_of_a_marked_enum_has_english(
    english: QApplication, enum_class: type[LabelledEnum]
) -> None:
    untranslated = [member.label for member in enum_class if translated_label(member) == member.label]
    assert untranslated == []


def test_english_units_and_statuses_are_distinct(english: QApplication) -> None:
    """Two members never read the same in English where the officer picks one of them."""
    for enum_class in MARKED:
        texts = [translated_label(member) for member in enum_class]
        assert len(set(texts)) == len(texts), enum_class.__name__
