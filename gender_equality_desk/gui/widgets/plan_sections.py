"""The plan's Roman-numbered sections and its "Tổ chức thực hiện" units, each a list beside a text box.

Sections: every kind is listed; ticked ones are in the plan, in the list's order (numbers I, II, … follow
it). Units: one entry per unit, with what it must do.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.plans.model import AssignmentInput, Paragraphs, SectionInput, SectionKind
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.plan_fields import ParagraphsEdit

KIND_ROLE = Qt.ItemDataRole.UserRole


def _list_buttons(owner: QWidget, names: list[tuple[str, str]]) -> tuple[QVBoxLayout, dict[str, QPushButton]]:
    column = QVBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for name, text in names:
        button = QPushButton(text, owner)
        button.setObjectName(name)
        column.addWidget(button)
        buttons[name] = button
    column.addStretch(1)
    return column, buttons


def _move(items: QListWidget, step: int) -> None:
    row = items.currentRow()
    target = row + step
    if row < 0 or not 0 <= target < items.count():
        return
    item = items.takeItem(row)
    items.insertItem(target, item)
    items.setCurrentRow(target)


@dataclass
class _Text:
    heading: str = ""
    body: Paragraphs = field(default=())


class SectionsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[SectionKind, _Text] = {kind: _Text() for kind in SectionKind}
        self._shown: SectionKind | None = None
        row = QHBoxLayout(self)
        self.items = QListWidget()
        self.items.setObjectName("sectionList")
        self.items.setMaximumWidth(300)
        row.addWidget(self.items)
        buttons, self.buttons = _list_buttons(
            self,
            [
                ("sectionUp", translate("SectionsEditor", "Lên")),
                ("sectionDown", translate("SectionsEditor", "Xuống")),
            ],
        )
        row.addLayout(buttons)
        editor = QVBoxLayout()
        editor.addWidget(
            styled_label(translate("SectionsEditor", "Tên mục (để trống: tên thường dùng)"), "muted")
        )
        self.heading = QLineEdit()
        self.heading.setObjectName("sectionHeading")
        editor.addWidget(self.heading)
        self.note = styled_label("", "muted", wrap=True)
        self.note.setObjectName("sectionNote")
        editor.addWidget(self.note)
        self.body = ParagraphsEdit("sectionBody", height=220)
        editor.addWidget(self.body, 1)
        row.addLayout(editor, 1)
        self.buttons["sectionUp"].clicked.connect(lambda: _move(self.items, -1))
        self.buttons["sectionDown"].clicked.connect(lambda: _move(self.items, 1))
        self.items.currentItemChanged.connect(self._show_current)

    def _keep_shown(self) -> None:
        if self._shown is not None:
            self._texts[self._shown] = _Text(self.heading.text(), self.body.paragraphs())

    def _show_current(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self._keep_shown()
        if current is None:
            self._shown = None
            return
        kind = SectionKind.of(current.data(KIND_ROLE))
        self._shown = kind
        # The usual heading as printed: the plan itself stays Vietnamese whatever the UI language.
        self.heading.setPlaceholderText(translated_label(kind))
        self.heading.setText(self._texts[kind].heading)
        self.body.set_paragraphs(self._texts[kind].body)
        notes = {
            SectionKind.THEME_PERIOD: translate(
                "SectionsEditor",
                "Chủ đề, thông điệp, thời gian lấy ở thẻ Thông tin chung; đoạn văn dưới đây in sau chúng.",
            ),
            SectionKind.ACTIVITIES: translate(
                "SectionsEditor", "Các hoạt động ở thẻ Hoạt động được đánh số và in sau đoạn văn này."
            ),
            SectionKind.ORGANISATION: translate(
                "SectionsEditor", "Các đơn vị ở thẻ Phân công được đánh số và in sau đoạn văn này."
            ),
        }
        self.note.setText(notes.get(kind, ""))
        self.note.setVisible(kind in notes)

    def set_sections(self, sections: tuple[SectionInput, ...]) -> None:
        self._shown = None
        self._texts = {kind: _Text() for kind in SectionKind}
        self.items.clear()
        present = [section.kind for section in sections]
        for section in sections:
            self._texts[section.kind] = _Text(section.heading, section.body)
        for kind in [*present, *(k for k in SectionKind if k not in present)]:
            item = QListWidgetItem(translated_label(kind).capitalize())
            item.setData(KIND_ROLE, kind.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if kind in present else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.setCurrentRow(0)

    def sections(self) -> tuple[SectionInput, ...]:
        self._keep_shown()
        found = []
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                kind = SectionKind.of(item.data(KIND_ROLE))
                text = self._texts[kind]
                found.append(SectionInput(kind, text.heading, text.body))
        return tuple(found)


class AssignmentsEditor(QWidget):
    """ "Tổ chức thực hiện": the units (picked from the catalogue or typed) and their tasks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AssignmentInput] = []
        self._shown = -1
        self._units: list[tuple[int, str]] = []
        row = QHBoxLayout(self)
        self.items = QListWidget()
        self.items.setObjectName("assignmentList")
        self.items.setMaximumWidth(300)
        row.addWidget(self.items)
        buttons, self.buttons = _list_buttons(
            self,
            [
                ("assignmentAdd", translate("AssignmentsEditor", "Thêm đơn vị")),
                ("assignmentRemove", translate("AssignmentsEditor", "Xóa")),
                ("assignmentUp", translate("AssignmentsEditor", "Lên")),
                ("assignmentDown", translate("AssignmentsEditor", "Xuống")),
            ],
        )
        row.addLayout(buttons)
        editor = QVBoxLayout()
        editor.addWidget(styled_label(translate("AssignmentsEditor", "Đơn vị"), "muted"))
        self.unit = QComboBox()
        self.unit.setObjectName("assignmentUnit")
        self.unit.setEditable(True)
        editor.addWidget(self.unit)
        editor.addWidget(styled_label(translate("AssignmentsEditor", "Nhiệm vụ"), "muted"))
        self.body = ParagraphsEdit("assignmentBody", height=200)
        editor.addWidget(self.body, 1)
        row.addLayout(editor, 1)
        self.buttons["assignmentAdd"].clicked.connect(self.add_unit)
        self.buttons["assignmentRemove"].clicked.connect(self._remove)
        self.buttons["assignmentUp"].clicked.connect(lambda: self._move(-1))
        self.buttons["assignmentDown"].clicked.connect(lambda: self._move(1))
        self.items.currentRowChanged.connect(self._show_row)
        self.unit.currentTextChanged.connect(self._rename_current)

    def set_units(self, units: list[tuple[int, str]]) -> None:
        self._units = units
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit_id, name in units:
            self.unit.addItem(name, unit_id)
        self.unit.blockSignals(False)

    def _keep_shown(self) -> None:
        if 0 <= self._shown < len(self._rows):
            name = self.unit.currentText().strip()
            unit_id = next((i for i, n in self._units if n == name), None)
            self._rows[self._shown] = AssignmentInput(name, self.body.paragraphs(), unit_id)

    def _show_row(self, row: int) -> None:
        self._keep_shown()
        self._shown = row
        if 0 <= row < len(self._rows):
            self.unit.blockSignals(True)
            self.unit.setCurrentText(self._rows[row].unit_name)
            self.unit.blockSignals(False)
            self.body.set_paragraphs(self._rows[row].body)

    def _rename_current(self, text: str) -> None:
        item = self.items.currentItem()
        if item is not None:
            item.setText(text or translate("AssignmentsEditor", "(chưa có tên đơn vị)"))

    def set_assignments(self, assignments: tuple[AssignmentInput, ...]) -> None:
        self._shown = -1
        self._rows = list(assignments)
        self.items.clear()
        for assignment in assignments:
            self.items.addItem(assignment.unit_name)
        self.items.setCurrentRow(0 if assignments else -1)

    def add_unit(self) -> None:
        self._keep_shown()
        name = self._units[0][1] if self._units else ""
        self._rows.append(AssignmentInput(name))
        self.items.addItem(name)
        self.items.setCurrentRow(len(self._rows) - 1)

    def _remove(self) -> None:
        row = self.items.currentRow()
        if row < 0:
            return
        self._shown = -1
        del self._rows[row]
        self.items.takeItem(row)
        self._show_row(self.items.currentRow())

    def _move(self, step: int) -> None:
        self._keep_shown()
        row, target = self.items.currentRow(), self.items.currentRow() + step
        if row < 0 or not 0 <= target < len(self._rows):
            return
        self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
        self._shown = -1
        self.items.item(row).setText(self._rows[row].unit_name)
        self.items.item(target).setText(self._rows[target].unit_name)
        self.items.setCurrentRow(target)

    def assignments(self) -> tuple[AssignmentInput, ...]:
        self._keep_shown()
        return tuple(self._rows)
