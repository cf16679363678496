"""The propaganda form: add, edit or duplicate one communication event.

Every value is checked by the core (`check_propaganda`): errors appear in red under their field and
nothing is saved; warnings appear in amber and a second "Lưu" saves anyway. The record, its slogans and
its evidence files are saved in one transaction, so a failure leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from gender_equality_desk.core.catalogues import CatalogueEntry, CatalogueKind, active_choices, list_entries
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import (
    AttachmentRow,
    apply_form_changes,
    attachments_of,
    copy_event_attachments_for_duplicate,
)
from gender_equality_desk.core.records.propaganda import (
    PropagandaInput,
    check_propaganda,
    create_propaganda,
    load_propaganda,
    update_propaganda,
)
from gender_equality_desk.core.slogans import list_slogans, slogan_texts
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.forms.propaganda_fields import PropagandaFields
from gender_equality_desk.gui.forms.record_dialog import CheckedFields, RecordDialog
from gender_equality_desk.gui.i18n import translate, translated_label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PropagandaForm(RecordDialog):
    """`event_id` edits that event; `duplicate_of` starts a new one from a copy dated `today()`."""

    def __init__(
        self,
        store: Store,
        layout: DataLayout,
        today: Callable[[], date] = date.today,
        *,
        event_id: int | None = None,
        duplicate_of: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        self._event_id = event_id
        self._duplicate_of = duplicate_of
        self._kinds: dict[int, CatalogueEntry] = {}
        if event_id is not None:
            title = translate("PropagandaForm", "Sửa sự kiện tuyên truyền")
        elif duplicate_of is not None:
            title = translate("PropagandaForm", "Nhân bản sự kiện tuyên truyền")
        else:
            title = translate("PropagandaForm", "Thêm sự kiện tuyên truyền")
        self.fields = PropagandaFields(self)
        self._build_frame(title, self.fields)
        QShortcut(QKeySequence("F4"), self).activated.connect(self.fields.slogans.open_chooser)

        self.fields.kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self._initial = self._fill(today())
        self._shown_start = self.fields.start_date.date()
        self.fields.start_date.dateChanged.connect(self._start_changed)
        self._kind_changed()
        # A duplicate differs by its date: start there. Anything else starts with the kind.
        (self.fields.start_date if duplicate_of is not None else self.fields.kind).setFocus()

    # -- filling ------------------------------------------------------------------------------------

    def _fill(self, today: date) -> PropagandaInput:
        """Read everything the form shows in one session; returns the values as first shown."""
        fields = self.fields
        source_id = self._event_id if self._event_id is not None else self._duplicate_of
        with self._store.reading() as session:
            data = load_propaganda(session, source_id) if source_id is not None else None
            keep_kind = data.kind_id if data is not None and self._event_id is not None else None
            entries = list_entries(session, CatalogueKind.PROPAGANDA_KIND)
            villages = active_choices(
                session, CatalogueKind.VILLAGE, keep_id=data.village_id if data is not None else None
            )
            library = list_slogans(session, today.year)
            used = slogan_texts(session, data.slogan_ids) if data is not None else {}
            attachments: list[AttachmentRow] = (
                attachments_of(session, self._layout, propaganda_event_id=source_id)
                if source_id is not None
                else []
            )
        self._kinds = {entry.id: entry for entry in entries if entry.is_active or entry.id == keep_kind}
        fields.kind.addItem(translate("PropagandaForm", "— Chọn hình thức —"), None)
        for entry in self._kinds.values():
            label = (
                entry.label
                if entry.is_active
                else translate("PropagandaForm", "{label} (ngừng dùng)").format(label=entry.label)
            )
            fields.kind.addItem(label, entry.id)
        fields.places.set_villages(villages)
        # A hidden slogan an event already uses stays named on it (not offered to new events).
        fields.slogans.set_library(library, also_known=[c for c in used.values() if c.is_hidden])
        fields.attachments.set_attachments(attachments)
        if data is None:
            data = PropagandaInput(kind_id=None, title="", start_date=today, end_date=today)
        elif self._duplicate_of is not None:
            # A repeated broadcast: same content, proposed for today with the same length; the
            # campaign follows the new date.
            assert data.start_date is not None and data.end_date is not None
            length = data.end_date - data.start_date
            data = replace(data, start_date=today, end_date=today + length, campaign_id=None)
            if data.kind_id not in self._kinds:
                data = replace(data, kind_id=None)
        self._loaded = data
        self._set_value(data)
        return self.value()

    def _set_value(self, data: PropagandaInput) -> None:
        fields = self.fields
        fields.kind.setCurrentIndex(max(0, fields.kind.findData(data.kind_id)))
        fields.title.setText(data.title)
        fields.title.setCursorPosition(0)  # a long title shows its beginning, not its end
        if data.start_date is not None:
            fields.start_date.setDate(_qdate(data.start_date))
        if data.end_date is not None:
            fields.end_date.setDate(_qdate(data.end_date))
        fields.quantity.set_value(data.quantity or None)
        fields.minutes.set_value(data.minutes)
        fields.reach.set_value(data.estimated_reach)
        fields.places.set_places(data.places)
        fields.notes.setPlainText(data.notes)
        fields.slogans.set_selected(data.slogan_ids)

    # -- reading ------------------------------------------------------------------------------------

    def value(self) -> PropagandaInput:
        fields = self.fields
        kind = self._current_kind()
        start = _pydate(fields.start_date.date())
        # The form has no campaign picker: the campaign follows the start date unless it is unchanged.
        campaign_id = self._loaded.campaign_id if start == self._loaded.start_date else None
        return PropagandaInput(
            kind_id=fields.kind.currentData(),
            title=fields.title.text(),
            start_date=start,
            end_date=_pydate(fields.end_date.date()),
            places=fields.places.places(),
            campaign_id=campaign_id,
            village_id=fields.places.village_id(),
            quantity=fields.quantity.value() or 0,
            minutes=fields.minutes.value() if kind is not None and kind.counts_minutes else None,
            estimated_reach=fields.reach.value(),
            notes=fields.notes.toPlainText(),
            slogan_ids=fields.slogans.selected_ids(),
        )

    def has_changes(self) -> bool:
        return (
            self.value() != self._initial
            or bool(self.fields.places.pending_text())
            or self.fields.attachments.has_changes()
        )

    def _current_kind(self) -> CatalogueEntry | None:
        kind_id = self.fields.kind.currentData()
        return self._kinds.get(kind_id) if kind_id is not None else None

    def _kind_changed(self) -> None:
        """The unit next to the quantity and the minutes box follow the kind."""
        fields = self.fields
        kind = self._current_kind()
        fields.unit_label.setText(
            translated_label(kind.unit) if kind is not None and kind.unit is not None else ""
        )
        counts_minutes = kind is not None and kind.counts_minutes
        fields.minutes.setEnabled(counts_minutes)
        fields.minutes_label.setEnabled(counts_minutes)
        fields.minutes.setPlaceholderText("" if counts_minutes else translate("PropagandaForm", "không tính"))
        fields.minutes.setToolTip(
            translate("PropagandaForm", "Tổng số phút phát, chiếu hoặc nói")
            if counts_minutes
            else translate("PropagandaForm", "Hình thức này không tính số phút")
        )

    def _start_changed(self, start: QDate) -> None:
        """The end date moves with the start, so the event keeps its length (a one-day broadcast stays
        one day when its date is retyped)."""
        moved = self._shown_start.daysTo(start)
        self._shown_start = start
        end = self.fields.end_date
        end.setDate(end.date().addDays(moved))

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check, then save the record and its evidence in one transaction. True when saved."""
        places = self.fields.places
        if places.pending_text():  # typed but Enter not pressed: surely meant to be added
            places.add_typed()
        data = self.value()
        with self._store.reading() as session:
            kept_kind = self._loaded.kind_id if self._event_id is not None else None
            result = check_propaganda(session, data, existing_kind_id=kept_kind)
        return self._save_checked(
            result, data, lambda: self._write(data), lambda problem: self._say(str(problem))
        )

    def _checked_fields(self) -> CheckedFields:
        return self.fields

    def _write(self, data: PropagandaInput) -> int:
        attachments = self.fields.attachments
        with self._store.transaction() as session:
            if self._event_id is not None:
                update_propaganda(session, self._event_id, data)
                event_id = self._event_id
                removed = attachments.removed_ids()
            else:
                event_id = create_propaganda(session, data)
                removed = []
                if self._duplicate_of is not None:
                    copy_event_attachments_for_duplicate(
                        session, self._duplicate_of, event_id, except_ids=attachments.removed_ids()
                    )
            apply_form_changes(
                session,
                self._layout,
                added=attachments.pending_paths(),
                removed_ids=removed,
                propaganda_event_id=event_id,
            )
        return event_id
