"""Several places for one propaganda event: villages picked from the commune's list, or free text
(a school, a road, "Trụ sở UBND xã"), shown as removable chips."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.theme import ACCENT, BORDER, TEXT

MENU_ARROW_ROOM = 14
CHIP_ROWS_HEIGHT = 62  # two rows of chips; more places scroll
_CHIP_STYLE = f"""
QListWidget {{ border: 1px solid {BORDER}; border-radius: 4px; background: #ffffff; padding: 3px; }}
QListWidget::item {{ background: #f1f3f6; border: 1px solid {BORDER}; border-radius: 10px;
    padding: 1px 9px; margin: 2px; color: {TEXT}; }}
QListWidget::item:selected {{ border: 1px solid {ACCENT}; background: #fbeee5; color: {TEXT}; }}
"""


class _ChipList(QListWidget):
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class PlaceList(QWidget):
    """`places()` in the order added, duplicates ignored; `village_id()` is the first place that is one
    of the commune's villages (what the list filters on)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._villages: list[tuple[int, str]] = []

        self.input = QLineEdit(self)
        self.input.setObjectName("placeInput")
        self.input.setPlaceholderText(translate("PlaceList", "Gõ tên nơi rồi Enter"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # A village chosen in the pop-up is added at once (the pop-up eats that Enter).
        completer.activated.connect(self._add_completed)
        self.input.setCompleter(completer)
        self.input.setToolTip(
            translate("PlaceList", "Thôn, bản, trường học, đường, “Trụ sở UBND xã”…; Enter để thêm")
        )
        self.input.installEventFilter(self)

        self.village_button = QToolButton(self)
        self.village_button.setObjectName("villageMenuButton")
        self.village_button.setText(translate("PlaceList", "Chọn thôn, bản"))
        self.village_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.village_button.setMenu(QMenu(self.village_button))
        # Room for the menu arrow, which the style otherwise draws over the last letters.
        self.village_button.setMinimumWidth(self.village_button.sizeHint().width() + MENU_ARROW_ROOM)
        self.add_button = QPushButton(translate("PlaceList", "Thêm"), self)
        self.add_button.setAutoDefault(False)  # Enter in the form saves; it never clicks "Thêm"
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(translate("PlaceList", "Bỏ nơi"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(translate("PlaceList", "Bỏ địa điểm đang chọn (phím Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.chips = _ChipList(self)
        self.chips.setObjectName("placeChips")
        self.chips.setStyleSheet(_CHIP_STYLE)
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chips.setFixedHeight(CHIP_ROWS_HEIGHT)
        self.chips.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chips.remove_requested.connect(self.remove_selected)
        self.chips.itemSelectionChanged.connect(self._update_buttons)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.village_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(row)
        box.addWidget(self.chips)
        self.setFocusProxy(self.input)
        self._update_buttons()

    # -- what the form uses -------------------------------------------------------------------------

    def set_villages(self, villages: Sequence[tuple[int, str]]) -> None:
        self._villages = list(villages)
        self._names.setStringList([name for _id, name in villages])
        menu = self.village_button.menu()
        menu.clear()
        for _id, name in villages:
            action = menu.addAction(name)
            action.triggered.connect(lambda _checked=False, name=name: self.add_place(name))
        self.village_button.setEnabled(bool(villages))

    def set_places(self, places: Sequence[str]) -> None:
        self.chips.clear()
        for place in places:
            self._append(place)
        self._update_buttons()

    def places(self) -> tuple[str, ...]:
        return tuple(self.chips.item(row).text() for row in range(self.chips.count()))

    def village_id(self) -> int | None:
        by_name = {name.casefold(): village_id for village_id, name in self._villages}
        return next((by_name[p.casefold()] for p in self.places() if p.casefold() in by_name), None)

    def pending_text(self) -> str:
        """Typed but not added yet (the form adds it on save rather than losing it)."""
        return " ".join(self.input.text().split())

    def add_place(self, text: str) -> bool:
        """Add one place; False when empty or already listed (case ignored)."""
        place = " ".join(text.split())
        if not place or place.casefold() in {p.casefold() for p in self.places()}:
            return False
        self._append(place)
        self._update_buttons()
        self.changed.emit()
        return True

    def add_typed(self) -> None:
        self.add_place(self.input.text())
        self.input.clear()
        self.input.setFocus()

    def remove_selected(self) -> None:
        rows = sorted((self.chips.row(item) for item in self.chips.selectedItems()), reverse=True)
        for row in rows:
            self.chips.takeItem(row)
        if rows:
            self._update_buttons()
            self.changed.emit()

    # -- internals ------------------------------------------------------------------------------------

    def _add_completed(self, text: str) -> None:
        self.add_place(text)
        # After the completer has written its choice into the box, not before.
        QTimer.singleShot(0, self.input.clear)

    def _append(self, place: str) -> None:
        self.chips.addItem(place)
        self.chips.item(self.chips.count() - 1).setToolTip(place)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.chips.selectedItems()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter with a typed place adds it; with nothing typed it goes on to the form (which saves).
        if (
            watched is self.input
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.input.text().strip()
        ):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)
