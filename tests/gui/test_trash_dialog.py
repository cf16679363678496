"""Thùng rác: what the officer sees, restoring the selection, emptying after a confirmation (and the
evidence files that nothing uses any more leave the disk with it)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import attach
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.gui.dialogs.trash_dialog import TrashDialog

Show = Callable[[TrashDialog], TrashDialog]


def _first_ids(store: Store) -> tuple[int, int]:
    with store.reading() as session:
        event_id = session.scalars(select(PropagandaEvent.id).order_by(PropagandaEvent.id)).first()
        activity_id = session.scalars(select(Activity.id).order_by(Activity.id)).first()
    assert event_id is not None and activity_id is not None
    return event_id, activity_id


@pytest.fixture
def trashed(filled_store: Store) -> tuple[int, int]:
    """One propaganda event deleted, then one activity (the activity is the most recent deletion)."""
    event_id, activity_id = _first_ids(filled_store)
    with filled_store.transaction() as session:
        move_to_trash(session, RecordType.PROPAGANDA_EVENT, [event_id])
    with filled_store.transaction() as session:
        move_to_trash(session, RecordType.ACTIVITY, [activity_id])
    return event_id, activity_id


def _cells(dialog: TrashDialog, row: int) -> list[str]:
    table = dialog.table
    return [table.item(row, column).text() for column in range(table.columnCount())]  # type: ignore[union-attr]


def _live(store: Store, model: type[Activity] | type[PropagandaEvent], row_id: int) -> bool | None:
    """True when the record is in its list, False when in the trash, None when gone for good."""
    with store.reading() as session:
        row = session.get(model, row_id)
        return None if row is None else not row.is_deleted


def test_lists_the_trash_newest_first(
    shown: Show, filled_store: Store, layout: DataLayout, trashed: tuple[int, int]
) -> None:
    dialog = shown(TrashDialog(filled_store, layout))
    table = dialog.table
    headers = [table.horizontalHeaderItem(column).text() for column in range(4)]  # type: ignore[union-attr]
    assert headers == ["Loại", "Nội dung", "Ngày", "Xóa lúc"]
    assert table.rowCount() == 2
    kind, title, day, deleted = _cells(dialog, 0)
    assert kind == "Hoạt động"
    assert title
    assert len(day) == 10 and day[2] == day[5] == "/"
    now = time.time()
    assert dialog.items()[0].deleted_at.timestamp() == pytest.approx(now, abs=60)
    assert deleted == f"{dialog.items()[0].deleted_at.astimezone(LOCAL_TZ):%d/%m/%Y %H:%M}"
    assert _cells(dialog, 1)[0] == "Tuyên truyền"
    assert dialog.summary.text().startswith("2 mục đã xóa.")
    assert dialog.restore_button.isEnabled() and dialog.empty_button.isEnabled()


def test_restores_the_selected_records(
    qtbot: QtBot, shown: Show, filled_store: Store, layout: DataLayout, trashed: tuple[int, int]
) -> None:
    event_id, activity_id = trashed
    dialog = shown(TrashDialog(filled_store, layout))
    dialog.table.selectAll()
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert dialog.summary.text() == "Đã khôi phục 2 mục."
    assert not dialog.restore_button.isEnabled() and not dialog.empty_button.isEnabled()
    assert _live(filled_store, PropagandaEvent, event_id) is True
    assert _live(filled_store, Activity, activity_id) is True


def test_restores_only_the_chosen_row(
    qtbot: QtBot, shown: Show, filled_store: Store, layout: DataLayout, trashed: tuple[int, int]
) -> None:
    event_id, activity_id = trashed
    dialog = shown(TrashDialog(filled_store, layout))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # waitActive can return before activation (offscreen)
    dialog.table.selectRow(1)  # the propaganda event
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert [item.record_type for item in dialog.items()] == [RecordType.ACTIVITY]
    assert _live(filled_store, PropagandaEvent, event_id) is True
    assert _live(filled_store, Activity, activity_id) is False


def _png(path: Path) -> Path:
    # A tiny valid PNG header is enough: the attachment store judges images by their first bytes.
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return path


def test_empty_asks_then_removes_records_and_unused_files(
    qtbot: QtBot,
    shown: Show,
    filled_store: Store,
    layout: DataLayout,
    trashed: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    event_id, activity_id = trashed
    with filled_store.transaction() as session:
        stored = attach(session, layout, _png(tmp_path / "băng rôn.png"), propaganda_event_id=event_id)
    old = time.time() - 3600  # older than the grace period that protects files being attached right now
    os.utime(stored.path, (old, old))
    questions: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No if len(questions) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = shown(TrashDialog(filled_store, layout))
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)  # answered No: nothing happens
    assert dialog.table.rowCount() == 2
    assert _live(filled_store, PropagandaEvent, event_id) is False

    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert questions == ["Xóa vĩnh viễn 2 mục? Không thể hoàn tác."] * 2
    assert dialog.table.rowCount() == 0
    assert dialog.summary.text() == "Đã xóa vĩnh viễn 2 mục."
    assert _live(filled_store, PropagandaEvent, event_id) is None
    assert _live(filled_store, Activity, activity_id) is None
    assert not stored.path.exists()


def test_an_empty_trash_says_so(shown: Show, filled_store: Store, layout: DataLayout) -> None:
    dialog = shown(TrashDialog(filled_store, layout))
    assert dialog.summary.text() == "Thùng rác trống."
    assert not dialog.restore_button.isEnabled() and not dialog.empty_button.isEnabled()
