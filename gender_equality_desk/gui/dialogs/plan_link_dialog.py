"""Link the recorded activities and propaganda events that carried out one planned activity.

The records of the planned activity's kind done in its time (core.plans.progress.link_proposals: activities
of its activity kind, or propaganda events of its propaganda kind) are offered first, each with one button
that links it and closes; the search below finds anything else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.plans.progress import LinkCandidate, RecordKind
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import styled_label

KEY_ROLE = Qt.ItemDataRole.UserRole
SHOWN_PROPOSALS = 5  # the closest in time; the search finds the rest


class PlanLinkDialog(QDialog):
    """Ticked records are the ones that carried the planned activity out; unticking removes a link."""

    def __init__(
        self,
        label: str,
        search: Callable[[str], list[LinkCandidate]],
        linked: set[tuple[str, int]],
        parent: QWidget | None = None,
        proposals: Sequence[LinkCandidate] = (),
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
        self.proposal_buttons: list[QPushButton] = []
        if proposals:
            box.addLayout(self._proposals(proposals[:SHOWN_PROPOSALS]))
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

    def _proposals(self, proposals: Sequence[LinkCandidate]) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 8)
        grid.setColumnStretch(0, 1)
        # A planned activity has one kind: its proposals are all activities, or all propaganda events.
        propaganda = proposals[0].kind is RecordKind.PROPAGANDA
        heading = (
            translate(
                "PlanLinkDialog",
                "Đề xuất: sự kiện tuyên truyền cùng loại trong thời gian của kế hoạch, chưa gắn",
            )
            if propaganda
            else translate(
                "PlanLinkDialog",
                "Đề xuất: hoạt động cùng loại đã thực hiện trong thời gian của kế hoạch, chưa gắn",
            )
        )
        accept = (
            translate("PlanLinkDialog", "Gắn sự kiện này")
            if propaganda
            else translate("PlanLinkDialog", "Gắn hoạt động này")
        )
        grid.addWidget(styled_label(heading, "section", wrap=True), 0, 0, 1, 2)
        for row, candidate in enumerate(proposals, start=1):
            text = QLabel(f"{format_date(candidate.day)} · {candidate.title}", self)
            text.setWordWrap(True)
            button = QPushButton(accept, self)
            button.setObjectName(f"acceptProposal{row}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, c=candidate: self._accept_proposal(c))
            grid.addWidget(text, row, 0)
            grid.addWidget(button, row, 1)
            self.proposal_buttons.append(button)
        return grid

    def _accept_proposal(self, candidate: LinkCandidate) -> None:
        """One click: this record carried the planned activity out (links ticked below are kept)."""
        self._ticked.add((candidate.kind.value, candidate.record_id))
        self.accept()

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
