"""The Hoạt động page driven from the keyboard: create, edit, duplicate, delete, undo and restore an
activity, checking what the list shows and what the store holds; filters and the diacritic-free search."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.catalogues import CatalogueKind, add_entry, set_active
from gender_equality_desk.core.domain.clock import local_date, local_datetime
from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, ActivityKind, Village
from gender_equality_desk.gui.forms.activity_form import ActivityForm
from gender_equality_desk.gui.models.record_table import ID_ROLE
from gender_equality_desk.gui.pages.activities import ActivitiesPage
from gender_equality_desk.gui.pages.base import DataChange, PageServices

from ..conftest import TODAY
from ..keyboard import type_text
from ..print_harness import printed_text, run_print_scenario

CTRL = Qt.KeyboardModifier.ControlModifier
TITLE, KIND = 1, 2  # list columns


@pytest.fixture(autouse=True)
def _discard_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form closed by the test's teardown is not asked "Bỏ các thông tin vừa nhập?" for real."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def page(
    qtbot: QtBot, shown: Callable[[ActivitiesPage], ActivitiesPage], filled_store: Store, layout: DataLayout
) -> ActivitiesPage:
    made = ActivitiesPage(PageServices(filled_store, layout, lambda: TODAY))
    made.resize(1140, 700)
    shown(made)
    activate(qtbot, made)
    wait_for_list(qtbot, made)
    return made


def wait_for_list(qtbot: QtBot, page: ActivitiesPage) -> None:
    page.model.wait_until_loaded()
    qtbot.waitUntil(page.model.is_complete, timeout=5000)


def live_ids(store: Store) -> set[int]:
    with store.reading() as session:
        return set(session.scalars(select(Activity.id).where(Activity.is_deleted.is_(False))))


def cell(page: ActivitiesPage, row: int, column: int) -> str:
    return str(page.model.data(page.model.index(row, column)))


def shown_ids(page: ActivitiesPage) -> list[int]:
    return [page.model.data(page.model.index(row, 0), ID_ROLE) for row in range(page.model.rowCount())]


def current_id(page: ActivitiesPage) -> int | None:
    return page.model.record_id(page.table.currentIndex().row())


def open_form(qtbot: QtBot, page: ActivitiesPage, key: Qt.Key, modifier: Qt.KeyboardModifier) -> ActivityForm:
    qtbot.keyClick(page.table, key, modifier)
    form = page.form
    assert form is not None and form.isVisible()
    activate(qtbot, form)
    return form


def activate(qtbot: QtBot, window: QWidget) -> None:
    """What the window manager does for a new window (the offscreen platform leaves it to us)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_ctrl_n_then_typing_and_enter_adds_an_activity(
    qtbot: QtBot, page: ActivitiesPage, filled_store: Store
) -> None:
    before = live_ids(filled_store)
    changes: list[str] = []
    page.data_changed.connect(changes.append)

    form = open_form(qtbot, page, Qt.Key.Key_N, CTRL)
    assert form.windowTitle() == "Thêm hoạt động"
    assert form.fields.kind.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first kind
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Tọa đàm bình đẳng giới ở Bản Nà Hẩu")
    for field in (form.fields.total, form.fields.female):
        field.setFocus()
        qtbot.keyClicks(field, "40" if field is form.fields.total else "25")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    wait_for_list(qtbot, page)

    (new_id,) = live_ids(filled_store) - before
    assert page.form is None
    assert changes == [DataChange.ACTIVITIES]
    assert current_id(page) == new_id  # the saved record is selected in the list
    row = page.table.currentIndex().row()
    assert cell(page, row, TITLE) == "Tọa đàm bình đẳng giới ở Bản Nà Hẩu"
    assert cell(page, row, 0) == f"{TODAY:%d/%m/%Y}"
    assert page.count_label.text() == f"{len(before) + 1} hoạt động"


