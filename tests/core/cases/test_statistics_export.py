"""Statistics leaving the machine: CSV and printout hold only suppressed counts, and each is logged."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from gender_equality_desk.core.cases import records, statistics
from gender_equality_desk.core.cases.statistics_export import (
    export_statistics_csv,
    record_statistics_printed,
    statistics_html,
)
from gender_equality_desk.core.cases.vocabulary import Sex
from gender_equality_desk.core.security.audit import AuditAction, list_entries

from .conftest import SURVIVOR_NAME, TODAY, Team, sample_case


def four_women_one_man(team: Team) -> list[str]:
    codes = []
    for day, sex in ((14, Sex.FEMALE), (15, Sex.FEMALE), (16, Sex.FEMALE), (17, Sex.FEMALE), (18, Sex.MALE)):
        row = records.create_case(
            team.officer, sample_case(team, intake_date=date(2026, 3, day), survivor_sex=sex), today=TODAY
        )
        codes.append(row.code)
    return codes


def test_the_csv_holds_suppressed_counts_only_and_the_export_is_logged(team: Team, tmp_path: Path) -> None:
    codes = four_women_one_man(team)
    stats = statistics.case_statistics(team.viewer, date(2026, 1, 1), date(2026, 12, 31))
    target = tmp_path / "thong-ke.csv"
    export_statistics_csv(team.viewer, stats, target)

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["THỐNG KÊ HỒ SƠ HỖ TRỢ NẠN NHÂN BẠO LỰC GIA ĐÌNH (ẨN DANH)"]
    assert rows[1] == ["Hồ sơ tiếp nhận từ 01/01/2026–31/12/2026"]
    sex_title = stats.suppressed["survivor_sex"].title
    by_sex = {row[1]: row[2] for row in rows if row and row[0] == sex_title}
    assert by_sex == {"Nữ": "x", "Nam": "<3", "Không rõ": "0", "Tổng số hồ sơ": "5"}
    text = raw.decode("utf-8-sig")
    assert not any(code in text for code in codes) and SURVIVOR_NAME not in text
    counts = [row[2] for row in rows[3:] if len(row) == 3]
    assert len(counts) > 20
    assert all(count in {"0", "x", "<3"} or int(count) >= 3 for count in counts)  # never a 1 or a 2

    [entry] = [line for line in list_entries(team.admin, limit=5) if line.action is AuditAction.EXPORTED]
    assert (entry.username, entry.case_code) == ("lanhdao", "")
    assert entry.detail == "thống kê hồ sơ ẩn danh 01/01/2026–31/12/2026 ra tệp CSV"


def test_the_printout_shows_the_same_suppressed_tables_and_printing_is_logged(team: Team) -> None:
    four_women_one_man(team)
    stats = statistics.case_statistics(team.officer, date(2026, 1, 1), date(2026, 12, 31))
    html = statistics_html(stats)
    assert "<td>Nam</td><td align='right' width='20%'>&lt;3</td>" in html
    assert "<td>Nữ</td><td align='right' width='20%'>x</td>" in html
    assert "Không rõ" not in html.split(stats.suppressed["survivor_sex"].title)[1].split("<h4>")[0]
    assert SURVIVOR_NAME not in html and "BL-" not in html

    record_statistics_printed(team.officer, stats)
    newest = list_entries(team.admin, limit=1)[0]
    assert (newest.action, newest.username, newest.detail) == (
        AuditAction.PRINTED,
        "canbo",
        "thống kê hồ sơ ẩn danh 01/01/2026–31/12/2026",
    )
