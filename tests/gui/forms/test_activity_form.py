"""The activity form filled from the keyboard as an officer does: what is saved, what is refused and
shown next to its field, warnings that a second "Lưu" accepts, and evidence saved with the record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource, CampaignKind
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activities import load_activity
from gender_equality_desk.core.records.attachments import attachments_of
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, Campaign
from gender_equality_desk.gui.forms.activity_form import ActivityForm

from ..conftest import TODAY
from ..keyboard import type_text

Show = Callable[[ActivityForm], ActivityForm]


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """ "Bỏ các thông tin vừa nhập?" is answered "Discard" (closing a test's form asks it too)."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def new_form(shown: Show, filled_store: Store, layout: DataLayout) -> ActivityForm:
    form = shown(ActivityForm(filled_store, layout, lambda: TODAY))
    form.activateWindow()
    return form


def activity_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Activity)) or 0


def type_into(qtbot: QtBot, widget: QWidget | None, text: str) -> None:
    assert widget is not None
    widget.setFocus()
    type_text(qtbot, widget, text)


def fill_basics(qtbot: QtBot, form: ActivityForm) -> None:
    """A kind by the arrow key, a Vietnamese title and the participants, as typed."""
    fields = form.fields
    qtbot.keyClick(fields.kind, Qt.Key.Key_Down)
    type_into(qtbot, fields.title, "Tọa đàm “Bình đẳng giới trong gia đình”")
    type_into(qtbot, fields.total, "120")
    type_into(qtbot, fields.female, "75")


def test_a_new_activity_typed_and_saved_with_enter(
    qtbot: QtBot, new_form: ActivityForm, filled_store: Store
) -> None:
    fields = new_form.fields
    fill_basics(qtbot, new_form)
    qtbot.keyClick(new_form, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # Nam = tổng − nữ
    assert fields.male.text() == "45"
    type_into(qtbot, fields.children_count, "12")
    type_into(qtbot, fields.budget, "1500000")
    assert fields.budget.text() == "1.500.000"  # grouped as typed
    qtbot.keyClick(fields.budget_source, Qt.Key.Key_Down)
    type_into(qtbot, fields.place_text, "Nhà văn hóa thôn Phú Mỹ")
    type_into(qtbot, fields.organiser.lineEdit(), "Hội Liên hiệp Phụ nữ xã")
    before = activity_count(filled_store)

    with qtbot.waitSignal(new_form.saved) as saved:
        qtbot.keyClick(fields.title, Qt.Key.Key_Return)

    assert activity_count(filled_store) == before + 1
    with filled_store.reading() as session:
        data = load_activity(session, saved.args[0])
        campaign = session.get(Campaign, session.get(Activity, saved.args[0]).campaign_id)  # type: ignore[union-attr]
        assert campaign is not None and campaign.kind is CampaignKind.ACTION_MONTH  # 20/11 is in 15/11–15/12
    assert data.title == "Tọa đàm “Bình đẳng giới trong gia đình”"
    assert data.kind_id == fields.kind.itemData(1)
    assert (data.participants_total, data.participants_female, data.participants_male) == (120, 75, 45)
    assert data.participants_children == 12 and data.participants_ethnic_minority is None
    assert data.budget_vnd == 1_500_000 and data.budget_source is BudgetSource.COMMUNE
    assert data.place_text == "Nhà văn hóa thôn Phú Mỹ"
    assert data.organiser == "Hội Liên hiệp Phụ nữ xã"
    assert data.status is ActivityStatus.DONE
    assert data.start_at == datetime(2025, 11, 20, 8, 0, tzinfo=LOCAL_TZ)
    assert data.end_at == datetime(2025, 11, 20, 10, 0, tzinfo=LOCAL_TZ)
    assert not new_form.isVisible()


def test_an_error_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, new_form: ActivityForm, filled_store: Store
) -> None:
    fields = new_form.fields
    fill_basics(qtbot, new_form)
    type_into(qtbot, fields.male, "60")  # 75 + 60 ≠ 120
    before = activity_count(filled_store)

    qtbot.keyClick(fields.title, Qt.Key.Key_Return)

    assert activity_count(filled_store) == before
    assert new_form.isVisible()
    line = fields.messages["participants_female"]
    assert line.isVisible() and line.kind == "error"
    assert "không khớp tổng số (120)" in line.text()
    assert fields.female.property("invalid") is True and fields.male.property("invalid") is True
    assert fields.female.hasFocus()  # the first field in error
    assert new_form.message.text() == "Chưa lưu: vui lòng sửa các ô có chữ đỏ."
    assert not fields.messages["title"].isVisible()

    # Fixed: the message goes and the record is saved.
    fields.male.clear()
    with qtbot.waitSignal(new_form.saved):
        qtbot.keyClick(fields.title, Qt.Key.Key_Return)
    assert activity_count(filled_store) == before + 1


