"""Issue 15 end to end, through the command line as a province IT person and 40 communes would run it.

40 demo communes (seeds 1501–1540) each set their code, import the province's key and round file, make
their own Action Month workbook and `submit`; the province `receive`s the files of 37 of them. Every
consolidated figure must equal the sum of those communes' figures read back from their OWN workbooks (not
from what they sent), completeness must name exactly the 3 communes whose files were held back, and
after they arrive the province's own workbook must add up over all 40.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gender_equality_desk.cli import main
from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import passwords
from gender_equality_desk.core.store.opening import open_store

COMMUNES = 40
HELD_BACK = (7, 19, 33)  # their files stay on the stick at first
YEAR = 2026
AS_OF = date(2026, 12, 20)


@dataclass(frozen=True)
class Commune:
    number: int
    code: str
    name: str
    officer: str
    phone: str
    folder: Path


@dataclass(frozen=True)
class Round:
    province: Path
    communes: tuple[Commune, ...]
    stick: Path  # the submitted files


def run(*argv: str | Path) -> None:
    code = main([str(arg) for arg in argv])
    assert code == 0, argv


def own_figures(commune: Commune, workbook: Path) -> dict[str, int | None]:
    """The commune's Action Month figures as its OWN workbook prints them (sheet "Chỉ tiêu", from row 5:
    number, label, unit, figure), keyed by the codes of the same rows in its store, in the same order."""
    with sqlite3.connect(commune.folder / "gedesk.sqlite3") as db:
        rows = db.execute(
            "SELECT code, is_group, unit FROM report_indicator WHERE report_kind = 'action-month' "
            "AND is_deleted = 0 AND is_active = 1 ORDER BY sort_order, id"
        ).fetchall()
    sheet = load_workbook(workbook, data_only=True)["Chỉ tiêu"]
    printed = [row[3] for row in sheet.iter_rows(min_row=5, max_row=4 + len(rows), values_only=True)]
    figures: dict[str, int | None] = {}
    for (code, is_group, unit), value in zip(rows, printed, strict=True):
        if is_group and not unit:
            continue  # a heading
        figures[code] = value if isinstance(value, int) else None  # "—": nothing recorded
    return figures


@pytest.fixture(scope="module")
def province_round(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Round]:
    saved_cost = passwords.current_cost
    passwords.current_cost = passwords.KdfCost(log2_n=10, r=8, p=1)  # demo accounts: not what is tested
    try:
        yield _build(tmp_path_factory.mktemp("e2e"))
    finally:
        passwords.current_cost = saved_cost


def _build(root: Path) -> Round:
    province = root / "tinh"
    communes = tuple(
        Commune(
            n, f"{10000 + n:05d}", f"Xã Thử Nghiệm {n:02d}", f"Cán bộ {n}", f"0912{n:06d}", root / f"xa{n}"
        )
        for n in range(1, COMMUNES + 1)
    )
    roster = root / "danh-sach-xa.csv"
    with roster.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Mã đơn vị hành chính", "Tên xã/phường", "Cán bộ phụ trách", "Số điện thoại"])
        writer.writerows([c.code, c.name, c.officer, c.phone] for c in communes)
    run("setup", "--data-dir", province, "--province-desk", "--province", "Lạng Sơn")
    run("roster", "import", "--data-dir", province, roster)
    run(
        "round",
        "add",
        "--data-dir",
        province,
        "--kind",
        "action-month",
        "--year",
        YEAR,
        "--deadline",
        "2026-12-31",
    )
    run("round", "publish", "--data-dir", province, "--kind", "action-month", "--year", YEAR,
        "--out", root / "thang-hanh-dong.gedround")  # fmt: skip
    run("province-key", "export", "--data-dir", province, "--out", root / "LangSon.gedkey")
    stick = root / "usb"
    stick.mkdir()
    for commune in communes:
        store = open_store(DataLayout(commune.folder))
        try:
            generate_demo(store, years=1, scale=1, seed=1500 + commune.number, as_of=AS_OF)
        finally:
            store.close()
        run("setup", "--data-dir", commune.folder, "--unit-code", commune.code)
        run("province-key", "import", "--data-dir", commune.folder, root / "LangSon.gedkey")
        run("round", "import", "--data-dir", commune.folder, root / "thang-hanh-dong.gedround")
        run("report", "action-month", "--data-dir", commune.folder, "--year", YEAR, "--format", "xlsx",
            "--out", commune.folder / "bao-cao.xlsx")  # fmt: skip
        run(
            "submit", "--data-dir", commune.folder, "--report", "action-month", "--year", YEAR, "--out", stick
        )
    return Round(province, communes, stick)


def _files(stick: Path, communes: tuple[Commune, ...]) -> list[Path]:
    return sorted(path for c in communes for path in stick.glob(f"{c.code}_*.gedsub"))


def round_codes(province: Path) -> list[str]:
    """The codes of the round's rows that carry a figure, in the round's order (plain SQL)."""
    with sqlite3.connect(province / "gedesk.sqlite3") as db:
        rows = db.execute(
            "SELECT code, is_group, unit FROM round_indicator ORDER BY sort_order, id"
        ).fetchall()
    return [code for code, is_group, unit in rows if not is_group or unit]


Figures = dict[str, object]


def province_sheet(workbook: Path, codes: list[str]) -> tuple[dict[str, Figures], Figures]:
    """The province workbook's "Theo xã" sheet: each commune's figures by code, and the total row."""
    sheet = load_workbook(workbook, data_only=True)["Theo xã"]
    grid = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(i for i, row in enumerate(grid) if "Mã xã" in row)
    first = grid[header].index("Mã xã") + 2  # TT, Mã xã, Tên xã, then one column per code
    communes: dict[str, Figures] = {}
    total: Figures = {}
    for row in grid[header + 1 :]:
        if row[0] == "Tổng cộng":
            total = dict(zip(codes, row[first : first + len(codes)], strict=True))
        elif isinstance(row[1], str) and row[1].isdigit():
            communes[row[1]] = dict(zip(codes, row[first : first + len(codes)], strict=True))
    return communes, total


def as_figure(value: object) -> int | None:
    return value if isinstance(value, int) else None


def test_forty_communes_submit_and_the_province_adds_up_what_they_printed(
    province_round: Round, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    held = {c.code for c in province_round.communes if c.number in HELD_BACK}
    sent = [c for c in province_round.communes if c.code not in held]
    assert len(_files(province_round.stick, province_round.communes)) == COMMUNES
    run("receive", "--data-dir", province_round.province, *_files(province_round.stick, tuple(sent)))
    capsys.readouterr()

    run("completeness", "--data-dir", province_round.province, "--kind", "action-month", "--year", YEAR)
    listed = capsys.readouterr().out
    named = {c.code for c in province_round.communes if c.name in listed}
    assert named == held  # exactly the three whose files were held back
    for commune in province_round.communes:
        if commune.code in held:
            assert commune.phone in listed

    codes = round_codes(province_round.province)
    summary = tmp_path / "tong-hop.xlsx"
    run("report", "province-summary", "--data-dir", province_round.province, "--kind", "action-month",
        "--year", YEAR, "--format", "xlsx", "--out", summary)  # fmt: skip
    rows, total = province_sheet(summary, codes)

    assert set(rows) == {c.code for c in sent}
    expected: dict[str, int | None] = dict.fromkeys(codes)
    for commune in sent:
        own = own_figures(commune, commune.folder / "bao-cao.xlsx")
        assert {code: as_figure(rows[commune.code][code]) for code in codes} == {
            code: own.get(code) for code in codes
        }, commune.name  # what the province shows is what the commune printed
        for code in codes:
            if own.get(code) is not None:
                expected[code] = (expected[code] or 0) + own[code]  # type: ignore[operator]
    assert {code: as_figure(total[code]) for code in codes} == expected
    assert sum(1 for value in expected.values() if value) > 20  # a real round, not a table of blanks

    run(
        "receive",
        "--data-dir",
        province_round.province,
        *_files(province_round.stick, province_round.communes),
    )
    capsys.readouterr()
    run("completeness", "--data-dir", province_round.province, "--kind", "action-month", "--year", YEAR)
    chased = capsys.readouterr().out
    assert not [c.name for c in province_round.communes if c.name in chased]  # nobody left to call
    run("report", "province-summary", "--data-dir", province_round.province, "--kind", "action-month",
        "--year", YEAR, "--format", "xlsx", "--out", summary)  # fmt: skip
    rows, total = province_sheet(summary, codes)
    assert len(rows) == COMMUNES
    for code in codes:
        given = [as_figure(rows[commune][code]) for commune in rows]
        numbers = [value for value in given if value is not None]
        assert as_figure(total[code]) == (sum(numbers) if numbers else None), code
