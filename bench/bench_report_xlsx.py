"""Benchmark: render_xlsx on a large activity log against raw openpyxl write-only writing the same cells.

    .venv/bin/python bench/bench_report_xlsx.py --rows 100000
    .venv/bin/python bench/bench_report_xlsx.py --data-dir /tmp/demo --from 2020-01-01 --to 2026-12-31

1. The content: the activity log (sổ nhật ký) of a demo store given by --data-dir over --from/--to, or,
   without --data-dir, a synthesised log of --rows rows with the report's columns (whatever they are),
   realistic Vietnamese text, dates and figures. Building the content is not timed.
2. render_xlsx: the whole workbook (document sheet, styled table sheet with SUM total, print setup),
   saved atomically; the write-only mode is chosen by the renderer itself.
3. Raw baseline: Workbook(write_only=True), one sheet, the header row and then every figure row appended
   as plain values (no styles, merges or formulas), saved to a plain file. The ratio is the price of
   the formatting and of the document sheet.

Prints figures only; timings are never asserted.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import ProfileInput
from gender_equality_desk.core.render.xlsx import render_xlsx, uses_write_only
from gender_equality_desk.core.reports.activity_log import COLUMNS, activity_log_report
from gender_equality_desk.core.reports.content import (
    Cell,
    CellKind,
    Paragraph,
    ReportContent,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.letterhead import document_header, signature_block
from gender_equality_desk.core.store.opening import open_store

PROFILE = ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Lạng Sơn",
    place_name="Cao Lâu",
    issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Vi Văn Thái",
)
TITLES = (
    "Tập huấn kỹ năng phòng, chống bạo lực gia đình cho cán bộ thôn",
    "Họp dân tuyên truyền Luật Bình đẳng giới",
    "Sinh hoạt câu lạc bộ Gia đình hạnh phúc",
    "Treo băng rôn hưởng ứng Tháng hành động",
    "Phát thanh chuyên mục bình đẳng giới trên loa truyền thanh",
)
KINDS = (
    "Tập huấn",
    "Họp dân, truyền thông trực tiếp",
    "Sinh hoạt câu lạc bộ",
    "Băng rôn, khẩu hiệu",
    "Phát thanh",
)
PLACES = ("Nhà văn hóa thôn Bản Cưởm", "Hội trường UBND xã", "Trường Tiểu học Cao Lâu", "Thôn Khòn Khuyên")
UNITS = ("Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Công chức Văn hóa - Xã hội", "Trạm Y tế xã")


TEXTS = {"Nội dung hoạt động": TITLES, "Hình thức": KINDS, "Địa điểm": PLACES, "Đơn vị thực hiện": UNITS}
MONEY = (0, 0, 500_000, 1_500_000, 3_200_000)


def synthetic_cell(column: TableColumn, number: int, day: date, chance: random.Random) -> Cell:
    """A plausible cell for any column of the log (its columns change as the report grows)."""
    if column.label == "STT":
        return number
    if column.kind is CellKind.DATE:
        return day
    if column.kind is CellKind.VND:
        return chance.choice(MONEY)
    if column.kind is not CellKind.TEXT:
        return chance.randint(0, 400)
    if column.label == "Ngày":
        return f"{day:%d/%m/%Y}"
    return chance.choice(TEXTS.get(column.label, UNITS))


def synthetic_log(rows: int, seed: int) -> ReportContent:
    chance = random.Random(seed)
    first = date(2020, 1, 1)
    body = []
    for number in range(1, rows + 1):
        day = first + timedelta(days=number * 2500 // max(rows, 1))
        body.append(TableRow(tuple(synthetic_cell(column, number, day, chance) for column in COLUMNS)))
    table = Table(
        "Nhật ký hoạt động (tổng hợp)", COLUMNS, tuple(body), total_label="Tổng cộng", sheet_name="Nhật ký"
    )
    return ReportContent(
        header=document_header(
            PROFILE, document_type="Sổ nhật ký", symbol="NK-UBND", subject="Sổ nhật ký", day=None
        ),
        blocks=(Paragraph(f"Ghi nhận {rows} hoạt động."), table),
        signature=signature_block(PROFILE, ()),
        file_stem="NhatKy_Bench",
        landscape=True,
    )


def store_log(data_dir: Path, start: date, end: date) -> ReportContent:
    store = open_store(DataLayout(data_dir))
    try:
        with store.reading() as session:
            return activity_log_report(session, start, end)
    finally:
        store.close()


def raw_write_only(table: Table, target: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Nhật ký")
    sheet.append([column.label for column in table.columns])
    for row in table.rows:
        sheet.append(row.cells)
    workbook.save(target)


def best_of(repeat: int, action: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and CPU seconds of `repeat` runs (CPU time is steadier on a busy machine)."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=100_000, help="rows of the synthesised log")
    parser.add_argument("--data-dir", type=Path, help="a demo store: log its records instead")
    parser.add_argument("--from", dest="start", type=date.fromisoformat, default=date(2000, 1, 1))
    parser.add_argument("--to", dest="end", type=date.fromisoformat, default=date(2100, 12, 31))
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    content = (
        store_log(args.data_dir, args.start, args.end)
        if args.data_dir
        else synthetic_log(args.rows, args.seed)
    )
    (table,) = content.tables()
    cells = len(table.rows) * len(table.columns)
    print(f"activity log: {len(table.rows):,} rows × {len(table.columns)} columns = {cells:,} cells")
    print(f"write-only mode: {'yes' if uses_write_only(content) else 'no'}")
    with tempfile.TemporaryDirectory() as folder:
        ours = Path(folder) / "render.xlsx"
        raw = Path(folder) / "raw.xlsx"
        rendered, rendered_cpu = best_of(args.repeat, lambda: render_xlsx(content, ours))
        baseline, baseline_cpu = best_of(args.repeat, lambda: raw_write_only(table, raw))
        size = {path: f"{path.stat().st_size / 1e6:.1f} MB" for path in (ours, raw)}
        print(f"render_xlsx:             {rendered:7.2f} s wall {rendered_cpu:7.2f} s CPU  ({size[ours]})")
        print(f"raw openpyxl write-only: {baseline:7.2f} s wall {baseline_cpu:7.2f} s CPU  ({size[raw]})")
        print(
            f"ratio render/raw:        {rendered / baseline:7.2f} wall {rendered_cpu / baseline_cpu:7.2f} CPU"
        )


if __name__ == "__main__":
    main()
