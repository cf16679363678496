"""Kế hoạch page: the officer creates a plan from a template, adds a planned activity, links what was
done, sees its status, saves and exports to PDF and Word."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.status import PlanStatus
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind
from gender_equality_desk.gui.dialogs.plan_activity_dialog import PlanActivityDialog
from gender_equality_desk.gui.dialogs.plan_link_dialog import PlanLinkDialog
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.plans import PlansPage
from gender_equality_desk.gui.widgets.plan_activities import STATUS_COLOURS

from ..conftest import TODAY
from ..keyboard import type_text
from ..modal import when_modal

NEW_ACTIVITY = "Tọa đàm về an toàn của phụ nữ trên mạng"
LINKED_TITLE = "Tọa đàm “Phụ nữ với an toàn trên không gian mạng” tại thôn Đông Bàn"


def _record_done_activity(store: Store) -> None:
    """Recorded through the activity service, as the Hoạt động page does (so it is searchable)."""
    with store.transaction() as session:
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == "conference")).one()
        create_activity(
            session,
            ActivityInput(
                kind_id=kind_id,
                title=LINKED_TITLE,
                start_at=local_datetime(date(2025, 11, 18), 8),
                end_at=local_datetime(date(2025, 11, 18), 11),
                participants_total=40,
            ),
            today=TODAY,
        )


def _page(shown: Callable[[PlansPage], PlansPage], store: Store, layout: DataLayout) -> PlansPage:
    page = shown(PlansPage(PageServices(store, layout, lambda: TODAY)))
    page.resize(1134, 738)
    page.activated()
    return page



def _button(page: PlansPage, name: str) -> QPushButton:
    button = page.findChild(QPushButton, name)
    assert button is not None, name
    return button


def test_create_plan_add_link_and_export(
    shown: Callable[[PlansPage], PlansPage],
    filled_store: Store,
    layout: DataLayout,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    _record_done_activity(filled_store)
    page = _page(shown, filled_store, layout)
    assert page.plan_list.rowCount() == 0 and not page.editor.isEnabled()

    with qtbot.waitSignal(page.data_changed) as changed:
        page.new_button.menu().actions()[0].trigger()  # "Kế hoạch Tháng hành động …"
    assert changed.args == [DataChange.PLANS.value]
    assert page.plan_list.rowCount() == 1
    assert page.plan_list.item(0, 3).text().endswith("năm 2025")
    table = page.editor.activities
    planned_before = len(table.rows)

    def fill_activity(dialog: object) -> None:
        assert isinstance(dialog, PlanActivityDialog)
        type_text(qtbot, dialog.title_edit, NEW_ACTIVITY)
        type_text(qtbot, dialog.place, "Hội trường UBND xã")
        dialog.start.enabled.setChecked(True)
        qtbot.keyClicks(dialog.budget, "1500000")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # "Đồng ý"

    page.editor.setCurrentWidget(table)
    failures = when_modal(fill_activity)
    qtbot.mouseClick(table.buttons["activityAdd"], Qt.MouseButton.LeftButton)
    assert failures == []
    assert len(table.rows) == planned_before + 1
    new_row = planned_before
    assert table.table.item(new_row, 1).text() == NEW_ACTIVITY
    assert table.table.item(new_row, 4).text() == "1.500.000"
    assert table.table.item(new_row, 5).text() == "Chưa lưu"

    qtbot.mouseClick(_button(page, "savePlan"), Qt.MouseButton.LeftButton)
    assert page.message.text() == "Đã lưu kế hoạch."
    # Planned for 15/11 (the dialog's default day), not done by today (20/11).
    assert table.table.item(new_row, 5).text() == "Quá hạn"
    assert table.table.item(new_row, 5).background().color() == STATUS_COLOURS[PlanStatus.OVERDUE]

    def tick(dialog: object) -> None:
        assert isinstance(dialog, PlanLinkDialog)
        qtbot.keyClicks(dialog.filter, "dong ban")  # without diacritics, as officers often type
        items = [dialog.items.item(i) for i in range(dialog.items.count())]
        assert items and all(LINKED_TITLE in item.text() for item in items)
        first: QListWidgetItem = items[0]
        first.setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    table.table.selectRow(new_row)
    failures = when_modal(tick)
    qtbot.mouseClick(table.buttons["activityLink"], Qt.MouseButton.LeftButton)
    assert failures == []
    status = table.table.item(new_row, 5)
    assert status.text() == "Đã thực hiện"
    assert status.background().color() == STATUS_COLOURS[PlanStatus.DONE]
    assert LINKED_TITLE in table.table.item(new_row, 6).text()
    assert page.plan_list.item(0, 5).text() == "1"  # "Đã thực hiện" in the list

    page.choose_target = lambda name, _filter: tmp_path / name
    qtbot.mouseClick(_button(page, "exportPdf"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(page, "exportDocx"), Qt.MouseButton.LeftButton)
    pdf = tmp_path / "KeHoach_ThangHanhDong_2025.pdf"
    word = tmp_path / "KeHoach_ThangHanhDong_2025.docx"
    pdf_text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert NEW_ACTIVITY in pdf_text and "KẾ HOẠCH" in pdf_text and "Trần Thị Thu Hằng" in pdf_text
    word_text = " ".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert NEW_ACTIVITY in word_text and "IV. TỔ CHỨC THỰC HIỆN" in word_text


def test_a_plan_without_title_is_not_saved(
    shown: Callable[[PlansPage], PlansPage], filled_store: Store, layout: DataLayout, qtbot: QtBot
) -> None:
    page = _page(shown, filled_store, layout)
    page.new_from_template("annual")
    page.editor.setCurrentIndex(0)
    page.editor.title_edit.clear()
    qtbot.mouseClick(_button(page, "savePlan"), Qt.MouseButton.LeftButton)
    assert page.message.kind == "error"
    assert "Chưa nhập tên (trích yếu) kế hoạch" in page.message.text()
    assert page.plan_list.item(0, 3).text().startswith("Thực hiện công tác bình đẳng giới")  # unchanged


def test_next_year_from_this_plan_and_delete(
    shown: Callable[[PlansPage], PlansPage], filled_store: Store, layout: DataLayout, qtbot: QtBot
) -> None:
    page = _page(shown, filled_store, layout)
    page.new_from_template("action_month")
    qtbot.mouseClick(_button(page, "copyPlan"), Qt.MouseButton.LeftButton)
    assert [page.plan_list.item(r, 0).text() for r in range(page.plan_list.rowCount())] == ["2026", "2025"]
    assert page.editor.year.value() == 2026
    assert page.editor.period_end.value() is not None and page.editor.period_end.value().year == 2026
    page.confirm = lambda _question: True
    qtbot.mouseClick(_button(page, "deletePlan"), Qt.MouseButton.LeftButton)
    assert page.plan_list.rowCount() == 1 and page.plan_list.item(0, 0).text() == "2025"
