"""Who reported on time, late, not yet: the deadline as a day in Vietnam, statuses against plain SQL, the
chase list and its printout."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from gender_equality_desk.core.province.completeness import (
    Completeness,
    ReportStatus,
    chase_list,
    chase_list_report,
    round_completeness,
)
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.store.engine import Store

from .province_fixtures import (
    PROVINCE_PROFILE,
    add_commune,
    add_round,
    add_submission,
    fill_province,
    set_up_province,
    vietnam,
)

DEADLINE = date(2026, 12, 20)

# The oracle: the latest version of each expected commune, its signing day in Vietnam (UTC+7) by SQLite.
STATUS = """
    SELECT c.code,
           CASE WHEN s.id IS NULL THEN 'not_yet'
                WHEN date(s.signed_at, '+7 hours') <= r.deadline THEN 'on_time'
                ELSE 'late' END,
           COALESCE(julianday(date(s.signed_at, '+7 hours')) - julianday(r.deadline), 0)
    FROM province_commune c
    JOIN reporting_round r ON r.id = :round
    LEFT JOIN received_submission s ON s.commune_code = c.code AND s.round_id = r.id AND s.is_deleted = 0
         AND s.version = (SELECT MAX(version) FROM received_submission t
                          WHERE t.round_id = r.id AND t.commune_code = c.code AND t.is_deleted = 0)
    WHERE c.is_deleted = 0 AND (c.merged_into_code = '' OR c.merged_on > r.period_start)
