"""Cài đặt → Danh mục: the officer edits the four catalogues by mouse and keyboard; what the table shows
and what the store holds must agree, and a refused name saves nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gender_equality_desk.core import catalogues
from gender_equality_desk.core.catalogues import CatalogueKind
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import PropagandaEvent
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.pages.settings import CATALOGUES_TAB
from gender_equality_desk.gui.widgets.catalogue_editor import CatalogueEditor
from gender_equality_desk.gui.widgets.catalogue_model import NAME, STATE, USAGE

from .keyboard import type_text
from .sample_data import VILLAGES

CTRL = Qt.KeyboardModifier.ControlModifier


def open_catalogue(qtbot: QtBot, window: MainWindow, kind: CatalogueKind) -> CatalogueEditor:
    """Click Cài đặt, the Danh mục tab, then the catalogue in the list on the left."""
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(7))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.settings_page
    tab_bar = page.tabs.tabBar()
    assert tab_bar.tabText(CATALOGUES_TAB) == "Danh mục"
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(CATALOGUES_TAB).center())
    kinds = page.catalogues.kinds
    item = kinds.item(list(CatalogueKind).index(kind))
    assert item.text() == kind.label
    qtbot.mouseClick(kinds.viewport(), Qt.MouseButton.LeftButton, pos=kinds.visualItemRect(item).center())
    editor = page.catalogues.current_editor()
    assert editor.kind is kind and editor.isVisible()
    return editor


def shown_rows(editor: CatalogueEditor) -> list[tuple[str, str, str]]:
    model = editor.model
    return [
        (model.index(row, NAME).data(), model.index(row, STATE).data(), model.index(row, USAGE).data())
        for row in range(model.rowCount())
    ]


def stored(store: Store, kind: CatalogueKind) -> list[tuple[str, bool]]:
    with store.reading() as session:
        return [(entry.label, entry.is_active) for entry in catalogues.list_entries(session, kind)]


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_row(qtbot: QtBot, editor: CatalogueEditor, label: str) -> None:
    row = next(row for row, shown in enumerate(shown_rows(editor)) if shown[0] == label)
    rect = editor.table.visualRect(editor.model.index(row, NAME))
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_label(editor) == label


def current_label(editor: CatalogueEditor) -> str | None:
    current = editor.current_entry()
    return current.label if current else None


def focus_table(qtbot: QtBot, window: MainWindow, editor: CatalogueEditor) -> None:
    """Shortcuts need an active window and the focus inside the editor, as on the officer's PC."""
    window.activateWindow()
    qtbot.waitActive(window)
    editor.table.setFocus()


def test_add_a_village_by_typing(qtbot: QtBot, window: MainWindow, filled_store: Store) -> None:
    editor = open_catalogue(qtbot, window, CatalogueKind.VILLAGE)
    assert [row[0] for row in shown_rows(editor)] == VILLAGES
    focus_table(qtbot, window, editor)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    form = editor.form
    assert form.isVisible() and form.name_input.hasFocus()
    assert form.caption.text() == "Thêm thôn, bản mới"
    type_text(qtbot, form.name_input, "Thôn Khòn Pát")
    qtbot.keyClick(form.name_input, Qt.Key.Key_Return)

    assert not form.isVisible()
    assert shown_rows(editor)[-1] == ("Thôn Khòn Pát", "Đang dùng", "0")
    assert current_label(editor) == "Thôn Khòn Pát"
    assert stored(filled_store, CatalogueKind.VILLAGE)[-1] == ("Thôn Khòn Pát", True)
    assert window.statusBar().currentMessage() == "Đã thêm “Thôn Khòn Pát”."


