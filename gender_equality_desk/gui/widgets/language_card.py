"""Cài đặt → Giao diện: choose Vietnamese or English screens for this data folder.

The choice is saved at once (core/ui_language.py) and used from the next start, when the translator is
installed before any window is built. Rebuilding every open widget in the new language would need each
page to re-run its own setup; a restart does that with no special code, so the card offers one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.ui_language import UiLanguage, read_ui_language, save_ui_language
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.translations import translation_available
from gender_equality_desk.gui.widgets.basics import card, styled_label

# Each language is named in itself, so an officer who switched by mistake can find the way back.
LANGUAGE_NAMES = {UiLanguage.VIETNAMESE: "Tiếng Việt", UiLanguage.ENGLISH: "English"}


class LanguageCard(QWidget):
    """The language picker; `restart_requested` asks the app to reopen its window in the saved language."""

    restart_requested = Signal()
    status_message = Signal(str)

    def __init__(
        self, data_root: Path, parent: QWidget | None = None, *, can_restart: Callable[[], bool] | None = None
    ) -> None:
        """`can_restart` says whether someone will act on restart_requested (default: it is connected)."""
        super().__init__(parent)
        self._data_root = data_root
        self._can_restart = can_restart or (lambda: listens(self, "restart_requested()"))
        self._started_with = read_ui_language(data_root)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card(self, name="languageCard")
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(styled_label(translate("LanguageCard", "Ngôn ngữ / Language"), "cardTitle"))
        box.addWidget(
            styled_label(
                translate(
                    "LanguageCard",
                    "Ngôn ngữ của các màn hình trên máy này. Kế hoạch, báo cáo và băng rôn luôn bằng "
                    "tiếng Việt; ngày (dd/mm/yyyy) và số (1.500.000) giữ cách viết Việt Nam.",
                ),
                "muted",
                wrap=True,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a short picker
        self.picker = QComboBox()
        self.picker.setObjectName("languagePicker")
        for language, name in LANGUAGE_NAMES.items():
            self.picker.addItem(name, language.value)
        self.picker.setCurrentIndex(self.picker.findData(self._started_with.value))
        self.picker.currentIndexChanged.connect(self._choose)
        form.addRow(translate("LanguageCard", "Ngôn ngữ giao diện"), self.picker)
        box.addLayout(form)
        self.note = styled_label("", "muted", wrap=True)
        self.note.setObjectName("languageNote")
        self.note.hide()
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        self.restart_button = QPushButton(translate("LanguageCard", "Khởi động lại ngay"))
        self.restart_button.setObjectName("restartNow")
        self.restart_button.setProperty("primary", True)
        self.restart_button.clicked.connect(self.restart_requested)
        self.restart_button.hide()
        row.addWidget(self.restart_button)
        box.addLayout(row)

    def chosen(self) -> UiLanguage:
        return UiLanguage(self.picker.currentData())

    def _choose(self) -> None:
        language = self.chosen()
        if not translation_available(language):
            # A checkout where installer/build_translations.py has not run: say so instead of a silent no-op.
            self.note.setText(
                translate(
                    "LanguageCard",
                    "Chưa có tệp bản dịch (resources/translations/app_en.qm). "
                    "Hãy chạy installer/build_translations.py rồi chọn lại.",
                )
            )
            self.note.show()
            self.picker.blockSignals(True)
            self.picker.setCurrentIndex(self.picker.findData(read_ui_language(self._data_root).value))
            self.picker.blockSignals(False)
            return
        try:
            save_ui_language(self._data_root, language)
        except OSError as error:
            self.note.setText(
                translate("LanguageCard", "Không lưu được lựa chọn ngôn ngữ: {error}").format(error=error)
            )
            self.note.show()
            return
        changed = language != self._started_with
        self.note.setText(
            translate("LanguageCard", "Ngôn ngữ mới sẽ được dùng sau khi khởi động lại ứng dụng.")
            if changed
            else ""
        )
        self.note.setVisible(changed)
        # Only offered when the app listens (a page built alone in a test has nobody to restart it).
        self.restart_button.setVisible(changed and self._can_restart())
        self.status_message.emit(translate("LanguageCard", "Đã lưu lựa chọn ngôn ngữ."))


def listens(owner: QObject, signature: str) -> bool:
    """Whether anything is connected to `owner`'s signal `signature` (e.g. "restart_requested()")."""
    meta = owner.metaObject()
    return owner.isSignalConnected(meta.method(meta.indexOfSignal(signature)))