def test_required_fields_and_the_end_before_the_start(
    qtbot: QtBot, new_form: ActivityForm, filled_store: Store
) -> None:
    fields = new_form.fields
    fields.end_at.setDateTime(QDateTime(QDate(2025, 11, 19), QTime(8, 0)))
    before = activity_count(filled_store)

    assert new_form.save() is False

    assert activity_count(filled_store) == before
    assert fields.messages["kind_id"].text() == "Chưa chọn loại hoạt động. Vui lòng chọn loại hoạt động."
    assert fields.messages["title"].text() == "Chưa nhập tên hoạt động. Vui lòng nhập tên hoạt động."
    assert (
        fields.messages["end_at"]
        .text()
        .startswith("Ngày kết thúc (19/11/2025) trước ngày bắt đầu (20/11/2025)")
    )
    assert fields.kind.hasFocus()


def test_a_warning_needs_a_second_save(qtbot: QtBot, new_form: ActivityForm, filled_store: Store) -> None:
    fields = new_form.fields
    fill_basics(qtbot, new_form)
    # A date after today with the status left at "Đã thực hiện".
    fields.start_at.setDateTime(QDateTime(QDate(2025, 12, 2), QTime(14, 0)))
    before = activity_count(filled_store)

    qtbot.keyClick(fields.title, Qt.Key.Key_Return)
    assert activity_count(filled_store) == before
    warning = fields.messages["status"]
    assert warning.kind == "warning" and "chưa diễn ra" in warning.text()
    assert "Bấm Lưu lần nữa" in new_form.message.text()

    with qtbot.waitSignal(new_form.saved):
        qtbot.keyClick(fields.title, Qt.Key.Key_Return)
    assert activity_count(filled_store) == before + 1


def test_the_campaign_follows_the_date_and_the_end_keeps_the_length(
    qtbot: QtBot, new_form: ActivityForm, filled_store: Store
) -> None:
    fields = new_form.fields
    assert fields.campaign.itemText(0).startswith("Tự động theo ngày: Tháng hành động")
    fields.start_at.setDateTime(QDateTime(QDate(2025, 6, 3), QTime(7, 30)))
    assert fields.campaign.itemText(0).startswith("Tự động theo ngày: Kế hoạch thực hiện công tác")
    assert fields.end_at.dateTime() == QDateTime(QDate(2025, 6, 3), QTime(9, 30))
    fill_basics(qtbot, new_form)
    with qtbot.waitSignal(new_form.saved) as saved:
        qtbot.keyClick(fields.title, Qt.Key.Key_Return)
    with filled_store.reading() as session:
        activity = session.get(Activity, saved.args[0])
        assert activity is not None and activity.campaign.kind is CampaignKind.ANNUAL_PLAN
        assert activity.campaign.year == 2025


def test_escape_closes_an_untouched_form_without_saving(
    qtbot: QtBot, new_form: ActivityForm, filled_store: Store, questions: list[str]
) -> None:
    before = activity_count(filled_store)
    qtbot.keyClick(new_form.fields.title, Qt.Key.Key_Escape)
    assert not new_form.isVisible()
    assert questions == []  # nothing typed, nothing to lose
    assert activity_count(filled_store) == before


def test_escape_asks_before_dropping_what_was_typed(
    qtbot: QtBot, new_form: ActivityForm, filled_store: Store, questions: list[str]
) -> None:
    before = activity_count(filled_store)
    type_into(qtbot, new_form.fields.title, "Họp dân")
    qtbot.keyClick(new_form.fields.title, Qt.Key.Key_Escape)
    assert questions == ["Bỏ các thông tin vừa nhập mà không lưu?"]
    assert not new_form.isVisible()
    assert activity_count(filled_store) == before


def test_evidence_is_saved_with_the_record(
    qtbot: QtBot, new_form: ActivityForm, filled_store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    photo = tmp_path / "ky-ten.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    assert image.save(str(photo))
    fill_basics(qtbot, new_form)
    assert new_form.fields.attachments.add_files([photo]) == []

    with qtbot.waitSignal(new_form.saved) as saved:
        qtbot.keyClick(new_form.fields.title, Qt.Key.Key_Return)

    with filled_store.reading() as session:
        rows = attachments_of(session, layout, activity_id=saved.args[0])
    assert [row.original_name for row in rows] == ["ky-ten.png"]
    assert rows[0].path.read_bytes() == photo.read_bytes()


def test_editing_shows_the_record_and_saves_the_change(
    qtbot: QtBot, shown: Show, filled_store: Store, layout: DataLayout
) -> None:
    with filled_store.reading() as session:
        activity_id = session.scalars(select(Activity.id).order_by(Activity.id)).first()
        assert activity_id is not None
        original = load_activity(session, activity_id)
    form = shown(ActivityForm(filled_store, layout, lambda: TODAY, activity_id=activity_id))
    fields = form.fields
    assert fields.title.text() == original.title
    assert fields.total.value() == original.participants_total
    assert not form.has_changes()

    fields.title.selectAll()
    type_text(qtbot, fields.title, "Họp dân thôn Đông Bàn")
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(fields.title, Qt.Key.Key_Return)

    with filled_store.reading() as session:
        changed = load_activity(session, activity_id)
    assert changed.title == "Họp dân thôn Đông Bàn"
    assert changed.participants_total == original.participants_total
    assert changed.campaign_id == original.campaign_id
