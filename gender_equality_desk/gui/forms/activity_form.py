"""The activity form: add, edit or duplicate one campaign activity.

The same pattern as the propaganda form: every value is checked by the core (`check_activity`); errors
appear in red under their field and nothing is saved; warnings appear in amber and a second "Lưu" saves
anyway. The record and its evidence files are saved in one transaction, so a failure leaves the store as
it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TypeVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from gender_equality_desk.core.catalogues import CatalogueKind, active_choices
from gender_equality_desk.core.domain.campaigns import action_month_name, annual_plan_name, in_action_month
from gender_equality_desk.core.domain.clock import local_date, local_datetime
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource, LabelledEnum
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activities import (
    ActivityInput,
    check_activity,
    create_activity,
    load_activity,
    update_activity,
)
from gender_equality_desk.core.records.attachments import (
    apply_form_changes,
    attachments_of,
    copy_attachments_for_duplicate,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.forms.activity_fields import ActivityFields
from gender_equality_desk.gui.forms.inputs import show_local, to_local
from gender_equality_desk.gui.forms.lookups import campaign_choices
from gender_equality_desk.gui.forms.record_dialog import CheckedFields, RecordDialog
from gender_equality_desk.gui.i18n import translate

DEFAULT_START_HOUR = 8
DEFAULT_LENGTH = timedelta(hours=2)
E = TypeVar("E", bound=LabelledEnum)
_NOTHING_KEPT = ActivityInput(kind_id=None, title="", start_at=None, end_at=None)


def default_campaign_name(day: date) -> str:
    """The campaign a record dated `day` goes to when none is chosen (core `default_campaign_for`)."""
    return action_month_name(day.year) if in_action_month(day) else annual_plan_name(day.year)


class ActivityForm(RecordDialog):
    """`activity_id` edits that activity; `duplicate_of` starts a new one from a copy dated `today()`."""

    def __init__(
        self,
        store: Store,
        layout: DataLayout,
        today: Callable[[], date] = date.today,
        *,
        activity_id: int | None = None,
        duplicate_of: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        self._today = today
        self._activity_id = activity_id
        self._duplicate_of = duplicate_of
        self._units: dict[str, int] = {}
        self._shown_start: datetime | None = None  # to move the end along when the start changes
        if activity_id is not None:
            title = translate("ActivityForm", "Sửa hoạt động")
        elif duplicate_of is not None:
            title = translate("ActivityForm", "Nhân bản hoạt động")
        else:
            title = translate("ActivityForm", "Thêm hoạt động")
        self.fields = ActivityFields(self)
        self._build_frame(title, self.fields)
        QShortcut(QKeySequence("Ctrl+M"), self).activated.connect(self.fill_male)
        self.fields.fill_male.clicked.connect(self.fill_male)
        for count in (self.fields.total, self.fields.female, self.fields.male):
            count.textChanged.connect(lambda _text: self._offer_male())

        self._initial = self._fill(today())
        self.fields.start_at.dateTimeChanged.connect(lambda _moment: self._start_changed())
        self.fields.campaign.currentIndexChanged.connect(
            lambda _index: self.fields.campaign.setToolTip(self.fields.campaign.currentText())
        )
        self.fields.kind.setFocus()

    # -- filling ------------------------------------------------------------------------------------

    def _fill(self, today: date) -> ActivityInput:
        """Read everything the form shows in one session; returns the values as first shown."""
        fields = self.fields
        source_id = self._activity_id if self._activity_id is not None else self._duplicate_of
        with self._store.reading() as session:
            data = load_activity(session, source_id) if source_id is not None else None
            # An edited old record keeps showing entries deactivated since; a duplicate does not.
            kept = data if data is not None and self._activity_id is not None else _NOTHING_KEPT
            kinds = active_choices(session, CatalogueKind.ACTIVITY_KIND, keep_id=kept.kind_id)
            villages = active_choices(session, CatalogueKind.VILLAGE, keep_id=kept.village_id)
            units = active_choices(session, CatalogueKind.RESPONSIBLE_UNIT, keep_id=kept.responsible_unit_id)
            campaigns = campaign_choices(session)
            attachments = (
                attachments_of(session, self._layout, activity_id=source_id) if source_id is not None else []
            )
        fields.kind.addItem(translate("ActivityForm", "— Chọn loại hoạt động —"), None)
        for entry_id, label in kinds:
            fields.kind.addItem(label, entry_id)
        fields.village.addItem(translate("ActivityForm", "— Không ở thôn, bản cụ thể —"), None)
        for entry_id, label in villages:
            fields.village.addItem(label, entry_id)
        self._units = {label: entry_id for entry_id, label in units}
        for entry_id, label in units:
            fields.organiser.addItem(label, entry_id)
        fields.campaign.addItem("", None)  # "Tự động theo ngày: …", named in _start_changed
        for entry_id, label in campaigns:
            fields.campaign.addItem(label, entry_id)
        fields.attachments.set_attachments(attachments)

        if data is None:
            start = local_datetime(today, DEFAULT_START_HOUR)
            data = ActivityInput(kind_id=None, title="", start_at=start, end_at=start + DEFAULT_LENGTH)
        elif self._duplicate_of is not None:
            # Done again (another village, the next broadcast): proposed for today at the same hour and
            # for as long; the campaign follows the new date.
            assert data.start_at is not None and data.end_at is not None
            start = datetime.combine(today, data.start_at.timetz())
            data = replace(
                data, start_at=start, end_at=start + (data.end_at - data.start_at), campaign_id=None
            )
            if fields.kind.findData(data.kind_id) < 0:
                data = replace(data, kind_id=None)
        elif data.start_at is not None and _is_default_campaign(data, campaigns):
            data = replace(data, campaign_id=None)  # a later change of date moves it along
        self._loaded = data
        self._set_value(data)
        self._start_changed()
        return self.value()

    def _set_value(self, data: ActivityInput) -> None:
        fields = self.fields
        fields.kind.setCurrentIndex(max(0, fields.kind.findData(data.kind_id)))
        fields.title.setText(data.title)
        fields.title.setCursorPosition(0)  # a long title shows its beginning
        if data.start_at is not None:
            show_local(fields.start_at, data.start_at)
        if data.end_at is not None:
            show_local(fields.end_at, data.end_at)
        fields.campaign.setCurrentIndex(max(0, fields.campaign.findData(data.campaign_id)))
        fields.village.setCurrentIndex(max(0, fields.village.findData(data.village_id)))
        fields.place_text.setText(data.place_text)
        organiser = data.organiser
        if not organiser and data.responsible_unit_id is not None:
            index = fields.organiser.findData(data.responsible_unit_id)
            organiser = fields.organiser.itemText(index) if index >= 0 else ""
        fields.organiser.setCurrentIndex(-1)
        fields.organiser.setEditText(organiser)
        fields.status.setCurrentIndex(max(0, fields.status.findData(data.status)))
        counted = data.participants_female is not None or data.participants_male is not None
        fields.total.set_value(data.participants_total if data.participants_total or counted else None)
        fields.female.set_value(data.participants_female)
        fields.male.set_value(data.participants_male)
        fields.children_count.set_value(data.participants_children)
        fields.ethnic.set_value(data.participants_ethnic_minority)
        fields.budget.set_value(data.budget_vnd)
        fields.budget_source.setCurrentIndex(max(0, fields.budget_source.findData(data.budget_source)))
        fields.result.setPlainText(data.result_summary)

    # -- reading ------------------------------------------------------------------------------------

    def value(self, *, budget_vnd: int | None = None) -> ActivityInput:
        """What the form shows. The budget text is read leniently here (see `_budget`)."""
        fields = self.fields
        organiser = " ".join(fields.organiser.currentText().split())
        return ActivityInput(
            kind_id=fields.kind.currentData(),
            title=fields.title.text(),
            start_at=to_local(fields.start_at),
            end_at=to_local(fields.end_at),
            campaign_id=fields.campaign.currentData(),
            village_id=fields.village.currentData(),
            place_text=fields.place_text.text(),
            organiser=organiser,
            responsible_unit_id=self._unit_for(organiser),
            participants_total=fields.total.value() or 0,
            participants_female=fields.female.value(),
            participants_male=fields.male.value(),
            participants_children=fields.children_count.value(),
            participants_ethnic_minority=fields.ethnic.value(),
            budget_vnd=budget_vnd if budget_vnd is not None else self._budget()[0],
            budget_source=_enum(BudgetSource, fields.budget_source.currentData()),
            result_summary=fields.result.toPlainText(),
            status=_enum(ActivityStatus, fields.status.currentData()) or ActivityStatus.DONE,
        )

    def _budget(self) -> tuple[int, str | None]:
        try:
            return self.fields.budget.value(), None
        except ValueError as problem:
            return 0, str(problem)

    def _unit_for(self, organiser: str) -> int | None:
        """The catalogue unit named exactly as typed; an unchanged text keeps the unit it had (an old
        "Tổ hòa giải thôn Đông" stays counted under "Tổ hòa giải ở cơ sở")."""
        if organiser in self._units:
            return self._units[organiser]
        if organiser == self._loaded.organiser:
            return self._loaded.responsible_unit_id
        return None

    def has_changes(self) -> bool:
        return self.value() != self._initial or self.fields.attachments.has_changes()

    def proposed_male(self) -> int | None:
        """Nam = Tổng − Nữ while Nam is blank and Tổng and Nữ are filled (Nữ ≤ Tổng); None otherwise."""
        total, female = self.fields.total.value(), self.fields.female.value()
        if total is None or female is None or female > total or self.fields.male.value() is not None:
            return None
        return total - female

    def fill_male(self) -> None:
        """The officer accepted the proposal (button or Ctrl+M)."""
        male = self.proposed_male()
        if male is not None:
            self.fields.male.set_value(male)

    def _offer_male(self) -> None:
        self.fields.show_male_proposal(self.proposed_male())

    def _start_changed(self) -> None:
        """The end keeps the activity's length; the automatic campaign follows the date."""
        fields = self.fields
        start = to_local(fields.start_at)
        end = to_local(fields.end_at)
        if self._shown_start is not None and start != self._shown_start:
            show_local(fields.end_at, end + (start - self._shown_start))
        self._shown_start = start
        name = default_campaign_name(local_date(start))
        fields.campaign.setItemText(
            0, translate("ActivityForm", "Tự động theo ngày: {name}").format(name=name)
        )
        fields.campaign.setToolTip(fields.campaign.currentText())  # long names are cut in the box

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check, then save the record and its evidence in one transaction. True when saved."""
        budget, budget_problem = self._budget()
        data = self.value(budget_vnd=budget)
        today = self._today()
        with self._store.reading() as session:
            kept_kind = self._loaded.kind_id if self._activity_id is not None else None
            result = check_activity(session, data, today=today, existing_kind_id=kept_kind)
        if budget_problem:
            result.errors = {"budget_vnd": budget_problem, **result.errors}
        return self._save_checked(result, data, lambda: self._write(data, today), self._evidence_unavailable)

    def _evidence_unavailable(self, problem: UserFacingError) -> None:
        """An evidence file vanished or the disk is full: say so under the attachments too."""
        self.fields.messages["attachments"].show_error(str(problem))
        self._say(translate("ActivityForm", "Chưa lưu: {problem}").format(problem=problem))

    def _checked_fields(self) -> CheckedFields:
        return self.fields

    def _write(self, data: ActivityInput, today: date) -> int:
        attachments = self.fields.attachments
        with self._store.transaction() as session:
            removed: list[int] = []
            if self._activity_id is not None:
                update_activity(session, self._activity_id, data, today=today)
                activity_id = self._activity_id
                removed = attachments.removed_ids()
            else:
                activity_id = create_activity(session, data, today=today)
                if self._duplicate_of is not None:
                    copy_attachments_for_duplicate(
                        session, self._duplicate_of, activity_id, except_ids=attachments.removed_ids()
                    )
            apply_form_changes(
                session,
                self._layout,
                added=attachments.pending_paths(),
                removed_ids=removed,
                activity_id=activity_id,
            )
        return activity_id


def _enum(enum: type[E], value: object) -> E | None:
    """A combo's item data back as the enum member (Qt hands string enums back as plain str)."""
    return None if value is None else enum.of(str(value))


def _is_default_campaign(data: ActivityInput, campaigns: list[tuple[int, str]]) -> bool:
    """True when the record sits in the campaign its date gives by default (shown as "Tự động")."""
    assert data.start_at is not None
    name = default_campaign_name(local_date(data.start_at))
    return any(entry_id == data.campaign_id and label == name for entry_id, label in campaigns)