def test_enter_on_a_row_edits_it(qtbot: QtBot, page: ActivitiesPage, filled_store: Store) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    activity_id = current_id(page)
    assert activity_id is not None

    form = open_form(qtbot, page, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert form.windowTitle() == "Sửa hoạt động"
    form.fields.title.setFocus()
    form.fields.title.selectAll()
    type_text(qtbot, form.fields.title, "Họp dân thôn Hà Mỹ về phòng, chống bạo lực gia đình")
    qtbot.keyClick(form.fields.title, Qt.Key.Key_Return)
    wait_for_list(qtbot, page)

    with filled_store.reading() as session:
        saved = session.get(Activity, activity_id)
        assert saved is not None and saved.title == "Họp dân thôn Hà Mỹ về phòng, chống bạo lực gia đình"
    assert current_id(page) == activity_id
    assert cell(page, page.table.currentIndex().row(), TITLE) == saved.title


def test_ctrl_d_duplicates_the_selected_activity(
    qtbot: QtBot, page: ActivitiesPage, filled_store: Store
) -> None:
    page.table.selectRow(2)
    source_id = current_id(page)
    assert source_id is not None
    source_title = cell(page, 2, TITLE)
    before = live_ids(filled_store)

    form = open_form(qtbot, page, Qt.Key.Key_D, CTRL)
    assert form.windowTitle() == "Nhân bản hoạt động"
    assert form.fields.title.text() == source_title
    qtbot.keyClick(form.fields.title, Qt.Key.Key_Return)
    wait_for_list(qtbot, page)

    (copy_id,) = live_ids(filled_store) - before
    assert copy_id != source_id and current_id(page) == copy_id
    with filled_store.reading() as session:
        copy, source = session.get(Activity, copy_id), session.get(Activity, source_id)
        assert copy is not None and source is not None
        assert (copy.title, copy.kind_id, copy.participants_total) == (
            source.title,
            source.kind_id,
            source.participants_total,
        )


def test_delete_moves_to_the_trash_and_ctrl_z_brings_it_back(
    qtbot: QtBot, page: ActivitiesPage, filled_store: Store
) -> None:
    page.table.setFocus()
    page.table.selectRow(4)
    doomed = current_id(page)
    count = page.model.rowCount()
    changes: list[str] = []
    page.data_changed.connect(changes.append)

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    wait_for_list(qtbot, page)

    assert doomed not in live_ids(filled_store)
    assert doomed not in shown_ids(page) and page.model.rowCount() == count - 1
    assert page.undo_bar.isVisible()
    assert page.undo_text.text() == "Đã chuyển 1 hoạt động vào Thùng rác. Bấm “Hoàn tác” nếu xóa nhầm."
    assert page.trash_button.text() == "Thùng rác (1)"
    assert current_id(page) == page.model.record_id(4)  # the next row is selected, ready for Delete again

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    wait_for_list(qtbot, page)

    assert doomed in live_ids(filled_store)
    assert page.model.rowCount() == count and current_id(page) == doomed
    assert changes == [DataChange.ACTIVITIES, DataChange.ACTIVITIES]  # the dashboard and reports re-read
    assert not page.undo_bar.isVisible()
    assert page.trash_button.text() == "Thùng rác"


def test_restore_from_the_trash_dialog(qtbot: QtBot, page: ActivitiesPage, filled_store: Store) -> None:
    page.table.selectRow(0)
    doomed = current_id(page)
    title = cell(page, 0, TITLE)
    page.delete_button.click()
    wait_for_list(qtbot, page)
    assert doomed not in shown_ids(page)

    qtbot.mouseClick(page.trash_button, Qt.MouseButton.LeftButton)
    dialog = page.trash_dialog
    assert dialog is not None and dialog.isVisible()
    activate(qtbot, dialog)
    assert [item.title for item in dialog.items()] == [title]
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, CTRL)
    wait_for_list(qtbot, page)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    assert doomed in live_ids(filled_store)
    assert doomed in shown_ids(page)
    assert not page.undo_bar.isVisible()  # nothing left to undo
    qtbot.waitUntil(lambda: page.trash_dialog is None)


def test_a_refused_save_shows_the_error_and_saves_nothing(
    qtbot: QtBot, page: ActivitiesPage, filled_store: Store
) -> None:
    before = live_ids(filled_store)
    form = open_form(qtbot, page, Qt.Key.Key_N, CTRL)
    form.fields.total.setFocus()
    qtbot.keyClicks(form.fields.total, "10")
    form.fields.female.setFocus()
    qtbot.keyClicks(form.fields.female, "12")
    qtbot.keyClick(form.fields.female, Qt.Key.Key_Return)

    assert form.isVisible() and page.form is form
    assert live_ids(filled_store) == before
    assert form.fields.messages["title"].text() == "Chưa nhập tên hoạt động. Vui lòng nhập tên hoạt động."
    assert form.fields.messages["participants_female"].text() == (
        "Số nữ (12) lớn hơn tổng số người tham gia (10). Vui lòng kiểm tra lại."
    )


@pytest.fixture
def searchable(filled_store: Store) -> tuple[int, int]:
    """Two activities saved through the core (which indexes their text), in different villages."""
    with filled_store.transaction() as session:
        kind_id = session.scalars(select(ActivityKind.id).order_by(ActivityKind.id)).first()
        villages = list(session.scalars(select(Village.id).order_by(Village.id)))
        start = local_datetime(TODAY - timedelta(days=2), 8)

        def add(title: str, village_id: int, status: ActivityStatus) -> int:
            data = ActivityInput(
                kind_id=kind_id, title=title, start_at=start, end_at=start + timedelta(hours=2),
                village_id=village_id, participants_total=30, status=status,
            )  # fmt: skip
            return create_activity(session, data, today=TODAY)

        first = add("Nói chuyện chuyên đề Bình đẳng giới", villages[0], ActivityStatus.DONE)
        second = add("Sinh hoạt CLB Đẳng cấp", villages[1], ActivityStatus.PLANNED)
    return first, second


