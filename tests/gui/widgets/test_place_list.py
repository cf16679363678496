"""Several places for one propaganda event: typed and added with Enter, picked from the villages, removed
with Delete; the first village among them is what the list filters on."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gender_equality_desk.gui.widgets.place_list import PlaceList

from ..keyboard import type_text

# Typing a village name pops up the completer; the offscreen platform cannot raise or grab for a pop-up.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

VILLAGES = [(11, "Thôn Đông Bàn"), (12, "Thôn Trung Châu"), (13, "Bản Nà Hẩu")]


@pytest.fixture
def places(shown: Callable[[PlaceList], PlaceList]) -> PlaceList:
    widget = shown(PlaceList())
    widget.set_villages(VILLAGES)
    widget.input.setFocus()
    return widget


def test_enter_adds_what_was_typed_and_clears_the_box(places: PlaceList, qtbot: QtBot) -> None:
    type_text(qtbot, places.input, "Trường THCS Cao Lâu")
    qtbot.keyClick(places.input, Qt.Key.Key_Return)
    type_text(qtbot, places.input, "  Chợ   Cao Lâu ")
    qtbot.keyClick(places.input, Qt.Key.Key_Return)
    assert places.places() == ("Trường THCS Cao Lâu", "Chợ Cao Lâu")
    assert places.input.text() == ""
    assert places.village_id() is None


def test_the_same_place_twice_is_kept_once(places: PlaceList, qtbot: QtBot) -> None:
    assert places.add_place("Thôn Đông Bàn")
    type_text(qtbot, places.input, "thôn đông bàn")
    qtbot.keyClick(places.input, Qt.Key.Key_Return)
    assert places.places() == ("Thôn Đông Bàn",)


def test_enter_on_an_empty_box_is_left_to_the_form(places: PlaceList, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(places.changed):
        qtbot.keyClick(places.input, Qt.Key.Key_Return)
    assert places.places() == ()


def test_village_menu_adds_a_village_and_sets_the_village(places: PlaceList) -> None:
    menu = places.village_button.menu()
    assert [action.text() for action in menu.actions()] == [name for _id, name in VILLAGES]
    places.add_place("Trụ sở UBND xã")
    menu.actions()[2].trigger()
    assert places.places() == ("Trụ sở UBND xã", "Bản Nà Hẩu")
    assert places.village_id() == 13


def test_delete_removes_the_selected_chips(places: PlaceList, qtbot: QtBot) -> None:
    places.set_places(["Thôn Đông Bàn", "Chợ Cao Lâu", "Thôn Trung Châu"])
    assert places.village_id() == 11
    assert not places.remove_button.isEnabled()
    places.chips.setFocus()
    places.chips.setCurrentRow(0)
    assert places.remove_button.isEnabled()
    with qtbot.waitSignal(places.changed):
        qtbot.keyClick(places.chips, Qt.Key.Key_Delete)
    assert places.places() == ("Chợ Cao Lâu", "Thôn Trung Châu")
    assert places.village_id() == 12


def test_typed_but_not_added_text_is_reported(places: PlaceList, qtbot: QtBot) -> None:
    type_text(qtbot, places.input, "Nhà văn hóa  thôn")
    assert places.pending_text() == "Nhà văn hóa thôn"
    assert places.places() == ()


def test_no_villages_disables_the_menu(places: PlaceList) -> None:
    places.set_villages([])
    assert not places.village_button.isEnabled()
