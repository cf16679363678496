"""What Hoạt động and Tuyên truyền share through RecordListPage, checked on both pages: the list is read
when first shown, several rows deleted and undone keep the selection where the officer works, and Thùng
rác (which holds both kinds) keeps both pages right."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.gui.pages.activities import ActivitiesPage
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.propaganda import PropagandaPage
from gender_equality_desk.gui.pages.record_list_page import RecordListPage

from ..conftest import TODAY

PAGES: list[type[RecordListPage]] = [ActivitiesPage, PropagandaPage]
LIVE = {ActivitiesPage: Activity, PropagandaPage: PropagandaEvent}


def live_count(store: Store, page_type: type[RecordListPage]) -> int:
    model = LIVE[page_type]
    with store.reading() as session:
        query = select(func.count()).select_from(model).where(model.is_deleted.is_(False))
        return session.scalar(query) or 0


def settle(qtbot: QtBot, page: RecordListPage) -> None:
    page.model.wait_until_loaded()
    qtbot.waitUntil(page.model.is_complete, timeout=5000)


@pytest.fixture(params=PAGES, ids=lambda page_type: page_type.__name__)
def page(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    shown: Callable[[RecordListPage], RecordListPage],
    filled_store: Store,
    layout: DataLayout,
) -> RecordListPage:
    page_type: type[RecordListPage] = request.param
    made = page_type(PageServices(filled_store, layout, lambda: TODAY))
    assert made.model.rowCount() == 0  # nothing read while the main window is being built
    made.resize(1134, 708)
    shown(made)
    settle(qtbot, made)
    return made


def test_the_list_is_read_when_the_page_is_first_shown(page: RecordListPage, filled_store: Store) -> None:
    count = live_count(filled_store, type(page))
    assert count > 3
    assert page.model.rowCount() == count
    assert page.trash_button.text() == "Thùng rác"


def test_deleting_three_rows_selects_the_record_after_them_and_undo_selects_all_three(
    qtbot: QtBot, page: RecordListPage, filled_store: Store
) -> None:
    before = live_count(filled_store, type(page))
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    doomed = page.selected_ids()
    following = page.model.record_id(4)
    assert len(doomed) == 3 and following is not None

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settle(qtbot, page)

    assert live_count(filled_store, type(page)) == before - 3
    assert page.undo_bar.isVisible() and "3" in page.undo_label.text()
    assert page.selected_ids() == [following] and page.current_id() == following
    assert page.trash_button.text() == "Thùng rác (3)"
    assert page.edit_button.isEnabled()

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)

    assert live_count(filled_store, type(page)) == before
    assert page.selected_ids() == doomed
    assert not page.undo_bar.isVisible()
    assert page.trash_button.text() == "Thùng rác"


def test_a_restore_from_the_trash_tells_both_list_pages(
    qtbot: QtBot, page: RecordListPage, filled_store: Store
) -> None:
    """The trash opened on one page may give back the other page's records."""
    with filled_store.transaction() as session:
        event_id = session.scalars(select(PropagandaEvent.id).order_by(PropagandaEvent.id)).first()
        activity_id = session.scalars(select(Activity.id).order_by(Activity.id)).first()
        assert event_id is not None and activity_id is not None
        move_to_trash(session, RecordType.PROPAGANDA_EVENT, [event_id])
        move_to_trash(session, RecordType.ACTIVITY, [activity_id])
    page.on_data_changed(DataChange.EVERYTHING)
    assert page.trash_button.text() == "Thùng rác (2)"
    changes: list[str] = []
    page.data_changed.connect(changes.append)

    dialog = page.open_trash()
    dialog.table.selectAll()
    dialog.restore_selected()
    settle(qtbot, page)
    dialog.accept()

    assert sorted(changes) == sorted([DataChange.ACTIVITIES, DataChange.PROPAGANDA])
    assert changes[0] == page.change  # this page's own list first
    assert page.trash_button.text() == "Thùng rác"
    qtbot.waitUntil(lambda: page.trash_dialog is None)


def test_a_delete_on_the_other_page_updates_the_trash_counter(
    page: RecordListPage, filled_store: Store
) -> None:
    other_kind, other_change = (
        (RecordType.PROPAGANDA_EVENT, DataChange.PROPAGANDA)
        if isinstance(page, ActivitiesPage)
        else (RecordType.ACTIVITY, DataChange.ACTIVITIES)
    )
    model = PropagandaEvent if other_kind is RecordType.PROPAGANDA_EVENT else Activity
    shown_before = page.model.rowCount()
    with filled_store.transaction() as session:
        first = session.scalars(select(model.id).order_by(model.id)).first()
        assert first is not None
        move_to_trash(session, other_kind, [first])

    page.on_data_changed(other_change)

    assert page.trash_button.text() == "Thùng rác (1)"
    assert page.model.rowCount() == shown_before  # its own list is untouched
