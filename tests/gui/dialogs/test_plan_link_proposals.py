"""Kế hoạch → "Gắn hoạt động": the done activity of the planned activity's kind is proposed first, and one
click on "Gắn hoạt động này" links it and closes the dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.progress import link_proposals, plan_progress
from gender_equality_desk.core.plans.status import PlanStatus
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind
from gender_equality_desk.core.store.plan_models import PlannedActivity
from gender_equality_desk.gui.dialogs.plan_link_dialog import PlanLinkDialog
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.plans import PlansPage

from ..conftest import TODAY
from ..modal import when_modal

LAUNCH = "Lễ phát động Tháng hành động tại thôn Hà Mỹ"


def _record_launch(store: Store, day: date) -> int:
    with store.transaction() as session:
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == "launch_ceremony")).one()
        return create_activity(
            session,
            ActivityInput(
                kind_id=kind_id,
                title=LAUNCH,
                start_at=local_datetime(day, 8),
                end_at=local_datetime(day, 10),
                participants_total=150,
            ),
            today=TODAY,
        )



def test_the_proposal_is_shown_first_and_one_click_links_it(
    shown: Callable[[PlansPage], PlansPage], filled_store: Store, layout: DataLayout, qtbot: QtBot
) -> None:
    page = shown(PlansPage(PageServices(filled_store, layout, lambda: TODAY)))
    page.resize(1134, 738)
    page.activated()
    page.new_button.menu().actions()[0].trigger()  # the Action Month template: its first item, Lễ phát động
    launch = _record_launch(filled_store, date(2025, 11, 17))  # two days after the planned 15/11
    table = page.editor.activities
    planned_id = table.rows[0].id
    assert planned_id is not None
    with filled_store.reading() as session:
        expected = link_proposals(session, planned_id)
    assert launch in [c.record_id for c in expected]
    seen: list[str] = []

    def accept_first(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanLinkDialog)
        assert len(dialog.proposal_buttons) == min(5, len(expected))
        seen.extend(label.text() for label in dialog.findChildren(QLabel) if " · " in label.text())
        qtbot.mouseClick(dialog.proposal_buttons[0], Qt.MouseButton.LeftButton)

    table.table.selectRow(0)
    failures = when_modal(accept_first)
    button = page.findChild(QPushButton, "activityLink")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert failures == []

    first = expected[0]
    assert seen[0] == f"{first.day:%d/%m/%Y} · {first.title}"  # closest in time first
    assert table.table.item(0, 5).text() == "Đã thực hiện"  # one click, no OK needed
    assert first.title in table.table.item(0, 6).text()
    with filled_store.reading() as session:
        plan_id = session.scalar(select(PlannedActivity.plan_id).where(PlannedActivity.id == planned_id))
        assert plan_id is not None
        (progress,) = [
            p for p in plan_progress(session, plan_id, TODAY) if p.planned_activity_id == planned_id
        ]
    assert progress.status is PlanStatus.DONE
    assert [r.record_id for r in progress.linked] == [first.record_id]


def test_without_proposals_the_dialog_shows_no_proposal_row(qtbot: QtBot) -> None:
    dialog = PlanLinkDialog("Treo băng rôn", lambda _text: [], set())
    qtbot.addWidget(dialog)
    assert dialog.proposal_buttons == []
