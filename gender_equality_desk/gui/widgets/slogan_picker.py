"""Slogans used by a propaganda event or a banner: chosen from the slogan library, shown as a short list.

"Chọn khẩu hiệu…" opens a chooser: a search box that ignores diacritics ("cham dut" finds "Chấm dứt"),
favourites (★) and this year's slogans first, a tick box per slogan (Space ticks, Enter confirms).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHOSEN_LIST_HEIGHT = 112


class SloganChoice(Protocol):
    """What the picker shows of a slogan (core.slogans.SloganChoice, or the propaganda form's rows)."""

    @property
    def id(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def year(self) -> int | None: ...
    @property
    def theme_group(self) -> str: ...
    @property
    def is_favourite(self) -> bool: ...


def favourites_first(library: Sequence[SloganChoice]) -> list[SloganChoice]:
    """The library with favourites first, otherwise in the order given (stable)."""
    return sorted(library, key=lambda choice: not choice.is_favourite)


def _caption(choice: SloganChoice) -> str:
    star = "★ " if choice.is_favourite else ""
    year = f"  ({choice.year})" if choice.year else ""
    return f"{star}{choice.text}{year}"


class _DeletableList(QListWidget):
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class SloganChooser(QDialog):
    """Tick the slogans used; `chosen_ids()` keeps the library's order."""

    def __init__(
        self, library: Sequence[SloganChoice], chosen: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SloganChooser", "Chọn khẩu hiệu đã dùng"))
        self.resize(720, 520)
        self.search = QLineEdit(self)
        self.search.setObjectName("sloganSearch")
        self.search.setPlaceholderText(translate("SloganChooser", "Tìm khẩu hiệu (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("sloganLibrary")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        wanted = set(chosen)
        self._keys: list[str] = []
        for choice in library:
            item = QListWidgetItem(_caption(choice))
            item.setData(ID_ROLE, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in wanted else Qt.CheckState.Unchecked)
            item.setToolTip(" · ".join(part for part in (choice.theme_group, str(choice.year or "")) if part))
            self.list.addItem(item)
            self._keys.append(fold(choice.text))
        self.list.itemChanged.connect(lambda _item: self._count())
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.counter = styled_label("", "muted")
        hint = styled_label(
            translate("SloganChooser", "★ khẩu hiệu hay dùng. Phím cách để đánh dấu, Enter để xong."),
            "muted",
            wrap=True,
        )
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            translate("SloganChooser", "Dùng các khẩu hiệu đã đánh dấu"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(translate("SloganChooser", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.search)
        box.addWidget(self.list, 1)
        box.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.counter, 1)
        row.addWidget(buttons)
        box.addLayout(row)
        self._count()
        self.search.setFocus()

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(
            int(item.data(ID_ROLE)) for item in self._items() if item.checkState() == Qt.CheckState.Checked
        )

    def visible_texts(self) -> list[str]:
        return [item.text() for item in self._items() if not item.isHidden()]

    def set_checked(self, slogan_id: int, checked: bool = True) -> None:
        for item in self._items():
            if item.data(ID_ROLE) == slogan_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [item for row in range(self.list.count()) if (item := self.list.item(row)) is not None]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first: QListWidgetItem | None = None
        for item, key in zip(self._items(), self._keys, strict=True):
            hidden = not all(word in key for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def _count(self) -> None:
        self.counter.setText(
            translate("SloganChooser", "Đã đánh dấu {n} khẩu hiệu").format(n=len(self.chosen_ids()))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the search box goes into the list; Space there ticks the current slogan.
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            current = self.list.currentItem()
            if current is None or current.isHidden():
                self._filter(self.search.text())
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)


class SloganPicker(QWidget):
    """The chosen slogans as a list (Delete removes one) and a button opening the chooser."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library: dict[int, SloganChoice] = {}
        self._order: list[int] = []
        self._chosen: tuple[int, ...] = ()
        self.chooser: SloganChooser | None = None
        self.chosen_list = _DeletableList(self)
        self.chosen_list.setObjectName("chosenSlogans")
        self.chosen_list.setWordWrap(True)
        self.chosen_list.setSpacing(2)
        self.chosen_list.setFixedHeight(CHOSEN_LIST_HEIGHT)
        self.chosen_list.remove_requested.connect(self.remove_selected)
        self.empty_label = styled_label(translate("SloganPicker", "Chưa chọn khẩu hiệu nào."), "muted")
        self.choose_button = QPushButton(translate("SloganPicker", "Chọn khẩu hiệu…"), self)
        self.choose_button.setObjectName("chooseSlogans")
        self.choose_button.setToolTip(translate("SloganPicker", "Chọn từ thư viện khẩu hiệu (F4)"))
        self.choose_button.clicked.connect(self.open_chooser)
        self.remove_button = QPushButton(translate("SloganPicker", "Bỏ khẩu hiệu đã chọn"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.chosen_list.itemSelectionChanged.connect(self._update)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.empty_label, 1)
        row.addStretch(0)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.chosen_list)
        box.addLayout(row)
        self._update()

    def set_library(self, library: Sequence[SloganChoice], also_known: Sequence[SloganChoice] = ()) -> None:
        """The slogans offered (favourites first); `also_known` are slogans not offered any more (hidden)
        that a record being edited still uses, so its list shows their text. Call again whenever the
        library changes (the page's DataChange.SLOGANS notice): the chosen slogans are kept."""
        offered = favourites_first(library)
        self._library = {choice.id: choice for choice in [*also_known, *offered]}
        self._order = [choice.id for choice in offered]
        self._show()

    def set_selected(self, ids: Sequence[int]) -> None:
        self._chosen = tuple(dict.fromkeys(ids))
        self._show()

    def selected_ids(self) -> tuple[int, ...]:
        return self._chosen

    def selected_texts(self) -> list[str]:
        return [self._library[i].text if i in self._library else "" for i in self._chosen]

    def open_chooser(self) -> SloganChooser:
        """Open the chooser (window-modal, not blocking: the form stays responsive and testable)."""
        library = [self._library[i] for i in self._order]
        self.chooser = SloganChooser(library, self._chosen, self)
        self.chooser.setWindowModality(Qt.WindowModality.WindowModal)
        self.chooser.accepted.connect(self._take_chooser)
        self.chooser.finished.connect(self.chooser.deleteLater)
        self.chooser.open()
        return self.chooser

    def remove_selected(self) -> None:
        gone = {int(item.data(ID_ROLE)) for item in self.chosen_list.selectedItems()}
        if gone:
            self.set_selected([i for i in self._chosen if i not in gone])
            self.changed.emit()

    def _take_chooser(self) -> None:
        if self.chooser is None:
            return
        ticked = self.chooser.chosen_ids()
        # Slogans already chosen keep their place; new ones follow in the library's order.
        kept = [i for i in self._chosen if i in ticked]
        self.set_selected([*kept, *(i for i in ticked if i not in kept)])
        self.changed.emit()
        self.choose_button.setFocus()

    def _show(self) -> None:
        self.chosen_list.clear()
        for slogan_id in self._chosen:
            choice = self._library.get(slogan_id)
            item = QListWidgetItem(
                _caption(choice)
                if choice
                else translate("SloganPicker", "(khẩu hiệu không còn trong thư viện)")
            )
            item.setData(ID_ROLE, slogan_id)
            self.chosen_list.addItem(item)
        self._update()

    def _update(self) -> None:
        self.empty_label.setVisible(not self._chosen)
        self.remove_button.setEnabled(bool(self.chosen_list.selectedItems()))
