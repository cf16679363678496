"""The Cài đặt page edits and saves the commune profile and adds villages (more in test_catalogue_editing)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.catalogues import CatalogueKind
from gender_equality_desk.core.profile import load_profile, village_names
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.pages.settings import CATALOGUES_TAB

from .keyboard import type_text
from .sample_data import PROFILE, VILLAGES


def _open_settings(qtbot: QtBot, window: MainWindow) -> None:
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(7))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.settings_page


def _replace_text(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(qtbot, editor, text)


def test_shows_the_saved_profile(qtbot: QtBot, window: MainWindow) -> None:
    _open_settings(qtbot, window)
    assert window.settings_page.form.value() == PROFILE


def test_edit_and_save_profile(qtbot: QtBot, window: MainWindow, filled_store: Store) -> None:
    _open_settings(qtbot, window)
    page = window.settings_page
    signer = page.form.editor("signer_name")
    commune = page.form.editor("commune_name")
    assert isinstance(signer, QLineEdit) and isinstance(commune, QLineEdit)
    _replace_text(qtbot, signer, "Nguyễn Văn Bình")
    _replace_text(qtbot, commune, "Xã Điện Bàn Đông")
    # A saved issuing body is the officer's own text: renaming the commune does not rewrite it.
    assert page.form.editor("issuing_body").text() == PROFILE.issuing_body
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    with filled_store.reading() as session:
        saved = load_profile(session)
    assert saved == replace(PROFILE, signer_name="Nguyễn Văn Bình", commune_name="Xã Điện Bàn Đông")
    assert window.statusBar().currentMessage() == "Đã lưu thông tin đơn vị."
    assert window.windowTitle() == "Gender Equality Desk — Xã Điện Bàn Đông"
    assert window.commune_label.text() == "Xã Điện Bàn Đông, Quảng Nam"


def test_an_empty_required_field_blocks_saving(qtbot: QtBot, window: MainWindow, filled_store: Store) -> None:
    _open_settings(qtbot, window)
    page = window.settings_page
    province = page.form.editor("province_name")
    assert isinstance(province, QLineEdit)
    _replace_text(qtbot, province, "")
    error = page.form.error_label("province_name")
    assert error.isVisible()
    assert error.text() == "Chưa nhập tên tỉnh/thành phố. Vui lòng nhập tên tỉnh/thành phố."
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.profile_message.isVisible()
    with filled_store.reading() as session:
        assert load_profile(session) == PROFILE

    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert province.text() == PROFILE.province_name
    assert not error.isVisible()


def test_add_several_villages_at_once(qtbot: QtBot, window: MainWindow, filled_store: Store) -> None:
    """A merged commune pastes its village list: comma-separated names, already known ones refused."""
    _open_settings(qtbot, window)
    page = window.settings_page
    page.tabs.setCurrentIndex(CATALOGUES_TAB)
    editor = page.catalogues.show_kind(CatalogueKind.VILLAGE)
    assert editor.model.rowCount() == len(VILLAGES)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, editor.form.name_input, "Thôn Thanh Chiêm, Tổ dân phố 3")
    qtbot.mouseClick(editor.form.save_button, Qt.MouseButton.LeftButton)

    expected = [*VILLAGES, "Thôn Thanh Chiêm", "Tổ dân phố 3"]
    with filled_store.reading() as session:
        assert village_names(session) == expected
    assert [editor.model.entry(row).label for row in range(editor.model.rowCount())] == expected
    assert window.statusBar().currentMessage() == "Đã thêm 2 thôn, bản."

    # One known name refuses the whole list: nothing is saved half-way.
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, editor.form.name_input, "Thôn Gò Nổi, thôn đông bàn")
    qtbot.keyClick(editor.form.name_input, Qt.Key.Key_Return)
    assert editor.message.text() == (
        "“Thôn Đông Bàn” đã có trong danh mục thôn, bản, tổ dân phố. Vui lòng nhập tên khác."
    )
    with filled_store.reading() as session:
        assert village_names(session) == expected
