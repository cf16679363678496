"""Thư viện khẩu hiệu tab: search, add and edit through the dialog (errors in Vietnamese, nothing lost),
favourites first, hide and bring back; every change tells the other pages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.slogans import list_slogans
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.banners import BannersPage
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.widgets.slogan_library import STAR_COLUMN, TEXT_COLUMN, SloganLibrary

from ..conftest import TODAY
from ..keyboard import type_text

NEW = "Nói không với bạo lực gia đình"


@pytest.fixture
def page(shown: Callable[[BannersPage], BannersPage], filled_store: Store, layout: DataLayout) -> BannersPage:
    widget = BannersPage(PageServices(filled_store, layout, today=lambda: TODAY))
    widget.resize(1366, 768)
    shown(widget)
    widget.tabs.setCurrentIndex(1)
    return widget


def click_row(library: SloganLibrary, qtbot: QtBot, text: str) -> None:
    table = library.table
    for row in range(table.rowCount()):
        item = table.item(row, TEXT_COLUMN)
        if item.text().startswith(text) and not table.isRowHidden(row):
            rect = table.visualItemRect(item)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{text!r} not shown")


def stored_texts(store: Store, *, include_hidden: bool = False) -> list[str]:
    with store.reading() as session:
        return [c.text for c in list_slogans(session, TODAY.year, include_hidden=include_hidden)]


def test_library_tab_lists_the_seeded_slogans_and_searches_without_diacritics(
    page: BannersPage, qtbot: QtBot, filled_store: Store
) -> None:
    library = page.library
    assert page.tabs.tabText(1) == "Thư viện khẩu hiệu"
    assert library.visible_texts() == stored_texts(filled_store)
    type_text(qtbot, library.search, "ky nguyen so")
    assert library.visible_texts() == [
        "Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số"
    ]
    library.search.clear()
    type_text(qtbot, library.search, "4893")  # the source is searched too
    assert len(library.visible_texts()) == 9


def test_add_refuses_a_duplicate_then_saves_and_tells_the_other_pages(
    page: BannersPage, qtbot: QtBot, filled_store: Store
) -> None:
    notices: list[str] = []
    page.data_changed.connect(notices.append)
    dialog = page.library.open_add()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.text_edit, "chấm dứt bạo lực, vun đắp yêu thương")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: the dialog stays with what was typed
    assert "đã có trong thư viện" in dialog.message.text()
    assert dialog.text_edit.toPlainText() == "chấm dứt bạo lực, vun đắp yêu thương"
    assert notices == []

    dialog.text_edit.clear()
    type_text(qtbot, dialog.text_edit, NEW)
    type_text(qtbot, dialog.source, "Tự soạn")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert NEW in stored_texts(filled_store)
    assert NEW in page.library.visible_texts()
    assert NEW in page.visible_slogans()  # the banner tab's list follows at once
    assert notices == [DataChange.SLOGANS.value]
    assert page.library.selected() is not None and page.library.selected().text == NEW  # type: ignore[union-attr]


def test_year_out_of_range_cannot_be_typed_and_empty_text_is_refused(page: BannersPage, qtbot: QtBot) -> None:
    dialog = page.library.open_add()
    qtbot.waitExposed(dialog)
    dialog.year.clear()
    qtbot.keyClicks(dialog.year, "2030")
    assert dialog.year.value() <= TODAY.year + 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Chưa nhập nội dung khẩu hiệu" in dialog.message.text()


def test_favourite_goes_first_in_the_library_and_the_banner_list(
    page: BannersPage, qtbot: QtBot, filled_store: Store
) -> None:
    old = "Chấm dứt bạo lực, vun đắp yêu thương"
    library = page.library
    click_row(library, qtbot, old)
    assert library.favourite_button.text() == "★ Đánh dấu hay dùng"
    qtbot.mouseClick(library.favourite_button, Qt.MouseButton.LeftButton)
    assert library.visible_texts()[0] == old
    assert library.table.item(0, STAR_COLUMN).text() == "★"
    assert page.visible_slogans()[0] == old
    assert stored_texts(filled_store)[0] == old
    assert library.favourite_button.text() == "Bỏ hay dùng"


def test_hide_takes_a_slogan_out_of_the_pickers_and_it_can_come_back(
    page: BannersPage, qtbot: QtBot, filled_store: Store
) -> None:
    text = "Hãy hành động, đó có thể là người thân của bạn"
    library = page.library
    click_row(library, qtbot, text)
    qtbot.mouseClick(library.hide_button, Qt.MouseButton.LeftButton)
    assert text not in library.visible_texts()
    assert text not in page.visible_slogans()
    assert text in stored_texts(filled_store, include_hidden=True)
    assert "các hoạt động đã dùng vẫn giữ nguyên" in library.status.text()

    library.show_hidden.setChecked(True)
    assert text in library.visible_texts()
    click_row(library, qtbot, text)
    assert not library.favourite_button.isEnabled()
    assert library.hide_button.text() == "Hiện lại"
    qtbot.mouseClick(library.hide_button, Qt.MouseButton.LeftButton)
    assert text in page.visible_slogans()


def test_edit_through_double_click_keeps_the_other_fields(
    page: BannersPage, qtbot: QtBot, filled_store: Store
) -> None:
    text = "Nam, nữ bình quyền, xã hội phát triển"
    library = page.library
    click_row(library, qtbot, text)
    dialog = library.open_edit()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.source.text() == "CV 4893/BLĐTBXH-VBĐG năm 2024, Phụ lục II"
    assert dialog.year.value() == 2024
    dialog.text_edit.clear()
    type_text(qtbot, dialog.text_edit, "Nam, nữ bình quyền, xã hội phát triển bền vững")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with filled_store.reading() as session:
        edited = [c for c in list_slogans(session, TODAY.year) if c.text.endswith("bền vững")]
    assert [(c.year, c.source) for c in edited] == [(2024, "CV 4893/BLĐTBXH-VBĐG năm 2024, Phụ lục II")]
