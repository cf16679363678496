"""The banner tab's "Chọn khẩu hiệu" card: the library (favourites first) searched without diacritics;
clicking a slogan emits its text for the banner."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.slogans import SloganChoice
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import card, styled_label

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class SloganList(QFrame):
    chosen = Signal(str)  # the slogan's text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame = card(self, "sloganLibraryCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._keys: list[str] = []
        box = QVBoxLayout(frame)
        box.addWidget(styled_label(translate("SloganList", "Chọn khẩu hiệu")))
        self.search = QLineEdit(frame)
        self.search.setObjectName("sloganSearch")
        self.search.setPlaceholderText(translate("SloganList", "Tìm khẩu hiệu (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.slogans = QListWidget(frame)
        self.slogans.setObjectName("sloganList")
        self.slogans.setWordWrap(True)
        self.slogans.setAlternatingRowColors(True)
        self.slogans.currentItemChanged.connect(self._take)
        self.hint = styled_label("", "muted", wrap=True)
        box.addWidget(self.search)
        box.addWidget(self.slogans, 1)
        box.addWidget(self.hint)

    def show_library(self, library: Sequence[SloganChoice]) -> None:
        self.slogans.blockSignals(True)
        self.slogans.clear()
        self._keys = []
        for choice in library:
            star = "★ " if choice.is_favourite else ""
            year = f"  ({choice.year})" if choice.year else ""
            item = QListWidgetItem(f"{star}{choice.text}{year}")
            item.setData(TEXT_ROLE, choice.text)
            item.setToolTip(choice.theme_group)
            self.slogans.addItem(item)
            self._keys.append(fold(choice.text))
        self.slogans.blockSignals(False)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        shown = 0
        for row, key in enumerate(self._keys):
            item = self.slogans.item(row)
            hidden = not all(word in key for word in words)
            item.setHidden(hidden)
            shown += not hidden
        self.hint.setText(
            translate("SloganList", "Không có khẩu hiệu nào khớp “{text}”.").format(text=text.strip())
            if not shown and self._keys
            else translate(
                "SloganList", "Bấm một khẩu hiệu để đưa vào băng rôn; có thể sửa lại nội dung bên phải."
            )
        )

    def visible_texts(self) -> list[str]:
        return [
            str(item.data(TEXT_ROLE))
            for row in range(self.slogans.count())
            if (item := self.slogans.item(row)) is not None and not item.isHidden()
        ]

    def _take(self, current: QListWidgetItem | None) -> None:
        if current is not None:
            self.chosen.emit(str(current.data(TEXT_ROLE)))
