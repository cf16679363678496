"""The Action Month report's parts written in words: pre-filled from the figures, edited by the officer."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.domain.text import nfc
from gender_equality_desk.core.reports.action_month import Narrative
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.pasting import PastedTextEdit

EDIT_PAUSE_MS = 600  # refresh the preview once the officer pauses typing, not on every key


class NarrativeEditor(QWidget):
    changed = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(
            styled_label(
                translate(
                    "NarrativeEditor",
                    "Phần lời văn đã được gợi ý từ số liệu; sửa lại cho đúng thực tế của xã.",
                ),
                "muted",
                wrap=True,
            )
        )
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(EDIT_PAUSE_MS)
        self._pause.timeout.connect(self.changed)
        self.fields: dict[str, QPlainTextEdit] = {}
        sections = (
            ("basis", translate("NarrativeEditor", "Căn cứ (đoạn mở đầu)")),
            ("direction", translate("NarrativeEditor", "Công tác chỉ đạo, triển khai")),
            ("limitations", translate("NarrativeEditor", "Tồn tại, hạn chế và nguyên nhân")),
            ("proposals", translate("NarrativeEditor", "Đề xuất, kiến nghị")),
        )
        for name, label in sections:
            caption = QLabel(label)
            field = PastedTextEdit()  # a PDF's wrapped lines pasted here are joined again
            field.setObjectName(f"narrative_{name}")
            field.setTabChangesFocus(True)
            field.setMinimumHeight(56)
            field.setMaximumHeight(120)
            field.textChanged.connect(self._pause.start)
            caption.setBuddy(field)
            box.addWidget(caption)
            box.addWidget(field, 1)
            self.fields[name] = field
        self.reset_button = QPushButton(translate("NarrativeEditor", "Lấy lại lời văn gợi ý"))
        self.reset_button.setObjectName("narrativeReset")
        self.reset_button.clicked.connect(self.reset_requested)
        box.addWidget(self.reset_button)

    def narrative(self) -> Narrative:
        # Composed here because Narrative itself does not compose (yet): it is printed, never stored.
        return Narrative(**{name: nfc(field.toPlainText().strip()) for name, field in self.fields.items()})

    def set_narrative(self, narrative: Narrative) -> None:
        for name, field in self.fields.items():
            field.blockSignals(True)
            field.setPlainText(getattr(narrative, name))
            field.blockSignals(False)
        self._pause.stop()

    def flush(self) -> None:
        """Apply a pending edit now (before export, so the file has what the officer just typed)."""
        if self._pause.isActive():
            self._pause.stop()
            self.changed.emit()
