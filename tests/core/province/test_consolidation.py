"""The province's sums: every total against plain SQL on the store file, blanks counted not added, the
latest version only, merged and missing communes, and the drill-down adding up to each total."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.consolidation import Consolidation, consolidate, drill_down
from gender_equality_desk.core.store.engine import Store

from .province_fixtures import (
    FIGURE_CODES,
    SUMMED_CODES,
    Province,
    add_commune,
    add_round,
    add_submission,
    fill_province,
    set_up_province,
)

# The oracle: written from the schema alone, without the ORM or the module under test.
LATEST = """
    SELECT s.id, s.commune_code FROM received_submission s
    JOIN province_commune c ON c.code = s.commune_code AND c.is_deleted = 0
    JOIN reporting_round r ON r.id = s.round_id
    WHERE s.round_id = :round AND s.is_deleted = 0
      AND (c.merged_into_code = '' OR c.merged_on > r.period_start)
      AND s.version = (SELECT MAX(t.version) FROM received_submission t
                       WHERE t.round_id = s.round_id AND t.commune_code = s.commune_code AND t.is_deleted = 0)
"""
SUMS = f"""
    WITH latest AS ({LATEST})
    SELECT f.code, SUM(f.value), COUNT(f.value) FROM latest l
    JOIN received_figure f ON f.submission_id = l.id
    GROUP BY f.code
