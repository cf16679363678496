"""The filter bar above a record list: search box, date range, campaign, kind, village and (optionally)
status. Generic: it knows ids and labels, never a core filter type.

How to use it (the page turns the values into its core filter):

    caption = translate("ActivitiesPage", "Tất cả loại")
    bar = FilterBar(kind_caption=caption, statuses=[(s, translated_label(s)) for s in ActivityStatus])
    bar.set_choices(campaigns=[(id, name), ...], kinds=[(id, label), ...], villages=[(id, name), ...])
    bar.changed.connect(lambda values: model.set_filter(ActivityFilter(kind_id=values.kind_id, ...)))
    bar.focus_search()  # Ctrl+F

Typing in the search box or a date waits SEARCH_DELAY_MS before `changed` (no query per keystroke);
Enter applies at once. `changed` is only emitted when the values really changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.gui.i18n import translate

SEARCH_DELAY_MS = 300
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date boxes, shown as "Từ ngày"/"Đến ngày" (no limit)
COMBO_CHARS = 14  # visible width of a filter combo; the drop-down list is as wide as its longest entry


@dataclass(frozen=True)
class FilterValues:
    campaign_id: int | None = None
    kind_id: int | None = None
    village_id: int | None = None
    status: object | None = None  # one of the `statuses` values given to the bar
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == FilterValues()


class FilterBar(QWidget):
    changed = Signal(object)  # FilterValues

    def __init__(
        self,
        *,
        kind_caption: str,
        statuses: Sequence[tuple[object, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._emitted = FilterValues()
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self._emit_if_changed)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(translate("FilterBar", "Tìm (không cần dấu)…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip(
            translate(
                "FilterBar",
                "Gõ vài chữ đầu của tên, địa điểm, đơn vị hoặc kết quả; ví dụ “binh dang” (Ctrl+F)",
            )
        )
        self.search_box.textChanged.connect(lambda _text: self._delay.start())
        self.search_box.returnPressed.connect(self._emit_if_changed)

        self.date_from = self._date_box("dateFrom", translate("FilterBar", "Từ ngày"))
        self.date_to = self._date_box("dateTo", translate("FilterBar", "Đến ngày"))
        self.clear_button = QPushButton(translate("FilterBar", "Bỏ lọc"), self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setToolTip(translate("FilterBar", "Hiện lại tất cả bản ghi"))
        self.clear_button.clicked.connect(self.clear)

        self.campaign = self._combo("campaignFilter", translate("FilterBar", "Tất cả chiến dịch"))
        self.kind = self._combo("kindFilter", kind_caption)
        self.village = self._combo("villageFilter", translate("FilterBar", "Tất cả thôn, bản"))
        self.status: QComboBox | None = None
        if statuses is not None:
            self.status = self._combo("statusFilter", translate("FilterBar", "Mọi trạng thái"))
            for value, label in statuses:
                self.status.addItem(label, value)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self.search_box, 3)
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–", self))
        top.addWidget(self.date_to)
        top.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(8)
        for combo in (self.campaign, self.kind, self.village, self.status):
            if combo is not None:
                bottom.addWidget(combo, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        box.addLayout(top)
        box.addLayout(bottom)

    # -- what the page calls -----------------------------------------------------------------------------

    def set_choices(
        self,
        *,
        campaigns: Sequence[tuple[int, str]],
        kinds: Sequence[tuple[int, str]],
        villages: Sequence[tuple[int, str]],
    ) -> None:
        """Fill the pickers (again, after a catalogue change), keeping what was chosen when still there."""
        for combo, choices in ((self.campaign, campaigns), (self.kind, kinds), (self.village, villages)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for entry_id, label in choices:
                combo.addItem(label, entry_id)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        self._emit_if_changed()

    def values(self) -> FilterValues:
        return FilterValues(
            campaign_id=self.campaign.currentData(),
            kind_id=self.kind.currentData(),
            village_id=self.village.currentData(),
            status=self.status.currentData() if self.status is not None else None,
            date_from=_day(self.date_from),
            date_to=_day(self.date_to),
            text=self.search_box.text().strip(),
        )

    def clear(self) -> None:
        for widget in self._inputs():
            widget.blockSignals(True)
        self.search_box.clear()
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for combo in (self.campaign, self.kind, self.village, self.status):
            if combo is not None:
                combo.setCurrentIndex(0)
        for widget in self._inputs():
            widget.blockSignals(False)
        self._emit_if_changed()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def apply_now(self) -> None:
        """Emit what is typed without waiting for the delay (tests, Enter)."""
        self._emit_if_changed()

    # -- internals ---------------------------------------------------------------------------------------

    def _inputs(self) -> list[QWidget]:
        combos = [self.campaign, self.kind, self.village, self.status]
        return [self.search_box, self.date_from, self.date_to, *(c for c in combos if c is not None)]

    def _combo(self, name: str, caption: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(caption, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)
        combo.currentIndexChanged.connect(lambda _index: self._emit_if_changed())
        return combo

    def _date_box(self, name: str, caption: str) -> QDateEdit:
        box = QDateEdit(self)
        box.setObjectName(name)
        box.setDisplayFormat("dd/MM/yyyy")
        box.setCalendarPopup(True)
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(caption)  # shown while the box holds NO_DATE, i.e. "no limit"
        box.setDate(NO_DATE)
        box.setToolTip(translate("FilterBar", "{caption} (để trống: không giới hạn)").format(caption=caption))
        box.dateChanged.connect(lambda _date: self._delay.start())
        box.calendarWidget().installEventFilter(self)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date box would open its calendar in January 2000; open it on this month instead.
        if event.type() == QEvent.Type.Show:
            for box in (self.date_from, self.date_to):
                if watched is box.calendarWidget() and box.date() == NO_DATE:
                    today = QDate.currentDate()
                    box.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _emit_if_changed(self) -> None:
        self._delay.stop()
        values = self.values()
        if values != self._emitted:
            self._emitted = values
            self.changed.emit(values)


def _day(box: QDateEdit) -> date | None:
    chosen = box.date()
    if chosen == NO_DATE:
        return None
    return date(chosen.year(), chosen.month(), chosen.day())
