"""The activity form proposes Nam = Tổng − Nữ visibly ("Điền Nam = 15") and never fills it silently: a
blank Nam is saved blank (chưa rõ giới tính) unless the officer clicks the proposal."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activities import load_activity
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.forms.activity_form import ActivityForm

from ..conftest import TODAY
from ..keyboard import type_text

Show = Callable[[ActivityForm], ActivityForm]


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def form(shown: Show, filled_store: Store, layout: DataLayout, qtbot: QtBot) -> ActivityForm:
    form = shown(ActivityForm(filled_store, layout, lambda: TODAY))
    form.activateWindow()
    fields = form.fields
    qtbot.keyClick(fields.kind, Qt.Key.Key_Down)
    type_text(qtbot, fields.title, "Lễ phát động Tháng hành động")
    return form


def _type(qtbot: QtBot, form: ActivityForm, total: str, female: str) -> None:
    for widget, text in ((form.fields.total, total), (form.fields.female, female)):
        widget.setFocus()
        type_text(qtbot, widget, text)


def _save(qtbot: QtBot, form: ActivityForm, store: Store) -> tuple[int, int | None, int | None]:
    """Save with "Lưu" pressed twice if a warning (Nữ + Nam < Tổng) asks; (total, nữ, nam) as stored."""
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.fields.title, Qt.Key.Key_Return)
        if form.isVisible():
            qtbot.keyClick(form.fields.title, Qt.Key.Key_Return)
    with store.reading() as session:
        data = load_activity(session, saved.args[0])
    return data.participants_total, data.participants_female, data.participants_male


def test_the_proposal_is_shown_and_a_blank_nam_is_saved_blank(
    qtbot: QtBot, form: ActivityForm, filled_store: Store
) -> None:
    button = form.fields.fill_male
    assert not button.isEnabled()  # nothing typed: nothing to propose
    _type(qtbot, form, "40", "25")

    assert button.isEnabled() and button.text() == "Điền Nam = 15"
    assert form.fields.male.text() == ""  # proposed, not filled
    assert _save(qtbot, form, filled_store) == (40, 25, None)


def test_one_click_accepts_the_proposal(qtbot: QtBot, form: ActivityForm, filled_store: Store) -> None:
    _type(qtbot, form, "40", "25")
    qtbot.mouseClick(form.fields.fill_male, Qt.MouseButton.LeftButton)

    assert form.fields.male.text() == "15"
    assert not form.fields.fill_male.isEnabled()  # Nam is filled: nothing left to propose
    assert _save(qtbot, form, filled_store) == (40, 25, 15)


def test_no_proposal_when_nu_exceeds_the_total_or_nam_is_typed(qtbot: QtBot, form: ActivityForm) -> None:
    _type(qtbot, form, "20", "25")
    assert not form.fields.fill_male.isEnabled()
    qtbot.keyClick(form.fields.female, Qt.Key.Key_Backspace)  # 2
    assert form.fields.fill_male.text() == "Điền Nam = 18"
    form.fields.male.setFocus()
    type_text(qtbot, form.fields.male, "10")
    assert not form.fields.fill_male.isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # Ctrl+M changes nothing typed
    assert form.fields.male.text() == "10"