def test_rename_an_activity_kind_with_f2(qtbot: QtBot, window: MainWindow, filled_store: Store) -> None:
    editor = open_catalogue(qtbot, window, CatalogueKind.ACTIVITY_KIND)
    select_row(qtbot, editor, "Tập huấn")
    current = editor.current_entry()
    assert current is not None
    used = current.usage_count
    assert used > 0
    focus_table(qtbot, window, editor)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    form = editor.form
    assert form.name_input.text() == "Tập huấn"
    assert form.hint.text() == f"Tên mới cũng hiện ở {used} bản ghi đang dùng mục này."
    qtbot.keyClick(form.name_input, Qt.Key.Key_End)
    type_text(qtbot, form.name_input, " cộng tác viên")
    click(qtbot, form.save_button)

    assert "Tập huấn" not in [row[0] for row in shown_rows(editor)]
    assert ("Tập huấn cộng tác viên", "Đang dùng", str(used)) in shown_rows(editor)
    assert ("Tập huấn cộng tác viên", True) in stored(filled_store, CatalogueKind.ACTIVITY_KIND)
    assert window.statusBar().currentMessage() == "Đã lưu “Tập huấn cộng tác viên”."


def test_deactivate_and_reuse_a_propaganda_kind(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    editor = open_catalogue(qtbot, window, CatalogueKind.PROPAGANDA_KIND)
    select_row(qtbot, editor, "Pa nô, áp phích")
    assert editor.toggle_button.text() == "Ngừng dùng"
    click(qtbot, editor.toggle_button)

    row = next(row for row in shown_rows(editor) if row[0] == "Pa nô, áp phích")
    assert row[1] == "Ngừng dùng"
    assert editor.toggle_button.text() == "Dùng lại"
    assert ("Pa nô, áp phích", False) in stored(filled_store, CatalogueKind.PROPAGANDA_KIND)
    with filled_store.reading() as session:
        offered = [label for _, label in catalogues.active_choices(session, CatalogueKind.PROPAGANDA_KIND)]
    assert "Pa nô, áp phích" not in offered
    assert window.statusBar().currentMessage().startswith("Đã ngừng dùng “Pa nô, áp phích”")

    click(qtbot, editor.toggle_button)
    assert ("Pa nô, áp phích", True) in stored(filled_store, CatalogueKind.PROPAGANDA_KIND)
    assert editor.toggle_button.text() == "Ngừng dùng"


def test_move_an_entry_up_by_button_and_keyboard(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    editor = open_catalogue(qtbot, window, CatalogueKind.RESPONSIBLE_UNIT)
    before = [row[0] for row in shown_rows(editor)]
    police = before.index("Công an xã")
    select_row(qtbot, editor, "Công an xã")
    click(qtbot, editor.up_button)
    once = [row[0] for row in shown_rows(editor)]
    assert once.index("Công an xã") == police - 1
    focus_table(qtbot, window, editor)
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, CTRL)

    after = [row[0] for row in shown_rows(editor)]
    assert after.index("Công an xã") == police - 2
    assert sorted(after) == sorted(before)
    assert [label for label, _ in stored(filled_store, CatalogueKind.RESPONSIBLE_UNIT)] == after
    assert current_label(editor) == "Công an xã"
    # The first entry cannot go higher.
    select_row(qtbot, editor, after[0])
    assert not editor.up_button.isEnabled()
    assert editor.down_button.isEnabled()


def test_a_duplicate_name_shows_the_message_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    editor = open_catalogue(qtbot, window, CatalogueKind.ACTIVITY_KIND)
    before = stored(filled_store, CatalogueKind.ACTIVITY_KIND)
    click(qtbot, editor.add_button)
    type_text(qtbot, editor.form.name_input, "tập huấn")
    click(qtbot, editor.form.save_button)

    assert editor.message.isVisible()
    assert editor.message.text() == "“Tập huấn” đã có trong danh mục loại hoạt động. Vui lòng nhập tên khác."
    assert editor.form.isVisible() and editor.form.name_input.property("invalid") is True
    assert stored(filled_store, CatalogueKind.ACTIVITY_KIND) == before
    assert len(shown_rows(editor)) == len(before)

    qtbot.keyClick(editor.form.name_input, Qt.Key.Key_Escape)
    assert not editor.form.isVisible() and not editor.message.isVisible()
    assert stored(filled_store, CatalogueKind.ACTIVITY_KIND) == before


def test_a_propaganda_kind_is_added_with_its_unit(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    editor = open_catalogue(qtbot, window, CatalogueKind.PROPAGANDA_KIND)
    click(qtbot, editor.add_button)
    form = editor.form
    assert form.unit_combo.isVisible() and form.unit_combo.isEnabled()
    type_text(qtbot, form.name_input, "Bản tin trên nhóm Zalo thôn")
    form.unit_combo.setCurrentIndex(form.unit_combo.findText("tin, bài"))
    qtbot.mouseClick(form.minutes_check, Qt.MouseButton.LeftButton)
    click(qtbot, form.save_button)

    model = editor.model
    last = model.rowCount() - 1
    assert model.index(last, NAME).data() == "Bản tin trên nhóm Zalo thôn"
    assert model.index(last, 3).data() == "tin, bài"
    assert model.index(last, 4).data() == "Có"
    added = model.entry(last)
    with filled_store.reading() as session:
        stored_entry = catalogues.list_entries(session, CatalogueKind.PROPAGANDA_KIND)[-1]
    assert stored_entry == added
    assert (added.unit.label if added.unit else None, added.counts_minutes) == ("tin, bài", True)


def test_the_unit_of_a_used_kind_cannot_be_changed(qtbot: QtBot, window: MainWindow) -> None:
    editor = open_catalogue(qtbot, window, CatalogueKind.PROPAGANDA_KIND)
    select_row(qtbot, editor, "Phát thanh trên đài truyền thanh xã, loa thôn")
    click(qtbot, editor.rename_button)
    assert editor.rename_button.text() == "Sửa"
    assert not editor.form.unit_combo.isEnabled()
    assert not editor.form.minutes_check.isEnabled()
    assert "Đơn vị tính giữ nguyên" in editor.form.hint.text()


def test_the_last_active_kind_cannot_be_deactivated(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    with filled_store.transaction() as session:
        kinds = catalogues.list_entries(session, CatalogueKind.PROPAGANDA_KIND)
        for kind in kinds[1:]:
            catalogues.set_active(session, CatalogueKind.PROPAGANDA_KIND, kind.id, False)
    editor = open_catalogue(qtbot, window, CatalogueKind.PROPAGANDA_KIND)
    select_row(qtbot, editor, kinds[0].label)
    click(qtbot, editor.toggle_button)
    assert editor.message.isVisible()
    assert editor.message.text().startswith(f"Không thể ngừng dùng “{kinds[0].label}”")
    assert stored(filled_store, CatalogueKind.PROPAGANDA_KIND)[0] == (kinds[0].label, True)
    assert editor.model.index(0, STATE).data() == "Đang dùng"
    assert editor.table.currentIndex() != QModelIndex()


def test_counts_are_read_again_when_the_page_comes_back(
    qtbot: QtBot, window: MainWindow, filled_store: Store
) -> None:
    editor = open_catalogue(qtbot, window, CatalogueKind.PROPAGANDA_KIND)
    leaflets = "Tờ rơi, tài liệu, sản phẩm truyền thông"
    row = next(row for row, shown in enumerate(shown_rows(editor)) if shown[0] == leaflets)
    kind_id, before = editor.model.entry(row).id, editor.model.entry(row).usage_count
    with filled_store.transaction() as session:
        event = session.scalars(select(PropagandaEvent).where(PropagandaEvent.kind_id == kind_id)).first()
        assert event is not None
        event.is_deleted = True  # as if deleted on the Tuyên truyền page
    window.show_page(0)
    window.show_page(7)
    assert editor.model.entry(row).usage_count == before - 1
