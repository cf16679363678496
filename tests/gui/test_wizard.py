"""The first-run wizard, driven as an officer would: typing into fields and clicking its buttons."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import (
    ProfileInput,
    load_profile,
    suggest_receiving_authority,
    village_names,
)
from gender_equality_desk.core.setup import set_up_commune, suggested_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.wizard import FirstRunWizard

from .keyboard import type_text


@pytest.fixture
def wizard(
    shown: Callable[[FirstRunWizard], FirstRunWizard], store: Store, layout: DataLayout
) -> FirstRunWizard:
    return shown(FirstRunWizard(store, layout))


def _click(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _clear(qtbot: QtBot, editor: QLineEdit) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)


def test_walk_through_saves_profile_and_villages(
    qtbot: QtBot, wizard: FirstRunWizard, store: Store, layout: DataLayout
) -> None:
    assert wizard.currentPage() is wizard.welcome_page
    folder = wizard.welcome_page.findChild(QLabel, "dataFolder")
    assert folder is not None and folder.isVisible()
    assert folder.text() == str(layout.root)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.profile_page
    form = wizard.profile_page.form
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()

    type_text(qtbot, form.editor("commune_name"), "Xã Cao Lâu")
    type_text(qtbot, form.editor("province_name"), "Quảng Nam")
    # Suggestions follow the names the officer types.
    assert form.editor("place_name").text() == "Cao Lâu"
    assert form.editor("issuing_body").text() == "ỦY BAN NHÂN DÂN XÃ CAO LÂU"
    assert form.editor("receiving_authority").text() == "Sở Nội vụ tỉnh Quảng Nam"

    signer = form.editor("signer_name")
    assert isinstance(signer, QLineEdit)
    type_text(qtbot, signer, "Trần Thị Thu Hằng")
    assert next_button.isEnabled()
    _clear(qtbot, signer)
    error = form.error_label("signer_name")
    assert error.isVisible()
    assert error.text() == "Chưa nhập họ tên người ký. Vui lòng nhập họ tên người ký."
    assert not next_button.isEnabled()
    # Untouched optional fields show nothing.
    assert not form.error_label("officer_name").isVisible()

    type_text(qtbot, signer, "Trần Thị Thu Hằng")
    type_text(qtbot, form.editor("officer_name"), "Lê Văn Dũng")
    assert not error.isVisible()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.villages_page
    villages = wizard.villages_page.editor
    for line in ("Thôn Đông Bàn", "Bản Nà Hẩu", "thôn đông bàn"):  # the repeat is dropped
        type_text(qtbot, villages, line)
        qtbot.keyClick(villages, Qt.Key.Key_Return)
    assert wizard.villages_page.count.text() == "Đã nhận 2 thôn, bản."
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.summary_page
    shown = [label.text() for label in wizard.summary_page.findChildren(QLabel, "summaryValue")]
    assert "Trần Thị Thu Hằng — PHÓ CHỦ TỊCH" in shown
    assert "Thôn Đông Bàn, Bản Nà Hẩu" in shown
    with store.reading() as session:
        assert load_profile(session) is None  # nothing is written before Finish
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    with store.reading() as session:
        assert load_profile(session) == ProfileInput(
            commune_name="Xã Cao Lâu",
            province_name="Quảng Nam",
            place_name="Cao Lâu",
            issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
            receiving_authority="Sở Nội vụ tỉnh Quảng Nam",
            signer_name="Trần Thị Thu Hằng",
            officer_name="Lê Văn Dũng",
        )
        assert village_names(session) == ["Thôn Đông Bàn", "Bản Nà Hẩu"]


def test_villages_may_be_left_empty(
    qtbot: QtBot, wizard: FirstRunWizard, store: Store, layout: DataLayout
) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    form = wizard.profile_page.form
    for name, text in (
        ("commune_name", "Phường Hội An"),
        ("province_name", "Đà Nẵng"),
        ("signer_name", "An"),
    ):
        type_text(qtbot, form.editor(name), text)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    with store.reading() as session:
        profile = load_profile(session)
        assert village_names(session) == []
    assert profile is not None
    assert profile.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN"
    assert profile.receiving_authority == "Sở Nội vụ thành phố Đà Nẵng"


def test_a_suggestion_never_overwrites_what_the_officer_typed(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    form = wizard.profile_page.form
    type_text(qtbot, form.editor("issuing_body"), "UBND XÃ CAO LÂU")
    type_text(qtbot, form.editor("commune_name"), "Xã Cao Lâu")
    assert form.editor("issuing_body").text() == "UBND XÃ CAO LÂU"
    assert form.editor("place_name").text() == "Cao Lâu"


def test_cancel_creates_nothing(
    qtbot: QtBot, wizard: FirstRunWizard, store: Store, layout: DataLayout
) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(qtbot, wizard.profile_page.form.editor("commune_name"), "Xã Cao Lâu")
    _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    with store.reading() as session:
        assert load_profile(session) is None
        assert village_names(session) == []


def test_receiving_authority_suggestion() -> None:
    assert suggest_receiving_authority("Quảng Nam") == "Sở Nội vụ tỉnh Quảng Nam"
    assert suggest_receiving_authority("tỉnh  Lào Cai") == "Sở Nội vụ tỉnh Lào Cai"
    assert suggest_receiving_authority("Hà Nội") == "Sở Nội vụ thành phố Hà Nội"
    assert suggest_receiving_authority("Thành phố Huế") == "Sở Nội vụ thành phố Huế"
    assert suggest_receiving_authority("  ") == ""


def test_a_commune_set_up_meanwhile_is_not_overwritten(
    qtbot: QtBot, wizard: FirstRunWizard, store: Store
) -> None:
    """The wizard saves through the same operation as `setup`: a profile saved meanwhile (by the command
    line) is kept, and the officer is told why Finish did not save."""
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    form = wizard.profile_page.form
    for name, text in (("commune_name", "Xã Cao Lâu"), ("province_name", "Quảng Nam"), ("signer_name", "An")):
        type_text(qtbot, form.editor(name), text)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(qtbot, wizard.villages_page.editor, "Thôn Đông Bàn")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Tân Lập", "Lào Cai", "Hà Văn Bình"), ["Bản Mường"])

    seen: list[str] = []

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, close_warning)
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [
        "Máy này đã khai báo Xã Tân Lập, Lào Cai: thông tin xã không bị ghi đè. "
        "Hãy sửa thông tin xã ở trang Cài đặt."
    ]
    assert wizard.isVisible() and wizard.currentPage() is wizard.summary_page
    with store.reading() as session:
        profile = load_profile(session)
        assert profile is not None and profile.commune_name == "Xã Tân Lập"
        assert village_names(session) == ["Bản Mường"]  # the wizard's village was not added either
