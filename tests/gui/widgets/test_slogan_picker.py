"""Slogans used by an event: chosen in a chooser searched without diacritics, ticked with Space,
confirmed with Enter; removed from the chosen list with Delete."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.slogans import SloganChoice
from gender_equality_desk.gui.widgets.slogan_picker import SloganPicker

from ..keyboard import type_text

LIBRARY = [
    SloganChoice(1, "Bình đẳng giới là chìa khóa để xóa bỏ bạo lực", 2025, "Tháng hành động", True),
    SloganChoice(2, "Chấm dứt bạo lực đối với phụ nữ và trẻ em gái", 2025, "Phòng, chống bạo lực", False),
    SloganChoice(3, "Hãy lên tiếng phòng, chống bạo lực gia đình", 2024, "Gia đình", False),
]


@pytest.fixture
def picker(shown: Callable[[SloganPicker], SloganPicker]) -> SloganPicker:
    widget = shown(SloganPicker())
    widget.set_library(LIBRARY)
    return widget


def test_choose_two_slogans_by_keyboard(picker: SloganPicker, qtbot: QtBot) -> None:
    assert picker.empty_label.isVisible()
    chooser = picker.open_chooser()
    qtbot.waitExposed(chooser)
    type_text(qtbot, chooser.search, "bao luc")
    assert len(chooser.visible_texts()) == 3  # "bạo lực" is in all three
    chooser.search.clear()
    type_text(qtbot, chooser.search, "cham dut")
    assert chooser.visible_texts() == ["Chấm dứt bạo lực đối với phụ nữ và trẻ em gái  (2025)"]
    qtbot.keyClick(chooser.search, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Space)
    chooser.search.clear()
    type_text(qtbot, chooser.search, "len tieng")
    qtbot.keyClick(chooser.search, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.list, Qt.Key.Key_Space)
    assert chooser.counter.text() == "Đã đánh dấu 2 khẩu hiệu"
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert picker.selected_ids() == (2, 3)
    assert picker.selected_texts() == [LIBRARY[1].text, LIBRARY[2].text]
    assert not picker.empty_label.isVisible()


def test_favourites_are_starred_and_chosen_ones_are_ticked(picker: SloganPicker, qtbot: QtBot) -> None:
    picker.set_selected([3])
    chooser = picker.open_chooser()
    assert chooser.visible_texts()[0].startswith("★ Bình đẳng giới")
    assert chooser.chosen_ids() == (3,)
    chooser.set_checked(1)
    chooser.accept()
    assert picker.selected_ids() == (3, 1)  # already chosen first, then the new one


def test_cancel_keeps_the_choice(picker: SloganPicker, qtbot: QtBot) -> None:
    picker.set_selected([1])
    chooser = picker.open_chooser()
    chooser.set_checked(2)
    with qtbot.assertNotEmitted(picker.changed):
        qtbot.keyClick(chooser.search, Qt.Key.Key_Escape)
    assert picker.selected_ids() == (1,)


def test_delete_removes_a_chosen_slogan(picker: SloganPicker, qtbot: QtBot) -> None:
    picker.set_selected([1, 2])
    picker.chosen_list.setFocus()
    picker.chosen_list.setCurrentRow(0)
    assert picker.remove_button.isEnabled()
    with qtbot.waitSignal(picker.changed):
        qtbot.keyClick(picker.chosen_list, Qt.Key.Key_Delete)
    assert picker.selected_ids() == (2,)
    assert picker.chosen_list.count() == 1


def test_a_slogan_gone_from_the_library_says_so(picker: SloganPicker) -> None:
    picker.set_selected([99])
    assert picker.chosen_list.item(0).text() == "(khẩu hiệu không còn trong thư viện)"  # type: ignore[union-attr]
    QApplication.processEvents()


def test_favourites_come_first_and_a_new_library_keeps_the_chosen(picker: SloganPicker, qtbot: QtBot) -> None:
    unsorted = [LIBRARY[1], LIBRARY[2], LIBRARY[0]]  # the favourite (id 1) last
    picker.set_library(unsorted)
    chooser = picker.open_chooser()
    qtbot.waitExposed(chooser)
    assert chooser.visible_texts()[0].startswith("★ Bình đẳng giới")
    chooser.reject()
    picker.set_selected([3])
    # The library changed elsewhere (DataChange.SLOGANS): slogan 3 became a favourite.
    renamed = SloganChoice(3, "Hãy lên tiếng phòng, chống bạo lực gia đình", 2024, "Gia đình", True)
    picker.set_library([LIBRARY[0], LIBRARY[1], renamed])
    assert picker.selected_ids() == (3,)
    assert picker.chosen_list.item(0).text().startswith("★ Hãy lên tiếng")


def test_a_hidden_slogan_still_shows_its_text_on_the_record_using_it(picker: SloganPicker) -> None:
    picker.set_library(LIBRARY[:2], also_known=[LIBRARY[2]])
    picker.set_selected([3])
    assert picker.selected_texts() == ["Hãy lên tiếng phòng, chống bạo lực gia đình"]
    chooser = picker.open_chooser()
    assert len(chooser.visible_texts()) == 2  # not offered for new use
