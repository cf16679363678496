"""The inputs of the propaganda form, laid out in two columns that fit a 1366×768 screen, each with a
message line under it for the core's Vietnamese errors (red) and warnings (amber)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.records.checks import CheckResult
from gender_equality_desk.core.records.propaganda import TITLE_MAX
from gender_equality_desk.gui.forms.inputs import MessageLine, limit_dates
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.attachment_list import AttachmentList
from gender_equality_desk.gui.widgets.basics import set_style_flag, styled_label
from gender_equality_desk.gui.widgets.number_edit import NumberEdit
from gender_equality_desk.gui.widgets.place_list import PlaceList
from gender_equality_desk.gui.widgets.slogan_picker import SloganPicker

NOTES_HEIGHT = 64
CAPTION_TOP = 6  # a line edit's text starts about this far below its top


class DateEdit(QDateEdit):
    """A date box that Tab leaves, like every other field (Qt's steps through day, month and year;
    typing "21112025" already moves from one part to the next by itself)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class PropagandaFields(QWidget):
    """Widgets only; the dialog fills them, reads them and shows the check result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindInput")
        self.title = QLineEdit(self)
        self.title.setObjectName("titleInput")
        self.title.setMaxLength(TITLE_MAX + 50)  # the core explains the limit; a hard stop would not
        self.title.setPlaceholderText(
            translate("PropagandaFields", "Ví dụ: Treo băng rôn hưởng ứng Tháng hành động")
        )
        self.start_date = self._date("startDate")
        self.end_date = self._date("endDate")
        self.quantity = NumberEdit(self)
        self.quantity.setObjectName("quantityInput")
        self.unit_label = styled_label("", "muted")
        self.unit_label.setObjectName("unitLabel")
        self.minutes = NumberEdit(self)
        self.minutes.setObjectName("minutesInput")
        self.minutes_label = styled_label(translate("PropagandaFields", "phút"), "muted")
        self.reach = NumberEdit(self)
        self.reach.setObjectName("reachInput")
        self.places = PlaceList(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesInput")
        self.notes.setTabChangesFocus(True)  # keyboard-first: Tab leaves the box, never types a tab
        self.notes.setFixedHeight(NOTES_HEIGHT)
        self.slogans = SloganPicker(self)
        self.attachments = AttachmentList(self)

        names = (
            "kind_id", "title", "start_date", "end_date", "quantity", "minutes",
            "estimated_reach", "places", "notes", "slogan_ids", "attachments",
        )  # fmt: skip
        self.messages = {name: MessageLine(name, self) for name in names}

        left = QGridLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setHorizontalSpacing(10)
        left.setVerticalSpacing(2)
        left.setColumnStretch(1, 1)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(self.start_date)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        counts = QHBoxLayout()
        counts.setSpacing(6)
        counts.addWidget(self.quantity)
        counts.addWidget(self.unit_label)
        counts.addSpacing(18)
        counts.addWidget(styled_label(translate("PropagandaFields", "Thời lượng:")))
        counts.addWidget(self.minutes)
        counts.addWidget(self.minutes_label)
        counts.addStretch(1)
        reach = QHBoxLayout()
        reach.setSpacing(6)
        reach.addWidget(self.reach)
        reach.addWidget(styled_label(translate("PropagandaFields", "người (ước tính)"), "muted"))
        reach.addStretch(1)
        rows: list[tuple[str, QWidget | QHBoxLayout, tuple[str, ...]]] = [
            (translate("PropagandaFields", "Hình thức *"), self.kind, ("kind_id",)),
            (translate("PropagandaFields", "Nội dung *"), self.title, ("title",)),
            (translate("PropagandaFields", "Thời gian *"), dates, ("start_date", "end_date")),
            (translate("PropagandaFields", "Số lượng *"), counts, ("quantity", "minutes")),
            (translate("PropagandaFields", "Người tiếp cận"), reach, ("estimated_reach",)),
            (translate("PropagandaFields", "Địa điểm"), self.places, ("places",)),
            (translate("PropagandaFields", "Ghi chú"), self.notes, ("notes",)),
        ]
        line = 0
        for caption, field, messages in rows:
            # Captions sit level with the first line of their field, also beside the taller ones.
            label = styled_label(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, CAPTION_TOP, 0, 0)
            left.addWidget(label, line, 0)
            if isinstance(field, QHBoxLayout):
                left.addLayout(field, line, 1)
            else:
                left.addWidget(field, line, 1)
            line += 1
            for name in messages:
                left.addWidget(self.messages[name], line, 1)
                line += 1
            left.setRowMinimumHeight(line, 6)
            line += 1
        left.setRowStretch(line, 1)  # rows keep their natural height; the space left goes below

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(4)
        right.addWidget(styled_label(translate("PropagandaFields", "Khẩu hiệu đã dùng"), "section"))
        right.addWidget(self.slogans)
        right.addWidget(self.messages["slogan_ids"])
        right.addSpacing(10)
        right.addWidget(
            styled_label(translate("PropagandaFields", "Minh chứng (ảnh, danh sách, văn bản)"), "section")
        )
        right.addWidget(self.attachments)
        right.addWidget(self.messages["attachments"])
        right.addStretch(1)

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        # Tab goes down the left column, then the right one.
        chain: list[QWidget] = [
            self.kind, self.title, self.start_date, self.end_date, self.quantity, self.minutes,
            self.reach, self.places.input, self.places.add_button, self.places.village_button,
            self.places.remove_button, self.places.chips, self.notes, self.slogans.chosen_list,
            self.slogans.choose_button, self.slogans.remove_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(chain[-1], self.attachments)

    def show_result(self, result: CheckResult) -> list[str]:
        """Each message under its field, the first field in error focused; returns the errors that
        belong to no field (the dialog shows them by its buttons)."""
        aliases = {"village_id": "places", "campaign_id": "start_date"}
        for line in self.messages.values():
            line.clear_message()
        for name, text in result.warnings.items():
            target = self.messages.get(aliases.get(name, name))
            if target is not None:
                target.show_warning(text)
        unplaced: list[str] = []
        for name, text in result.errors.items():
            target = self.messages.get(aliases.get(name, name))
            if target is None:
                unplaced.append(text)
            else:
                target.show_error(text)
        inputs: dict[str, QWidget] = {
            "kind_id": self.kind, "title": self.title, "start_date": self.start_date,
            "end_date": self.end_date, "quantity": self.quantity, "minutes": self.minutes,
            "estimated_reach": self.reach, "places": self.places.input, "notes": self.notes,
            "slogan_ids": self.slogans.choose_button,
        }  # fmt: skip
        for name, widget in inputs.items():
            set_style_flag(widget, "invalid", name in result.errors)
        first = next((inputs[name] for name in inputs if name in result.errors), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def _date(self, name: str) -> QDateEdit:
        edit = DateEdit(self)
        edit.setMinimumHeight(self.title.sizeHint().height())  # level with the line edits beside it
        edit.setObjectName(name)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        limit_dates(edit)
        return edit