def test_search_ignores_diacritics_and_filters_combine(
    qtbot: QtBot, searchable: tuple[int, int], page: ActivitiesPage, filled_store: Store
) -> None:
    first, second = searchable
    page.reload()
    wait_for_list(qtbot, page)

    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    assert page.filter_bar.search_box.hasFocus()
    qtbot.keyClicks(page.filter_bar.search_box, "binh dang")
    qtbot.keyClick(page.filter_bar.search_box, Qt.Key.Key_Return)
    wait_for_list(qtbot, page)
    assert shown_ids(page) == [first]
    assert page.count_label.text() == "Tìm thấy 1 hoạt động"

    page.filter_bar.search_box.selectAll()
    qtbot.keyClicks(page.filter_bar.search_box, "DANG")
    qtbot.keyClick(page.filter_bar.search_box, Qt.Key.Key_Return)
    wait_for_list(qtbot, page)
    assert set(shown_ids(page)) == {first, second}

    status = page.filter_bar.status
    assert status is not None
    status.setCurrentIndex(status.findText("Dự kiến"))
    wait_for_list(qtbot, page)
    assert shown_ids(page) == [second]

    page.filter_bar.clear_button.click()
    wait_for_list(qtbot, page)
    assert len(shown_ids(page)) == len(live_ids(filled_store))


def test_village_and_kind_filters_show_the_matching_rows(
    qtbot: QtBot, page: ActivitiesPage, filled_store: Store
) -> None:
    village = page.filter_bar.village
    village.setCurrentIndex(village.findText("Thôn Phú Mỹ"))
    wait_for_list(qtbot, page)
    with filled_store.reading() as session:
        expected = set(
            session.scalars(
                select(Activity.id)
                .join(Village)
                .where(Village.name == "Thôn Phú Mỹ", Activity.is_deleted.is_(False))
            )
        )
    assert expected and set(shown_ids(page)) == expected

    village.setCurrentIndex(0)
    kind = page.filter_bar.kind
    kind.setCurrentIndex(1)
    wait_for_list(qtbot, page)
    with filled_store.reading() as session:
        kind_label = session.scalar(select(ActivityKind.label).where(ActivityKind.id == kind.currentData()))
        count = session.scalar(
            select(func.count()).select_from(Activity).where(Activity.kind_id == kind.currentData())
        )
    assert page.model.rowCount() == count
    assert all(cell(page, row, KIND) == kind_label for row in range(page.model.rowCount()))


def test_sorting_by_a_header_asks_the_store(qtbot: QtBot, page: ActivitiesPage, filled_store: Store) -> None:
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # Tham gia
    wait_for_list(qtbot, page)
    totals = [int(cell(page, row, 5).replace(".", "")) for row in range(page.model.rowCount())]
    assert totals == sorted(totals) and len(totals) == len(live_ids(filled_store))


def test_a_catalogue_change_re_reads_the_pickers(
    qtbot: QtBot, page: ActivitiesPage, filled_store: Store
) -> None:
    village = page.filter_bar.village
    assert village.findText("Thôn Tân Lập") == -1
    with filled_store.transaction() as session:
        add_entry(session, CatalogueKind.VILLAGE, "Thôn Tân Lập")
        kind_id = session.scalars(select(ActivityKind.id).order_by(ActivityKind.id)).first()
        assert kind_id is not None
        set_active(session, CatalogueKind.ACTIVITY_KIND, kind_id, False)

    page.on_data_changed(DataChange.CATALOGUES)

    assert village.findText("Thôn Tân Lập") > 0
    kind = page.filter_bar.kind
    assert kind.itemText(kind.findData(kind_id)).endswith("(ngừng dùng)")  # old records can still be found


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def _statuses(store: Store) -> dict[int, ActivityStatus]:
    with store.reading() as session:
        return {row.id: row.status for row in session.execute(select(Activity.id, Activity.status))}


