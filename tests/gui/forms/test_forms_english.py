"""The record forms, the propaganda list and the deadline list in English: what the officer reads comes
from the .ts files of their modules (built into a .qm the way the installer does), and no label or button
of these modules is left in Vietnamese. Catalogue names and core messages are data and are not looked at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.ui_language import UiLanguage
from gender_equality_desk.gui.forms.activity_form import ActivityForm
from gender_equality_desk.gui.forms.propaganda_form import PropagandaForm
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.propaganda import PropagandaPage
from gender_equality_desk.gui.translations import install_ui_language, uninstall_translations
from gender_equality_desk.gui.widgets.deadline_list import days_text

from ..conftest import TODAY

VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)
# The modules this test speaks for; a widget of another module inside a form (the slogan picker) is
# checked by that module's own tests.
CHECKED_MODULES = (
    "gui.forms.",
    "gui.pages.propaganda",
    "gui.widgets.attachment_list",
    "gui.widgets.place_list",
)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form that was typed into asks first; the tests answer "Discard"."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


def _module_of(widget: QWidget) -> str:
    current: QWidget | None = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("gender_equality_desk."):
            return module
        current = current.parentWidget()
    return ""


def vietnamese_labels_and_buttons(root: QWidget) -> list[str]:
    """Visible label and button texts and tooltips of the checked modules that are still Vietnamese."""
    left = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not any(part in _module_of(widget) for part in CHECKED_MODULES):
            continue
        if not isinstance(widget, QLabel | QAbstractButton):
            continue  # combo boxes list catalogue names and campaigns: data
        texts = [widget.text(), widget.toolTip()]
        left += [
            f"{type(widget).__name__} {widget.objectName()}: {text}"
            for text in texts
            if VIETNAMESE.search(text)
        ]
    return left


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_activity_form_in_english(
    english: QApplication, qtbot: QtBot, filled_store: Store, layout: DataLayout
) -> None:
    form = ActivityForm(filled_store, layout, lambda: TODAY)
    show(qtbot, form)
    assert form.windowTitle() == "Add activity"
    assert (form.save_button.text(), form.cancel_button.text()) == ("Save (Enter)", "Cancel (Esc)")
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert {
        "Activity kind *",
        "Activity name *",
        "Village",
        "Participants",
        "Budget (VND)",
        "Women",
    } <= labels
    assert vietnamese_labels_and_buttons(form) == []

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # nothing typed: the form refuses
    assert form.message.text() == "Not saved: please correct the fields marked in red."
    form.done(0)


def test_the_propaganda_form_in_english(
    english: QApplication, qtbot: QtBot, filled_store: Store, layout: DataLayout
) -> None:
    form = PropagandaForm(filled_store, layout, lambda: TODAY)
    show(qtbot, form)
    assert form.windowTitle() == "Add propaganda event"
    labels = {label.text() for label in form.findChildren(QLabel)}
    assert {"Type *", "Content *", "Quantity *", "People reached", "Places", "Slogans used"} <= labels
    assert vietnamese_labels_and_buttons(form) == []
    form.done(0)


def test_the_propaganda_list_in_english(
    english: QApplication, qtbot: QtBot, filled_store: Store, layout: DataLayout
) -> None:
    page = PropagandaPage(PageServices(filled_store, layout, lambda: TODAY))
    show(qtbot, page)
    page.activated()
    model = page.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())]
    assert headers == ["Date", "Content", "Type", "Places", "Quantity", "Minutes", "People reached"]
    assert page.count_label.text() == "Events: 6"
    assert page.title() == "Propaganda"
    assert vietnamese_labels_and_buttons(page) == []


def test_days_left_in_english_and_vietnamese(qapp: QApplication, english_folder: Path) -> None:
    vietnamese = [days_text(days) for days in (-2, 0, 5)]
    assert vietnamese == ["quá hạn 2 ngày", "hôm nay", "còn 5 ngày"]
    assert install_ui_language(qapp, UiLanguage.ENGLISH, english_folder)
    try:
        assert [days_text(days) for days in (-2, 0, 5)] == ["2 d overdue", "today", "5 d left"]
    finally:
        uninstall_translations(qapp)


def test_without_the_translation_the_forms_stay_vietnamese(
    qtbot: QtBot, filled_store: Store, layout: DataLayout
) -> None:
    """The check above can fail: the same walk finds the Vietnamese source texts."""
    form = ActivityForm(filled_store, layout, lambda: TODAY)
    show(qtbot, form)
    assert form.windowTitle() == "Thêm hoạt động"
    assert any("Loại hoạt động *" in text for text in vietnamese_labels_and_buttons(form))
    form.done(0)