"""


def sql_sums(store: Store, round_id: int) -> dict[str, tuple[int | None, int]]:
    with sqlite3.connect(store.path) as connection:
        return {
            code: (total, count)
            for code, total, count in connection.execute(SUMS, {"round": round_id}).fetchall()
        }


def sql_included(store: Store, round_id: int) -> set[str]:
    with sqlite3.connect(store.path) as connection:
        return {code for _id, code in connection.execute(LATEST, {"round": round_id})}


@pytest.fixture
def province(store: Store) -> Province:
    return fill_province(store, communes=40)


@pytest.fixture
def result(store: Store, province: Province) -> Consolidation:
    with store.reading() as session:
        return consolidate(session, province.round_id)


def test_every_total_equals_an_independent_sql_sum(
    store: Store, province: Province, result: Consolidation
) -> None:
    sums = sql_sums(store, province.round_id)
    included = len(sql_included(store, province.round_id))
    assert len(result.included) == included == len(province.reported) > 30
    for code in SUMMED_CODES:
        total = result.total_of(code)
        assert (total.total, total.reporting) == sums[code], code
        assert len(total.blank) == included - sums[code][1]
    assert any(result.total_of(code).blank for code in FIGURE_CODES)  # the fixture has blanks to count


def test_the_drill_down_adds_up_to_each_total(result: Consolidation) -> None:
    for code in SUMMED_CODES:
        rows = drill_down(result, code)
        assert [row.commune.code for row in rows] == [report.commune.code for report in result.included]
        given = [row.value for row in rows if row.value is not None]
        assert sum(given) == result.total_of(code).total
        assert len(given) == result.total_of(code).reporting
        assert tuple(row.commune.name for row in rows if row.value is None) == result.total_of(code).blank


def test_missing_communes_are_named_in_roster_order(
    store: Store, province: Province, result: Consolidation
) -> None:
    assert [commune.code for commune in result.missing] == list(province.missing)
    assert {report.commune.code for report in result.included} == sql_included(store, province.round_id)
    assert result.expected == 40
    assert province.missing and not set(province.missing) & sql_included(store, province.round_id)


def test_a_commune_merged_before_the_period_is_not_counted_and_that_is_said(
    province: Province, result: Consolidation
) -> None:
    codes = {r.commune.code for r in result.included} | {c.code for c in result.missing}
    assert not codes & set(province.merged_away)
    (sentence,) = result.not_counted
    assert (
        "Xã Hợp Thành (cũ) (mã 09990)" in sentence and "sáp nhập vào Xã Hoàng Văn Thụ (mã 04000)" in sentence
    )
    assert "01/07/2025" in sentence


def _small_round(store: Store) -> int:
    with store.transaction() as session:
        set_up_province(session)
        round_id = add_round(session)
        for code, name in (("001", "Xã An"), ("002", "Xã Bình"), ("003", "Xã Cường"), ("004", "Xã Dương")):
            add_commune(session, code, name, sort_order=int(code))
    return round_id


def test_a_blank_is_not_zero(store: Store) -> None:
    round_id = _small_round(store)
    with store.transaction() as session:
        add_submission(session, round_id, "001", "Xã An", {"AM01": 5, "AM03": None, "AM04": 40})
        add_submission(session, round_id, "002", "Xã Bình", {"AM01": None, "AM03": None, "AM04": 60})
        add_submission(session, round_id, "003", "Xã Cường", {"AM01": 0})  # no AM03 row at all
    with store.reading() as session:
        result = consolidate(session, round_id)
    am01, am03, am04 = (result.total_of(code) for code in ("AM01", "AM03", "AM04"))
    assert (am01.total, am01.reporting, am01.blank) == (5, 2, ("Xã Bình",))
    # Nobody gave a figure: no total at all, never a 0 nobody reported.
    assert (am03.total, am03.reporting, am03.blank) == (None, 0, ("Xã An", "Xã Bình", "Xã Cường"))
    # Shares are not added up across communes, but who gave one is still counted.
    assert (am04.total, am04.reporting) == (None, 2)
    assert [c.name for c in result.missing] == ["Xã Dương"]
    assert result.total_of("AM").total is None and result.total_of("AM").reporting == 0


def test_only_the_latest_version_counts(store: Store) -> None:
    round_id = _small_round(store)
    with store.transaction() as session:
        add_submission(session, round_id, "001", "Xã An", {"AM01": 10, "AM02": 100}, version=1)
        add_submission(session, round_id, "001", "Xã An", {"AM01": 3, "AM02": None}, version=2)
        add_submission(session, round_id, "002", "Xã Bình", {"AM01": 7, "AM02": 20}, version=1)
    with store.reading() as session:
        result = consolidate(session, round_id)
    assert result.total_of("AM01").total == 10  # 3 + 7, not 10 + 3 + 7
    assert result.total_of("AM02").total == 20 and result.total_of("AM02").blank == ("Xã An",)
    assert [report.version for report in result.included] == [2, 1]


def test_a_commune_merged_during_the_period_is_still_expected(store: Store) -> None:
    with store.transaction() as session:
        set_up_province(session)
        round_id = add_round(session, kind="gender-equality", period="year", start=date(2025, 1, 1),
                             end=date(2025, 12, 31), deadline=date(2025, 12, 10), year=2025)  # fmt: skip
        add_commune(session, "100", "Xã Mới")
        add_commune(session, "101", "Xã Cũ Sáp Nhập Giữa Năm", merged_into="100", merged_on=date(2025, 7, 1))
        add_commune(
            session, "102", "Xã Cũ Sáp Nhập Từ Đầu Năm", merged_into="100", merged_on=date(2025, 1, 1)
        )
        add_submission(session, round_id, "100", "Xã Mới", {"AM01": 4})
    with store.reading() as session:
        result = consolidate(session, round_id)
    assert [c.code for c in result.missing] == ["101"]
    assert result.expected == 2 and result.not_counted == ()


def test_a_file_from_a_commune_no_longer_in_the_roster_is_named_not_added(store: Store) -> None:
    round_id = _small_round(store)
    with store.transaction() as session:
        add_submission(session, round_id, "001", "Xã An", {"AM01": 1})
        add_submission(session, round_id, "999", "Xã Lạ", {"AM01": 1000})
    with store.reading() as session:
        result = consolidate(session, round_id)
    assert result.total_of("AM01").total == 1
    assert result.not_counted == ("Báo cáo của Xã Lạ (mã 999) không được cộng vì xã không có trong danh bạ.",)


def test_headings_name_the_row_a_sub_row_belongs_to(result: Consolidation) -> None:
    headings = {line.code: line.heading for line in result.lines}
    assert headings["AM02"] == "2. Số lượt người tham gia"
    assert headings["AM02F"] == "2. Số lượt người tham gia — Trong đó: Nữ"
    assert headings["VB01F"] == "5. Số nạn nhân được hỗ trợ — Trong đó: Nữ"


def test_a_group_row_has_nothing_to_drill_into(result: Consolidation) -> None:
    with pytest.raises(UserFacingError, match="dòng tiêu đề nhóm"):
        drill_down(result, "AM")
    with pytest.raises(UserFacingError, match="không có chỉ tiêu mã “XX”"):
        drill_down(result, "XX")
