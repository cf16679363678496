"""The district's list of communes' statistics: newest first, damaged files named, CSV exactly as received."""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime
from pathlib import Path

from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.exchange.package_statistics import (
    ReceivedStatistics,
    ReceivedTable,
    keep_received_statistics,
    statistics_folder,
)
from gender_equality_desk.core.exchange.received_statistics_files import (
    CSV_HEADER,
    FileProblem,
    SideBySideRow,
    kept_statistics_files,
    periods_received,
    received_statistics_csv,
    save_received_statistics_csv,
    side_by_side,
    suggested_csv_name,
)
from gender_equality_desk.core.paths import DataLayout

SEXES = ReceivedTable(
    "survivor_sex", "Giới tính nạn nhân", (("Nữ", "5"), ("Nam", "<3"), ("Không rõ", "x")), "7"
)
VILLAGES = ReceivedTable("village", "Thôn, bản", (("Thôn Nà Làng", "7"),), "7")
NA_LANG = ReceivedStatistics(
    "Xã Nà Làng", "Tỉnh Lào Cai", date(2025, 1, 1), date(2025, 12, 31), 3, "7", (SEXES, VILLAGES)
)
BAN_VEN = ReceivedStatistics(
    "Xã Bản Vền", "Tỉnh Lào Cai", date(2025, 1, 1), date(2025, 12, 31), 3, "<3",
    (ReceivedTable("survivor_sex", "Giới tính nạn nhân", (("Nữ", "<3"),), "<3"),),
)  # fmt: skip
NA_LANG_2024 = ReceivedStatistics(
    "Xã Nà Làng", "Tỉnh Lào Cai", date(2024, 1, 1), date(2024, 12, 31), 3, "0", ()
)


def _kept_at(layout: DataLayout, stats: ReceivedStatistics, day: int) -> Path:
    path = keep_received_statistics(layout, stats)
    moment = datetime(2026, 3, day, 9, 30, tzinfo=LOCAL_TZ).timestamp()
    os.utime(path, (moment, moment))
    return path


def test_files_are_listed_newest_received_first(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path)
    _kept_at(layout, NA_LANG_2024, 2)
    _kept_at(layout, NA_LANG, 9)
    _kept_at(layout, BAN_VEN, 5)
    files = kept_statistics_files(layout)
    assert [kept.statistics for kept in files] == [NA_LANG, BAN_VEN, NA_LANG_2024]
    assert files[0].received_at == datetime(2026, 3, 9, 9, 30, tzinfo=LOCAL_TZ)
    assert all(kept.problem is None for kept in files)
    assert periods_received(files) == [
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2024, 1, 1), date(2024, 12, 31)),
    ]


def test_damaged_files_are_listed_with_their_problem_not_dropped(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path)
    _kept_at(layout, NA_LANG, 1)
    folder = statistics_folder(layout)
    (folder / "cut-off.json").write_text('{"commune": "Xã Cốc Lầu", "tables": [', encoding="utf-8")
    (folder / "garbage.json").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "edited.json").write_text(
        '{"commune": "Xã Cốc Lầu", "province": "Tỉnh Lào Cai"}', encoding="utf-8"
    )
    (folder / "bad-date.json").write_text(
        '{"commune": "A", "province": "B", "period": {"from": "hôm qua", "to": "2025-12-31"},'
        ' "threshold": 3, "total": "1", "tables": []}',
        encoding="utf-8",
    )
    (folder / "notes.txt").write_text("not a statistics file")
    (folder / "locked.json").mkdir()  # reading it fails with an OSError, as a file the disk refuses
    problems = {kept.path.name: kept.problem for kept in kept_statistics_files(layout)}
    assert problems == {
        "tinh-lao-cai_xa-na-lang_20250101-20251231.json": None,
        "cut-off.json": FileProblem.NOT_JSON,
        "garbage.json": FileProblem.NOT_TEXT,
        "edited.json": FileProblem.MISSING_FIELDS,
        "bad-date.json": FileProblem.MISSING_FIELDS,
        "locked.json": FileProblem.UNREADABLE,
    }
    assert all(kept.statistics is None for kept in kept_statistics_files(layout) if kept.problem)


def test_nothing_received_yet_is_an_empty_list(tmp_path: Path) -> None:
    assert kept_statistics_files(DataLayout(tmp_path)) == []


def test_csv_is_one_flat_table_with_the_values_as_received(tmp_path: Path) -> None:
    data = received_statistics_csv([NA_LANG])
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads Vietnamese only with the BOM
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    place = ["Xã Nà Làng", "Tỉnh Lào Cai", "01/01/2025", "31/12/2025"]
    assert rows == [
        list(CSV_HEADER),
        [*place, "Giới tính nạn nhân", "Nữ", "5"],
        [*place, "Giới tính nạn nhân", "Nam", "<3"],
        [*place, "Giới tính nạn nhân", "Không rõ", "x"],
        [*place, "Giới tính nạn nhân", "Tổng số vụ", "7"],
        [*place, "Thôn, bản", "Thôn Nà Làng", "7"],
        [*place, "Thôn, bản", "Tổng số vụ", "7"],
    ]
    target = tmp_path / "out" / "na-lang.csv"
    save_received_statistics_csv([NA_LANG, BAN_VEN], target)
    saved = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(saved) == len(rows) + 2 and saved[-1][0] == "Xã Bản Vền" and saved[-1][-1] == "<3"
    assert target.stat().st_mode & 0o044 == 0o044  # a document to hand on, not an owner-only file


def test_a_label_that_looks_like_a_formula_stays_text() -> None:
    sneaky = ReceivedStatistics(
        "=HYPERLINK(\"http://x\")", "Tỉnh Lào Cai", date(2025, 1, 1), date(2025, 12, 31), 3, "1",
        (ReceivedTable("village", "+Thôn", (("@Bản", "=1+1"),), "1"),),
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(received_statistics_csv([sneaky]).decode("utf-8-sig"))))
    assert rows[1][0] == '\'=HYPERLINK("http://x")'
    assert rows[1][4:] == ["'+Thôn", "'@Bản", "'=1+1"]


def test_suggested_names_are_plain_ascii() -> None:
    assert suggested_csv_name([NA_LANG]) == "so-lieu-xa-na-lang-20250101-20251231.csv"
    assert suggested_csv_name([NA_LANG, BAN_VEN]) == "so-lieu-cac-xa-20250101-20251231.csv"


def test_side_by_side_keeps_each_commune_apart_and_adds_nothing() -> None:
    combined = side_by_side([NA_LANG, BAN_VEN])
    assert combined.communes == ("Xã Nà Làng", "Xã Bản Vền")
    assert combined.rows == (
        SideBySideRow("Giới tính nạn nhân", ("7", "<3"), heading=True),
        SideBySideRow("Nữ", ("5", "<3")),
        SideBySideRow("Nam", ("<3", "")),
        SideBySideRow("Không rõ", ("x", "")),
        SideBySideRow("Thôn, bản", ("7", ""), heading=True),  # Bản Vền sent no village table
        SideBySideRow("Thôn Nà Làng", ("7", "")),
    )
