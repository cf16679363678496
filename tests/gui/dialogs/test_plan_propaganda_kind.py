"""Kế hoạch → a planned activity of a propaganda kind: the officer picks "Tuyên truyền lưu động" under
"Tuyên truyền" in the one "Loại" list, saves; the mobile-loudspeaker session recorded later shows as
"Chờ xác nhận" with its proposal, and the link dialog proposes it first — one click links it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.model import PlannedActivityInput
from gender_equality_desk.core.plans.status import PlanStatus
from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import PropagandaKind
from gender_equality_desk.gui.dialogs.plan_activity_dialog import PlanActivityDialog
from gender_equality_desk.gui.dialogs.plan_link_dialog import PlanLinkDialog
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.plans import PlansPage
from gender_equality_desk.gui.widgets.plan_activities import STATUS_COLOURS

from ..conftest import TODAY
from ..keyboard import type_text
from ..modal import when_modal

PLANNED = "Tuyên truyền lưu động bằng xe loa"
SESSION = "Xe loa tuyên truyền lưu động qua 11 thôn"


def sql(store: Store, query: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()



def _record_session(store: Store, day: date) -> int:
    """A mobile-loudspeaker session, recorded through the propaganda service as the Tuyên truyền page does."""
    with store.transaction() as session:
        query = select(PropagandaKind.id).where(PropagandaKind.code == "mobile_vehicle")
        kind_id = session.scalars(query).one()
        return create_propaganda(
            session,
            PropagandaInput(
                kind_id=kind_id, title=SESSION, start_date=day, end_date=day, quantity=2, minutes=180
            ),
        )


def test_pick_a_propaganda_kind_save_and_link_the_proposed_event_in_one_click(
    shown: Callable[[PlansPage], PlansPage], filled_store: Store, layout: DataLayout, qtbot: QtBot
) -> None:
    page = shown(PlansPage(PageServices(filled_store, layout, lambda: TODAY)))
    page.resize(1366, 768)
    page.activated()
    page.new_button.menu().actions()[0].trigger()  # the Action Month template
    table = page.editor.activities
    page.editor.setCurrentWidget(table)
    new_row = len(table.rows)
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanActivityDialog)
        combo = dialog.kind
        texts = [combo.itemText(i) for i in range(combo.count())]
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        headers = [
            combo.itemText(i)
            for i in range(combo.count())
            if model.item(i) is not None and not model.item(i).isEnabled() and combo.itemText(i)
        ]
        seen["headers"] = headers
        seen["order"] = texts.index("Hoạt động") < texts.index("Lễ phát động, mít tinh") < texts.index(
            "Tuyên truyền"
        ) < texts.index("Tuyên truyền lưu động")
        type_text(qtbot, dialog.title_edit, PLANNED)
        combo.setCurrentIndex(combo.findText("Tuyên truyền lưu động"))
        dialog.start.set_value(date(2025, 11, 18))
        dialog.end.set_value(date(2025, 11, 19))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    failures = when_modal(fill)
    qtbot.mouseClick(table.buttons["activityAdd"], Qt.MouseButton.LeftButton)
    assert failures == []
    assert seen == {"headers": ["Hoạt động", "Tuyên truyền"], "order": True}
    save = page.findChild(QPushButton, "savePlan")
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Đã lưu kế hoạch."

    stored = sql(
        filled_store,
        "SELECT pa.id, pa.kind_id, k.code FROM planned_activity pa "
        "JOIN propaganda_kind k ON k.id = pa.propaganda_kind_id WHERE pa.title = ?",
        PLANNED,
    )
    assert len(stored) == 1 and stored[0][1:] == (None, "mobile_vehicle")  # the right column, only it
    planned_id = stored[0][0]
    assert table.table.item(new_row, 5).text() == "Quá hạn"  # due 19/11, nothing of its kind on 20/11
    event = _record_session(filled_store, date(2025, 11, 19))
    page.on_data_changed(DataChange.PROPAGANDA)
    status = table.table.item(new_row, 5)
    assert status.text() == "Chờ xác nhận"
    assert status.background().color() == STATUS_COLOURS[PlanStatus.MATCHED]
    assert table.table.item(new_row, 6).text() == f"Đề xuất: 19/11/2025 {SESSION}"

    def link_first(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanLinkDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "Đề xuất: sự kiện tuyên truyền cùng loại trong thời gian của kế hoạch, chưa gắn" in labels
        assert f"19/11/2025 · {SESSION}" in labels
        assert [b.text() for b in dialog.proposal_buttons] == ["Gắn sự kiện này"]
        qtbot.mouseClick(dialog.proposal_buttons[0], Qt.MouseButton.LeftButton)

    table.table.selectRow(new_row)
    failures = when_modal(link_first)
    link = page.findChild(QPushButton, "activityLink")
    assert link is not None
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert failures == []
    assert table.table.item(new_row, 5).text() == "Đã thực hiện"
    assert SESSION in table.table.item(new_row, 6).text()
    assert sql(
        filled_store,
        "SELECT activity_id, propaganda_event_id FROM planned_activity_link WHERE planned_activity_id = ?",
        planned_id,
    ) == [(None, event)]


def test_the_kind_list_fills_one_column_and_reads_an_item_back(qtbot: QtBot) -> None:
    dialog = PlanActivityDialog(
        PlannedActivityInput(title="Treo băng rôn", propaganda_kind_id=31),
        [(1, "Lễ phát động, mít tinh"), (2, "Tập huấn")],
        [],
        2025,
        propaganda_kinds=[(31, "Treo băng rôn, khẩu hiệu"), (32, "Phát thanh")],
    )
    qtbot.addWidget(dialog)
    assert dialog.kind.currentText() == "Treo băng rôn, khẩu hiệu"  # the saved kind is shown
    value = dialog.value()
    assert (value.kind_id, value.propaganda_kind_id) == (None, 31)
    dialog.kind.setCurrentIndex(dialog.kind.findText("Tập huấn"))
    value = dialog.value()
    assert (value.kind_id, value.propaganda_kind_id) == (2, None)  # one kind only, never both
    dialog.kind.setCurrentIndex(0)
    assert (dialog.value().kind_id, dialog.value().propaganda_kind_id) == (None, None)


def test_a_kind_no_longer_offered_is_kept_until_another_is_chosen(qtbot: QtBot) -> None:
    dialog = PlanActivityDialog(
        PlannedActivityInput(title="Phóng sự", propaganda_kind_id=36),  # its kind was set inactive since
        [(1, "Lễ phát động, mít tinh")],
        [],
        2025,
        propaganda_kinds=[(31, "Treo băng rôn, khẩu hiệu")],
    )
    qtbot.addWidget(dialog)
    assert dialog.kind.currentText() == "(loại đã ngừng dùng)"
    assert (dialog.value().kind_id, dialog.value().propaganda_kind_id) == (None, 36)
