"""Every part of a plan in tabs: general information, sections, activities, units, recipients and signer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from gender_equality_desk.core.domain import ranges
from gender_equality_desk.core.plans.model import PlanInput, PlanKind
from gender_equality_desk.core.plans.progress import ActivityProgress
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.plan_activities import PlanActivitiesTable
from gender_equality_desk.gui.widgets.plan_fields import OptionalDate, ParagraphsEdit, to_qdate
from gender_equality_desk.gui.widgets.plan_sections import AssignmentsEditor, SectionsEditor


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class PlanEditor(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self._base: PlanInput | None = None
        self.addTab(self._general_tab(), translate("PlanEditor", "Thông tin chung"))
        self.sections = SectionsEditor()
        self.addTab(self.sections, translate("PlanEditor", "Các mục"))
        self.activities = PlanActivitiesTable()
        self.addTab(self.activities, translate("PlanEditor", "Hoạt động"))
        self.assignments = AssignmentsEditor()
        self.addTab(self.assignments, translate("PlanEditor", "Phân công"))
        self.addTab(self._closing_tab(), translate("PlanEditor", "Nơi nhận, người ký"))

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def _general_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.year = QSpinBox()
        self.year.setObjectName("planYear")
        self.year.setRange(ranges.EARLIEST_DAY.year, ranges.latest_day().year)
        self.kind = QComboBox()
        self.kind.setObjectName("planKind")
        for kind in PlanKind:
            self.kind.addItem(translated_label(kind), kind.value)
        self.number = self._line("planNumber")
        self.number.setPlaceholderText(translate("PlanEditor", "để trống: văn thư ghi số khi ban hành"))
        self.symbol = self._line("planSymbol")
        self.issuing_body = self._line("planIssuingBody")
        self.place = self._line("planPlace")
        self.issued_on = OptionalDate("planIssuedOn", translate("PlanEditor", "Đã có ngày"), date.today())
        self.issue_month = QSpinBox()
        self.issue_month.setObjectName("planIssueMonth")
        self.issue_month.setRange(0, 12)
        self.issue_month.setSpecialValueText(translate("PlanEditor", "để trống"))
        self.title_edit = QPlainTextEdit()
        self.title_edit.setObjectName("planTitle")
        self.title_edit.setMaximumHeight(60)
        self.preamble = ParagraphsEdit("planPreamble", height=70)
        self.theme = self._line("planTheme")
        self.message = self._line("planMessage")
        self.period_start = OptionalDate("planPeriodStart", translate("PlanEditor", "Có ngày"), date.today())
        self.period_end = OptionalDate("planPeriodEnd", translate("PlanEditor", "Có ngày"), date.today())
        self.period_text = self._line("planPeriodText")
        self.period_text.setPlaceholderText(translate("PlanEditor", "để trống: “Từ ngày … đến ngày …”"))
        for label, widget in (
            (translate("PlanEditor", "Năm"), self.year),
            (translate("PlanEditor", "Loại kế hoạch"), self.kind),
            (translate("PlanEditor", "Số"), self.number),
            (translate("PlanEditor", "Ký hiệu"), self.symbol),
            (translate("PlanEditor", "Cơ quan ban hành"), self.issuing_body),
            (translate("PlanEditor", "Địa danh"), self.place),
            (translate("PlanEditor", "Ngày ban hành"), self.issued_on),
            (translate("PlanEditor", "Tháng (khi chưa có ngày)"), self.issue_month),
            (translate("PlanEditor", "Trích yếu (tên kế hoạch)"), self.title_edit),
            (translate("PlanEditor", "Căn cứ, mở đầu"), self.preamble),
            (translate("PlanEditor", "Chủ đề"), self.theme),
            (translate("PlanEditor", "Thông điệp"), self.message),
            (translate("PlanEditor", "Thời gian từ"), self.period_start),
            (translate("PlanEditor", "đến"), self.period_end),
            (translate("PlanEditor", "Ghi thời gian"), self.period_text),
        ):
            form.addRow(label, widget)
        return tab

    def _closing_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.closing = ParagraphsEdit("planClosing", height=80)
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("planRecipients")
        self.recipients.setPlaceholderText(
            translate("PlanEditor", "Mỗi dòng một nơi nhận, ví dụ “- Lưu: VT.”")
        )
        self.authority = QPlainTextEdit()
        self.authority.setObjectName("planAuthority")
        self.authority.setMaximumHeight(80)
        self.signer = self._line("planSigner")
        form.addRow(translate("PlanEditor", "Đoạn kết"), self.closing)
        form.addRow(translate("PlanEditor", "Nơi nhận"), self.recipients)
        form.addRow(translate("PlanEditor", "Thẩm quyền ký"), self.authority)
        form.addRow(translate("PlanEditor", "Người ký"), self.signer)
        return tab

    def set_choices(self, units: list[tuple[int, str]]) -> None:
        self.assignments.set_units(units)

    def set_plan(self, plan: PlanInput, progress: list[ActivityProgress]) -> None:
        self._base = plan
        self.year.setValue(plan.year)
        self.kind.setCurrentIndex(max(self.kind.findData(plan.kind.value), 0))
        self.number.setText(plan.number)
        self.symbol.setText(plan.symbol)
        self.issuing_body.setText(plan.issuing_body)
        self.place.setText(plan.place_name)
        # An empty date box opens on the plan's year, not on the PC's today.
        for box in (self.issued_on, self.period_start, self.period_end):
            box.edit.setDate(to_qdate(plan.period_start or date(plan.year, 1, 1)))
        self.issued_on.set_value(plan.issued_on)
        self.issue_month.setValue(plan.issue_month or 0)
        self.title_edit.setPlainText(plan.title)
        self.preamble.set_paragraphs(plan.preamble)
        self.theme.setText(plan.theme)
        self.message.setText(plan.message)
        self.period_start.set_value(plan.period_start)
        self.period_end.set_value(plan.period_end)
        self.period_text.setText(plan.period_text)
        self.sections.set_sections(plan.sections)
        self.activities.set_rows(plan.activities, progress)
        self.activities.schedule.setChecked(plan.show_schedule_table)
        self.assignments.set_assignments(plan.assignments)
        self.closing.set_paragraphs(plan.closing)
        self.recipients.setPlainText("\n".join(plan.recipients))
        self.authority.setPlainText("\n".join(plan.authority))
        self.signer.setText(plan.signer_name)

    def plan_input(self) -> PlanInput:
        base = self._base
        assert base is not None, "set_plan first"
        year, kind = self.year.value(), PlanKind.of(self.kind.currentData())
        same_campaign = year == base.year and kind is base.kind
        return replace(
            base,
            year=year,
            kind=kind,
            campaign_id=base.campaign_id if same_campaign else None,
            number=self.number.text().strip(),
            symbol=self.symbol.text().strip(),
            issuing_body=self.issuing_body.text().strip(),
            place_name=self.place.text().strip(),
            issued_on=self.issued_on.value(),
            issue_month=self.issue_month.value() or None,
            title=" ".join(self.title_edit.toPlainText().split()),
            preamble=self.preamble.paragraphs(),
            theme=self.theme.text().strip(),
            message=self.message.text().strip(),
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            period_text=self.period_text.text().strip(),
            sections=self.sections.sections(),
            activities=tuple(self.activities.rows),
            show_schedule_table=self.activities.schedule.isChecked(),
            assignments=self.assignments.assignments(),
            closing=self.closing.paragraphs(),
            recipients=_lines(self.recipients),
            authority=_lines(self.authority),
            signer_name=self.signer.text().strip(),
        )
