"""The activity log of a commune built by hand: dates are dates, counts are numbers in their own columns
(people, nữ, nam; quantity and unit), participant totals, only done activities unless asked, the village
chosen shown with the place — in the content and read back from the XLSX."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.xlsx import render_xlsx
from gender_equality_desk.core.reports.activity_log import activity_log_report, selected_activities_log
from gender_equality_desk.core.reports.content import Table
from gender_equality_desk.core.store.engine import Store

from .handmade import add_activity, add_propaganda, add_village, make_commune, sql

START, END = date(2025, 11, 1), date(2025, 11, 30)


@pytest.fixture
def commune(store: Store) -> Store:
    make_commune(store)
    na_lam = add_village(store, "Thôn Nà Lầm")
    ban_chu = add_village(store, "Thôn Bản Chu")
    add_activity(
        store, "launch_ceremony", date(2025, 11, 18), title="Lễ phát động", total=40, female=25,
        budget=1_500_000, village_id=na_lam, place="Nhà văn hóa thôn Nà Lầm",
    )  # fmt: skip
    add_activity(
        store, "training", date(2025, 11, 20), title="Tập huấn", total=30, female=10, male=20,
        village_id=ban_chu, place="Hội trường UBND xã", last_day=date(2025, 11, 21),
    )  # fmt: skip
    add_activity(
        store, "club_meeting", date(2025, 11, 22), title="Sinh hoạt CLB", total=12, village_id=na_lam
    )
    add_activity(
        store,
        "training",
        date(2025, 11, 25),
        title="Tập huấn dự kiến",
        total=0,
        status=ActivityStatus.PLANNED,
    )
    add_activity(
        store, "contest", date(2025, 11, 26), title="Hội thi (hoãn)", total=0, status=ActivityStatus.CANCELLED
    )
    add_propaganda(
        store, "banner_slogan", date(2025, 11, 16), title="Treo băng rôn", quantity=12,
        places=("Trụ sở UBND xã", "Trường THCS"), village_id=ban_chu,
    )  # fmt: skip
    return store


def log_table(store: Store) -> Table:
    with store.reading() as session:
        (table,) = activity_log_report(session, START, END).tables()
    return table


def test_cells_are_dates_and_numbers_in_their_own_columns(commune: Store) -> None:
    table = log_table(commune)
    at = {column.label: index for index, column in enumerate(table.columns)}
    rows = {str(row.cells[at["Nội dung hoạt động"]]).split(" (")[0]: row.cells for row in table.rows}
    assert list(rows) == ["Treo băng rôn", "Lễ phát động", "Tập huấn", "Sinh hoạt CLB"]  # by date, done only
    launch = rows["Lễ phát động"]
    assert launch[at["Ngày"]] == date(2025, 11, 18)
    assert (launch[at["Số người tham gia"]], launch[at["Nữ"]], launch[at["Nam"]]) == (40, 25, None)
    assert launch[at["Địa điểm"]] == "Nhà văn hóa thôn Nà Lầm"  # names the village already
    training = rows["Tập huấn"]
    assert training[at["Nội dung hoạt động"]] == "Tập huấn (đến 21/11/2025)"
    assert training[at["Địa điểm"]] == "Hội trường UBND xã, thôn Bản Chu"
    assert rows["Sinh hoạt CLB"][at["Địa điểm"]] == "Thôn Nà Lầm"  # no place typed: the village
    banners = rows["Treo băng rôn"]
    assert (banners[at["Số lượng"]], banners[at["Đơn vị tính"]]) == (12, "cái")
    assert banners[at["Số người tham gia"]] is None
    assert banners[at["Địa điểm"]] == "Trụ sở UBND xã; Trường THCS, thôn Bản Chu"

    totals = table.totals()
    people = sql(
        commune,
        "SELECT sum(participants_total), sum(participants_female), sum(participants_male), sum(budget_vnd), "
        "sum(participants_total - coalesce(participants_female, 0) - coalesce(participants_male, 0)) "
        "FROM activity WHERE status = 'done' AND is_deleted = 0",
    )[0]
    summed = ("Số người tham gia", "Nữ", "Nam", "Kinh phí (đồng)")
    assert tuple(totals[at[label]] for label in summed) == people[:4]
    assert people == (82, 35, 20, 1_500_000, 27)
    assert "Có 27 lượt người tham gia chưa được ghi nhận là nữ hay nam" in table.note


def test_the_xlsx_holds_real_dates_and_numbers(commune: Store, tmp_path: Path) -> None:
    with commune.reading() as session:
        content = activity_log_report(session, START, END)
    sheet = openpyxl.load_workbook(render_xlsx(content, tmp_path / "log.xlsx"))["Nhật ký"]
    header = [cell.value for cell in sheet[4]]
    assert {"Nữ", "Nam", "Số người tham gia", "Số lượng", "Đơn vị tính"} <= set(header)
    day, people, female, male = (header.index(label) for label in ("Ngày", "Số người tham gia", "Nữ", "Nam"))
    first = [cell for cell in sheet[6]]  # row 5 is the banners, 6 the launch ceremony
    assert isinstance(first[day].value, datetime) and first[day].value.date() == date(2025, 11, 18)
    assert first[day].number_format == "dd/mm/yyyy"
    assert (first[people].value, first[female].value, first[male].value) == (40, 25, None)
    total_row = [cell.value for cell in sheet[9]]
    assert total_row[0] == "Tổng cộng" and str(total_row[people]).startswith("=SUM(")


def test_a_selection_leaves_out_what_was_not_done_unless_asked(commune: Store) -> None:
    ids = [row[0] for row in sql(commune, "SELECT id FROM activity ORDER BY id")]
    with commune.reading() as session:
        log = selected_activities_log(session, ids)
        asked = selected_activities_log(session, ids, include_not_done=True)
    (table,) = log.content.tables()
    assert [str(row.cells[2]).split(" (")[0] for row in table.rows] == [
        "Lễ phát động",
        "Tập huấn",
        "Sinh hoạt CLB",
    ]
    assert log.left_out == 2
    (everything,) = asked.content.tables()
    titles = [str(row.cells[2]) for row in everything.rows]
    assert "Tập huấn dự kiến (Dự kiến)" in titles and "Hội thi (hoãn) (Đã hủy)" in titles
    assert asked.left_out == 0

    not_done = [row[0] for row in sql(commune, "SELECT id FROM activity WHERE status != 'done'")]
    with pytest.raises(UserFacingError, match="đều chưa thực hiện"), commune.reading() as session:
        selected_activities_log(session, not_done)