"""


def sql_statuses(store: Store, round_id: int) -> dict[str, tuple[str, int]]:
    with sqlite3.connect(store.path) as connection:
        return {
            code: (status, int(days))
            for code, status, days in connection.execute(STATUS, {"round": round_id}).fetchall()
        }


def test_statuses_match_an_independent_sql_reading(store: Store) -> None:
    province = fill_province(store, communes=40)
    with store.reading() as session:
        result = round_completeness(session, province.round_id, date(2026, 12, 24))
    oracle = sql_statuses(store, province.round_id)
    assert {row.commune.code: row.status.value for row in result.communes} == {
        code: status for code, (status, _days) in oracle.items()
    }
    for row in result.communes:
        status, days = oracle[row.commune.code]
        if status == "late":
            assert row.days_late == days > 0
        if status == "not_yet":
            assert row.days_late == 4  # 24/12 is 4 days past the deadline
    counts = {status: sum(1 for s, _ in oracle.values() if s == status) for status in ("on_time", "late")}
    assert (result.on_time, result.late, result.not_yet) == (
        counts["on_time"],
        counts["late"],
        len(province.missing),
    )
    assert result.on_time and result.late and result.expected == 40
    assert result.share_reported == pytest.approx(result.reported / 40)


@pytest.fixture
def boundary(store: Store) -> int:
    """Communes signing around midnight of the deadline, Vietnam time."""
    with store.transaction() as session:
        set_up_province(session)
        round_id = add_round(session, deadline=DEADLINE)
        moments = {
            "001": vietnam(DEADLINE, 23, 59),  # 16:59 UTC on the deadline: on time
            "002": vietnam(date(2026, 12, 21), 0, 0),  # 17:00 UTC, still the 20th in UTC: late
            "003": vietnam(DEADLINE, 6, 30),  # 23:30 UTC on the 19th: on time
            "004": vietnam(date(2026, 12, 23), 10),  # three days late
        }
        for order, (code, signed) in enumerate(moments.items()):
            add_commune(session, code, f"Xã {code}", officer=f"Cán bộ {code}", phone=f"0912 000 {code}",
                        sort_order=order)  # fmt: skip
            add_submission(session, round_id, code, f"Xã {code}", {"AM01": 1}, signed_at=signed)
        add_commune(session, "005", "Xã Chưa Nộp", officer="Vi Thị Lan", phone="0987 654 321", sort_order=9)
    return round_id


def _completeness(store: Store, round_id: int, today: date) -> Completeness:
    with store.reading() as session:
        return round_completeness(session, round_id, today)


def test_the_deadline_is_a_day_in_vietnam(store: Store, boundary: int) -> None:
    result = _completeness(store, boundary, date(2026, 12, 22))
    by_code = {row.commune.code: row for row in result.communes}
    assert by_code["001"].status is ReportStatus.ON_TIME
    assert by_code["002"].status is ReportStatus.LATE and by_code["002"].days_late == 1
    assert by_code["002"].signed_day == date(2026, 12, 21)
    assert by_code["003"].status is ReportStatus.ON_TIME
    assert by_code["004"].status is ReportStatus.LATE and by_code["004"].days_late == 3
    assert by_code["005"].status is ReportStatus.NOT_YET and by_code["005"].days_late == 2
    assert by_code["004"].status_text == "Nộp muộn 3 ngày"
    assert by_code["005"].status_text == "Chưa nộp — quá hạn 2 ngày"


def test_before_the_deadline_nobody_is_overdue(store: Store, boundary: int) -> None:
    result = _completeness(store, boundary, date(2026, 12, 18))
    waiting = next(row for row in result.communes if row.commune.code == "005")
    assert waiting.days_late == 0 and waiting.status_text == "Chưa nộp"
    assert result.days_to_deadline == 2


def test_a_correction_after_the_deadline_counts_as_late(store: Store, boundary: int) -> None:
    with store.transaction() as session:
        add_submission(session, boundary, "001", "Xã 001", {"AM01": 2}, version=2,
                       signed_at=vietnam(date(2026, 12, 22), 8))  # fmt: skip
    row = _completeness(store, boundary, date(2026, 12, 22)).communes[0]
    assert (row.status, row.version, row.days_late) == (ReportStatus.LATE, 2, 2)


def test_warnings_are_marked(store: Store, boundary: int) -> None:
    with store.transaction() as session:
        add_submission(session, boundary, "003", "Xã 003", {"AM01": 9}, version=2,
                       signed_at=vietnam(DEADLINE, 7), warnings=["Nữ lớn hơn tổng ở dòng 2."])  # fmt: skip
    result = _completeness(store, boundary, date(2026, 12, 22))
    row = next(row for row in result.communes if row.commune.code == "003")
    assert row.warnings == ("Nữ lớn hơn tổng ở dòng 2.",)
    assert row.status_text == "Đúng hạn — có cảnh báo"
    assert result.with_warnings == 1
    assert result.summary_sentence() == (
        "Đã nhận 4/5 xã (80,0%): 2 đúng hạn, 2 nộp muộn; 1 xã chưa nộp. 1 báo cáo có cảnh báo cần xem lại."
    )


def test_chase_list_puts_the_missing_first_then_the_latest(store: Store, boundary: int) -> None:
    result = _completeness(store, boundary, date(2026, 12, 22))
    assert [row.commune.code for row in chase_list(result)] == ["005", "004", "002"]


def test_chase_list_prints_names_phones_deadline_and_today(
    store: Store, boundary: int, tmp_path: Path
) -> None:
    result = _completeness(store, boundary, date(2026, 12, 22))
    pdf = render_pdf(chase_list_report(result, PROVINCE_PROFILE), tmp_path / "goi.pdf")
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())  # fmt: skip
    assert "DANH SÁCH" in text and "SỞ NỘI VỤ" in text
    assert "Hạn nộp: 20/12/2026 (đã quá hạn)" in text and "Danh sách lập ngày 22/12/2026" in text
    for name, officer, phone in (
        ("Xã Chưa Nộp", "Vi Thị Lan", "0987 654 321"),
        ("Xã 004", "Cán bộ 004", "0912 000 004"),
        ("Xã 002", "Cán bộ 002", "0912 000 002"),
    ):
        assert name in text and officer in text and phone in text
    assert "Xã 001" not in text and "Xã 003" not in text
    assert text.index("Xã Chưa Nộp") < text.index("Xã 004") < text.index("Xã 002")