def test_ctrl_p_prints_the_log_of_the_selected_done_rows_and_says_what_was_left_out(
    qtbot: QtBot, page: ActivitiesPage, tmp_path: Path, filled_store: Store
) -> None:
    statuses = _statuses(filled_store)
    ids = shown_ids(page)
    planned = next(row for row, i in enumerate(ids) if statuses[i] is ActivityStatus.PLANNED)
    done = [row for row, i in enumerate(ids) if statuses[i] is ActivityStatus.DONE][:2]
    table = page.table
    table.clearSelection()
    for number, row in enumerate([planned, *done]):
        point = table.visualRect(page.model.index(row, TITLE)).center()
        modifier = CTRL if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, point)
    chosen = {cell(page, row, TITLE) for row in done}
    others = {cell(page, row, TITLE) for row in range(page.model.rowCount())} - chosen
    assert len(chosen) == 2 and others

    qtbot.keyClick(table, Qt.Key.Key_P, CTRL)
    page.log_launcher.wait()
    qtbot.waitUntil(lambda: page.log_launcher.dialog is not None, timeout=5000)
    dialog = page.log_launcher.dialog
    assert dialog is not None and dialog.isVisible()
    (log,) = dialog.content.tables()
    assert {str(row.cells[2]) for row in log.rows} == chosen  # the planned one is left out …
    assert all(title in dialog.preview.toPlainText() for title in chosen)
    assert dialog.message.text() == (  # … and the officer is told
        "1 hoạt động đã chọn chưa thực hiện (dự kiến hoặc đã hủy) không được đưa vào sổ nhật ký."
    )

    dialog.choose_target = lambda name: tmp_path / name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.runner.wait()
    qtbot.waitUntil(lambda: dialog.saved_to is not None, timeout=10000)
    assert dialog.saved_to is not None and dialog.saved_to.parent == tmp_path
    text = _pdf_text(dialog.saved_to)
    assert all(title in text for title in chosen)
    assert not [title for title in others if title in text and not any(title in c for c in chosen)]
    assert "ghi nhận 2 hoạt động đã thực hiện" in text
    assert "Đã lưu nhật ký" in dialog.message.text()


def test_printing_the_log_through_the_preview_prints_the_selected_done_activities(
    filled_store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    """Hoạt động: click a row, Ctrl+click another, In nhật ký, then In… → Qt's preview → In, to a PDF
    printer; in a child process, so a crash (as when the preview's printer was freed) fails this test."""
    pdf = tmp_path / "nhat-ky.pdf"

    run = run_print_scenario("activity_log", layout.root, TODAY.isoformat(), pdf)

    text = printed_text(run, pdf)
    ids = run.facts["activity_ids"]
    assert isinstance(ids, list) and len(set(ids)) == 2
    with filled_store.reading() as session:
        selected = session.execute(
            select(Activity.title, Activity.start_at, Activity.budget_vnd, Activity.status).where(
                Activity.id.in_(ids)
            )
        ).all()
    # The log lists done activities only; one left out for not being done is not printed.
    chosen = [row for row in selected if row.status is ActivityStatus.DONE]
    left_out = [row for row in selected if row.status is not ActivityStatus.DONE]
    assert chosen and len(chosen) + len(left_out) == 2
    assert f"ghi nhận {len(chosen)} hoạt động đã thực hiện" in text
    unbroken = text.replace(" ", "")  # narrow columns break a date or a sum across lines
    for title, start, _budget, _status in chosen:
        assert title.replace(" ", "") in unbroken and f"{local_date(start):%d/%m/%Y}" in unbroken
    assert not [row.title for row in left_out if row.title.replace(" ", "") in unbroken]
    budget = group_thousands(sum(row.budget_vnd for row in chosen))
    assert re.search(rf"Tổngcộng[0-9.]*{re.escape(budget)}Nơinhận", unbroken)  # the total row ends the log
    reader = pypdf.PdfReader(pdf)
    assert run.facts["title"] == "Xem trước khi in" and run.facts["preview_pages"] == len(reader.pages)
    assert run.facts["previews_left"] == 0
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (297, 210)  # A4 landscape


def test_with_nothing_selected_a_long_list_is_asked_first(
    qtbot: QtBot, page: ActivitiesPage, monkeypatch: pytest.MonkeyPatch, filled_store: Store
) -> None:
    monkeypatch.setattr("gender_equality_desk.gui.dialogs.activity_log_dialog.LARGE_LOG", 1)
    asked: list[int] = []
    page.log_launcher.confirm_large = lambda count: asked.append(count) is not None  # the officer says no
    page.table.clearSelection()

    qtbot.mouseClick(page.print_log_button, Qt.MouseButton.LeftButton)

    assert asked == [page.model.rowCount()] and page.log_launcher.dialog is None

    page.log_launcher.confirm_large = lambda count: True
    qtbot.mouseClick(page.print_log_button, Qt.MouseButton.LeftButton)
    page.log_launcher.wait()
    qtbot.waitUntil(lambda: page.log_launcher.dialog is not None, timeout=5000)
    dialog = page.log_launcher.dialog
    assert dialog is not None
    statuses = _statuses(filled_store)
    done = [i for i in shown_ids(page) if statuses[i] is ActivityStatus.DONE]
    assert len(dialog.content.tables()[0].rows) == len(done) < page.model.rowCount()
