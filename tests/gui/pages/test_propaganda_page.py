"""The Tuyên truyền page, used from the keyboard: the list, create, edit, duplicate (Ctrl+D), delete
(Delete) with undo (Ctrl+Z), restore from Thùng rác, filters and a search that ignores diacritics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda, load_propaganda
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import PropagandaEvent, PropagandaKind
from gender_equality_desk.gui.forms.propaganda_form import PropagandaForm
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.propaganda import PropagandaPage

from ..conftest import TODAY
from ..keyboard import type_text

# Typing a village name pops up the completer; the offscreen platform cannot raise or grab for a pop-up.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

SAMPLE_EVENTS = 6  # made by fill_sample_commune


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def ctrl(qtbot: QtBot, key: Qt.Key) -> None:
    press(qtbot, key, Qt.KeyboardModifier.ControlModifier)


def live_events(store: Store) -> int:
    with store.reading() as session:
        query = select(func.count()).select_from(PropagandaEvent).where(PropagandaEvent.is_deleted.is_(False))
        return session.scalar(query) or 0


def kind_id(store: Store, code: str) -> int:
    with store.reading() as session:
        found = session.scalar(select(PropagandaKind.id).where(PropagandaKind.code == code))
    assert found is not None
    return found


def cell(page: PropagandaPage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def open_form(page: PropagandaPage, qtbot: QtBot) -> PropagandaForm:
    form = page.form
    assert form is not None and form.isVisible()
    activate(qtbot, form)
    return form


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts and key presses go to the active window, as on the officer's screen."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def close_forms(page: PropagandaPage) -> None:
    """Teardown: an open form is closed without the "discard what was typed?" question."""
    if page.form is not None:
        page.form.done(0)


@pytest.fixture
def page(qtbot: QtBot, filled_store: Store, layout: DataLayout) -> PropagandaPage:
    widget = PropagandaPage(PageServices(filled_store, layout, lambda: TODAY))
    qtbot.addWidget(widget, before_close_func=lambda _w: close_forms(widget))
    widget.resize(1366 - 232, 720)
    widget.show()
    activate(qtbot, widget)
    widget.activated()
    return widget


def test_the_list_shows_the_events_newest_first(page: PropagandaPage) -> None:
    assert page.model.rowCount() == SAMPLE_EVENTS
    assert page.count_label.text() == "6 sự kiện"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Ngày", "Nội dung", "Hình thức", "Địa điểm", "Số lượng", "Số phút", "Người tiếp cận"]
    assert cell(page, 0, 0) == f"{TODAY:%d/%m/%Y}"
    assert cell(page, 0, 4).endswith(" cái")  # the banner of today, counted in pieces
    assert cell(page, 2, 4).endswith(" lượt phát")
    assert cell(page, 2, 5).isdigit()  # its minutes
    assert page.selected_ids() == [page.model.record_id(0)]
    assert focused() is page.table


def test_clicking_a_header_sorts_through_the_core(page: PropagandaPage, qtbot: QtBot) -> None:
    header = page.table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(4) + header.sectionSize(4) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)  # on "Số lượng"
    quantities = [int(cell(page, row, 4).split()[0].replace(".", "")) for row in range(SAMPLE_EVENTS)]
    assert quantities == sorted(quantities) or quantities == sorted(quantities, reverse=True)
    assert quantities[0] != quantities[-1]


def test_create_an_event_by_typing(page: PropagandaPage, qtbot: QtBot, filled_store: Store) -> None:
    ctrl(qtbot, Qt.Key.Key_N)
    form = open_form(page, qtbot)
    assert focused() is form.fields.kind
    for _ in range(form.fields.kind.findData(kind_id(filled_store, "leaflet"))):
        press(qtbot, Qt.Key.Key_Down)
    assert form.fields.unit_label.text() == "bản"
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Phát tờ rơi phòng, chống bạo lực gia đình")
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "2000")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.fields.reach  # minutes are skipped: leaflets are not counted in minutes
    type_text(qtbot, focused(), "1800")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Thôn Hà Mỹ")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, focused(), "Trường Tiểu học Cao Lâu")
    press(qtbot, Qt.Key.Key_Return)
    form.fields.title.setFocus()
    with qtbot.waitSignal(page.data_changed) as changed:
        press(qtbot, Qt.Key.Key_Return)
    assert changed.args == [DataChange.PROPAGANDA]
    assert not form.isVisible()

    assert live_events(filled_store) == SAMPLE_EVENTS + 1
    assert page.count_label.text() == "7 sự kiện"
    new_id = page.current_id()
    assert new_id is not None
    row = page.model.row_of(new_id)
    assert row is not None
    assert cell(page, row, 1) == "Phát tờ rơi phòng, chống bạo lực gia đình"
    assert cell(page, row, 3) == "Thôn Hà Mỹ, Trường Tiểu học Cao Lâu"
    assert cell(page, row, 4) == "2.000 bản"
    assert cell(page, row, 6) == "1.800"
    with filled_store.reading() as session:
        saved = load_propaganda(session, new_id)
    assert saved.places == ("Thôn Hà Mỹ", "Trường Tiểu học Cao Lâu")
    assert (saved.quantity, saved.minutes, saved.estimated_reach) == (2000, None, 1800)


def test_edit_the_selected_event_with_enter(page: PropagandaPage, qtbot: QtBot, filled_store: Store) -> None:
    event_id = page.current_id()
    assert event_id is not None
    press(qtbot, Qt.Key.Key_Return)
    form = open_form(page, qtbot)
    assert form.windowTitle() == "Sửa sự kiện tuyên truyền"
    form.fields.quantity.setFocus()
    form.fields.quantity.selectAll()
    type_text(qtbot, focused(), "25")
    form.fields.title.setFocus()
    form.fields.title.selectAll()
    type_text(qtbot, focused(), "Treo băng rôn tại ngã ba chợ")
    with qtbot.waitSignal(form.saved):
        press(qtbot, Qt.Key.Key_Return)
    assert live_events(filled_store) == SAMPLE_EVENTS  # changed, not added
    with filled_store.reading() as session:
        saved = load_propaganda(session, event_id)
    assert (saved.title, saved.quantity) == ("Treo băng rôn tại ngã ba chợ", 25)
    row = page.model.row_of(event_id)
    assert row is not None and cell(page, row, 1) == "Treo băng rôn tại ngã ba chợ"
    assert cell(page, row, 4) == "25 cái"
    assert page.current_id() == event_id


def test_ctrl_d_repeats_a_broadcast(page: PropagandaPage, qtbot: QtBot, filled_store: Store) -> None:
    radio = kind_id(filled_store, "radio_broadcast")
    with filled_store.transaction() as session:
        source_id = create_propaganda(
            session,
            PropagandaInput(
                kind_id=radio, title="Phát thanh về bình đẳng giới", start_date=TODAY.replace(day=16),
                end_date=TODAY.replace(day=16), places=("Đài truyền thanh xã",), quantity=2, minutes=30,
            ),
        )  # fmt: skip
    page.reload()
    page.table.selectRow(page.model.row_of(source_id) or 0)
    assert page.current_id() == source_id
    ctrl(qtbot, Qt.Key.Key_D)
    form = open_form(page, qtbot)
    assert form.windowTitle() == "Nhân bản sự kiện tuyên truyền"
    assert form.fields.start_date.date().toPython() == TODAY  # proposed for today
    assert focused() is form.fields.start_date  # the date is what differs: typed straight away
    type_text(qtbot, focused(), "18")
    day = TODAY.replace(day=18)
    assert form.fields.start_date.date().toPython() == day
    assert form.fields.end_date.date().toPython() == day  # a one-day broadcast stays one day
    with qtbot.waitSignal(form.saved) as saved:
        press(qtbot, Qt.Key.Key_Return)
    copy_id = saved.args[0]
    assert copy_id != source_id
    assert live_events(filled_store) == SAMPLE_EVENTS + 2
    with filled_store.reading() as session:
        copy = load_propaganda(session, copy_id)
    assert (copy.title, copy.kind_id, copy.quantity, copy.minutes) == (
        "Phát thanh về bình đẳng giới",
        radio,
        2,
        30,
    )
    assert copy.places == ("Đài truyền thanh xã",)
    assert (copy.start_date, copy.end_date) == (day, day)
    assert page.current_id() == copy_id


def test_delete_then_undo(page: PropagandaPage, qtbot: QtBot, filled_store: Store) -> None:
    first, second = page.model.record_id(0), page.model.record_id(1)
    assert first is not None and second is not None
    assert not page.undo_bar.isVisible()
    with qtbot.waitSignal(page.data_changed):
        press(qtbot, Qt.Key.Key_Delete)
    assert live_events(filled_store) == SAMPLE_EVENTS - 1
    assert page.model.row_of(first) is None
    assert page.current_id() == second  # the next event is ready for the next key
    assert page.undo_bar.isVisible()
    assert page.undo_label.text().startswith("Đã chuyển 1 sự kiện tuyên truyền vào Thùng rác.")
    assert page.trash_button.text() == "Thùng rác (1)"

    ctrl(qtbot, Qt.Key.Key_Z)
    assert live_events(filled_store) == SAMPLE_EVENTS
    assert page.model.row_of(first) == 0
    assert page.current_id() == first
    assert not page.undo_bar.isVisible()
    assert page.trash_button.text() == "Thùng rác"


def test_delete_several_and_undo_with_the_button(
    page: PropagandaPage, qtbot: QtBot, filled_store: Store
) -> None:
    ids = [page.model.record_id(row) for row in (0, 1, 2)]
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert page.selected_ids() == ids
    press(qtbot, Qt.Key.Key_Delete)
    assert live_events(filled_store) == SAMPLE_EVENTS - 3
    assert page.undo_label.text().startswith("Đã chuyển 3 sự kiện")
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert live_events(filled_store) == SAMPLE_EVENTS
    assert sorted(page.selected_ids()) == sorted(i for i in ids if i is not None)


def test_restore_from_the_trash(page: PropagandaPage, qtbot: QtBot, filled_store: Store) -> None:
    deleted = page.current_id()
    press(qtbot, Qt.Key.Key_Delete)
    assert page.model.rowCount() == SAMPLE_EVENTS - 1
    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    dialog = page.trash_dialog
    assert dialog is not None and dialog.table.rowCount() == 1
    activate(qtbot, dialog)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(page.data_changed):
        qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert live_events(filled_store) == SAMPLE_EVENTS
    assert page.model.rowCount() == SAMPLE_EVENTS
    assert page.model.row_of(deleted or 0) is not None
    assert not page.undo_bar.isVisible()  # nothing left to undo
    dialog.accept()


def test_a_validation_error_saves_nothing(page: PropagandaPage, qtbot: QtBot, filled_store: Store) -> None:
    page.add_button.click()
    form = open_form(page, qtbot)
    form.fields.title.setFocus()
    type_text(qtbot, focused(), "Băng rôn")
    press(qtbot, Qt.Key.Key_Return)  # no kind, no quantity
    assert form.isVisible()
    assert (
        form.fields.messages["kind_id"].text() == "Chưa chọn hình thức tuyên truyền. Vui lòng chọn hình thức."
    )
    assert form.fields.messages["quantity"].kind == "error"
    assert live_events(filled_store) == SAMPLE_EVENTS
    assert page.model.rowCount() == SAMPLE_EVENTS


def test_search_ignores_diacritics_and_filters_combine(
    page: PropagandaPage, qtbot: QtBot, filled_store: Store
) -> None:
    leaflet = kind_id(filled_store, "leaflet")
    with filled_store.transaction() as session:
        create_propaganda(
            session,
            PropagandaInput(
                kind_id=leaflet, title="Cấp phát tờ rơi Bình đẳng giới", start_date=TODAY, end_date=TODAY,
                places=("Chợ Cao Lâu",), quantity=500,
            ),
        )  # fmt: skip
    page.reload()
    ctrl(qtbot, Qt.Key.Key_F)
    assert focused() is page.filter_bar.search_box
    type_text(qtbot, focused(), "binh dang")
    press(qtbot, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert cell(page, 0, 1) == "Cấp phát tờ rơi Bình đẳng giới"
    press(qtbot, Qt.Key.Key_Down)  # into the list, on the match
    assert focused() is page.table
    assert page.current_id() == page.model.record_id(0)

    page.filter_bar.search_box.clear()
    page.filter_bar.apply_now()
    kinds = page.filter_bar.kind
    kinds.setCurrentIndex(kinds.findData(kind_id(filled_store, "radio_broadcast")))
    assert page.model.rowCount() == 2
    assert page.count_label.text() == "2 sự kiện"
    page.filter_bar.search_box.setText("khong co gi")
    page.filter_bar.apply_now()
    assert page.model.rowCount() == 0
    assert page.count_label.text().startswith("Không có sự kiện nào khớp bộ lọc.")


def test_catalogue_changes_refill_the_kind_filter(page: PropagandaPage, filled_store: Store) -> None:
    from gender_equality_desk.core.catalogues import CatalogueKind, rename_entry

    leaflet = kind_id(filled_store, "leaflet")
    with filled_store.transaction() as session:
        rename_entry(session, CatalogueKind.PROPAGANDA_KIND, leaflet, "Tờ rơi, tờ gấp")
    page.on_data_changed(DataChange.CATALOGUES)
    kinds = page.filter_bar.kind
    assert kinds.itemText(kinds.findData(leaflet)) == "Tờ rơi, tờ gấp"
    rows = [cell(page, row, 2) for row in range(page.model.rowCount())]
    assert "Tờ rơi, tờ gấp" in rows


def test_hidden_page_reads_again_when_shown(page: PropagandaPage, filled_store: Store) -> None:
    page.hide()
    with filled_store.transaction() as session:
        create_propaganda(
            session,
            PropagandaInput(
                kind_id=kind_id(filled_store, "pano_poster"), title="Pa nô mới", start_date=TODAY,
                end_date=TODAY, quantity=1,
            ),
        )  # fmt: skip
    page.on_data_changed(DataChange.EVERYTHING)
    assert page.model.rowCount() == SAMPLE_EVENTS  # not read while hidden
    page.show()
    page.activated()
    assert page.model.rowCount() == SAMPLE_EVENTS + 1
