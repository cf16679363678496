"""Link the recorded activities and propaganda events that carried out one planned activity."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.plans.progress import LinkCandidate
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import styled_label

KEY_ROLE = Qt.ItemDataRole.UserRole


class PlanLinkDialog(QDialog):
    """Ticked records are the ones that carried the planned activity out; unticking removes a link."""

    def __init__(
        self,
        label: str,
        search: Callable[[str], list[LinkCandidate]],
        linked: set[tuple[str, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planLinkDialog")
        self.setWindowTitle(translate("PlanLinkDialog", "Gắn hoạt động đã thực hiện"))
        self.resize(720, 520)
        self._search = search
        self._ticked = set(linked)
        box = QVBoxLayout(self)
        box.addWidget(
            styled_label(
                translate("PlanLinkDialog", "Hoạt động trong kế hoạch: {label}").format(label=label),
                wrap=True,
            )
        )
        self.filter = QLineEdit()
        self.filter.setObjectName("linkFilter")
        self.filter.setPlaceholderText(
            translate("PlanLinkDialog", "Tìm theo tên, địa điểm (gõ không dấu cũng được)")
        )
        box.addWidget(self.filter)
        self.items = QListWidget()
        self.items.setObjectName("linkCandidates")
        box.addWidget(self.items, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PlanLinkDialog", "Đồng ý"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PlanLinkDialog", "Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.filter.textChanged.connect(self._fill)
        self.items.itemChanged.connect(self._toggled)
        self._fill("")

    def _fill(self, text: str) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for candidate in self._search(text):
            key = (candidate.kind.value, candidate.record_id)
            item = QListWidgetItem(
                f"{format_date(candidate.day)} · {translated_label(candidate.kind)} · {candidate.title}"
            )
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in self._ticked else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)

    def _toggled(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if item.checkState() is Qt.CheckState.Checked:
            self._ticked.add(key)
        else:
            self._ticked.discard(key)

    def ticked(self) -> set[tuple[str, int]]:
        return set(self._ticked)
