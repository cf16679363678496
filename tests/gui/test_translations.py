"""Qt's standard dialogs speak Vietnamese once the app installs its translations."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWizard, QWizardPage

from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.gui.translations import QT_TRANSLATION_FILE, install_translations

ROOT = Path(__file__).resolve().parents[2]
TS_PATH = resources_dir() / "translations" / "qtbase_vi.ts"


def _remove_installed(app: QApplication) -> None:
    for translator in app.findChildren(QTranslator, QT_TRANSLATION_FILE):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[QApplication]:
    """The translation installed for one test, then removed so other tests see Qt as they expect."""
    install_translations(qapp)
    yield qapp
    _remove_installed(qapp)


def test_message_box_standard_buttons_are_vietnamese(translated: QApplication) -> None:
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "Xóa", "Xóa hoạt động này?")
    box.setStandardButtons(buttons.Yes | buttons.No | buttons.Cancel | buttons.Ok | buttons.Save)
    texts = {button: box.button(button).text() for button in (buttons.Yes, buttons.No, buttons.Cancel)}
    assert texts == {buttons.Yes: "&Có", buttons.No: "&Không", buttons.Cancel: "Hủy"}
    assert box.button(buttons.Ok).text() == "Đồng ý"
    assert box.button(buttons.Save).text() == "Lưu"


def test_wizard_buttons_and_context_menu_are_vietnamese(translated: QApplication) -> None:
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Tiếp >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Quay lại"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    line_edit = QLineEdit()
    menu = line_edit.createStandardContextMenu()
    labels = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert labels[:3] == ["&Hoàn tác", "&Làm lại", "&Cắt"]


def test_without_translation_qt_is_english(qapp: QApplication) -> None:
    """The assertions above can fail: without the translator the same buttons are English."""
    _remove_installed(qapp)  # an earlier test may have started the app, which installs it
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_installing_twice_installs_one_translator(translated: QApplication) -> None:
    install_translations(translated)
    assert len(translated.findChildren(QTranslator, QT_TRANSLATION_FILE)) == 1


def test_compiled_qm_matches_every_translation_in_ts(translated: QApplication) -> None:
    """Catches a .ts edited without rebuilding the .qm (run installer/qt_translation.py)."""
    root = ElementTree.parse(TS_PATH).getroot()
    checked = 0
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") != "unfinished", (
                f"untranslated in {TS_PATH.name}: {name}: {message.findtext('source')!r}"
            )
            source, comment = message.findtext("source", ""), message.findtext("comment")
            assert QCoreApplication.translate(name, source, comment) == translation.text, (name, source)
            checked += 1
    assert checked > 150


@pytest.mark.slow
def test_every_string_the_standard_dialogs_request_is_translated() -> None:
    """A newer Qt may ask for new strings: the tool opens each standard dialog and lists untranslated ones."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "qt_translation.py"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", 0 untranslated" in result.stdout
