"""Excel import against oversized files: time and peak memory of checking each.

    .venv/bin/python bench/bench_excel_import.py                 # builds the files, measures each
    .venv/bin/python bench/bench_excel_import.py --blank-rows 200000

Files (built from a fresh template with three filled rows):

- blank rows: a million formatted blank rows below the data (Excel writes these when a whole column
  block is formatted); before: 44 s on the GUI thread;
- big sheet: a first sheet of 77 MB (190,000 rows of 20 formatted, empty cells) before the template's
  sheet; before: more than 600 s;
- long cell: one cell of 60 MB of text; before: 318 MB of memory.

Each file is checked in a fresh process (check_workbook on a store with the template's catalogues);
the figures are the wall time and the peak resident memory of that process, and the outcome.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

TODAY = date(2025, 12, 1)
ROW = {
    "Tên hoạt động": "Họp dân thôn Đông Bàn",
    "Loại hoạt động": "Tập huấn",
    "Ngày bắt đầu": date(2025, 11, 20),
    "Tổng số người tham gia": 40,
    "Số nữ": 25,
    "Số nam": 15,
}


def _template(data_dir: Path, target: Path) -> Path:
    from gender_equality_desk.core.exchange.excel_import import write_template
    from gender_equality_desk.core.paths import DataLayout
    from gender_equality_desk.core.records.kinds import RecordType
    from gender_equality_desk.core.store.opening import open_store

    store = open_store(DataLayout(data_dir))
    try:
        with store.reading() as session:
            write_template(session, RecordType.ACTIVITY, target)
    finally:
        store.close()
    workbook = load_workbook(target)
    sheet = workbook.worksheets[0]
    headers = {str(cell.value).replace(" (*)", ""): cell.column for cell in sheet[1] if cell.value}
    for offset in range(3):
        for header, value in ROW.items():
            sheet.cell(
                row=3 + offset,
                column=headers[header],
                value=f"{value} {offset}" if header == "Tên hoạt động" else value,
            )
    workbook.save(target)
    return target


def _rewrite(source: Path, target: Path, part: str, edit: callable) -> Path:  # type: ignore[valid-type]
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = original.read(info.filename)
            copy.writestr(info.filename, edit(data) if info.filename == part else data)
    return target


def _dimension(sheet_xml: bytes, last_row: int) -> bytes:
    """What Excel writes for such a sheet: its used range reaches the last (formatted) row."""
    return re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="A1:T{last_row}"/>'.encode(), sheet_xml)


def build(folder: Path, data_dir: Path, blank_rows: int) -> dict[str, Path]:
    template = _template(data_dir, folder / "mau.xlsx")
    sheet = "xl/worksheets/sheet1.xml"

    def blanks(data: bytes) -> bytes:
        rows = "".join(
            f'<row r="{n}" spans="1:20" s="1" customFormat="1"/>' for n in range(6, 6 + blank_rows)
        )
        return _dimension(data.replace(b"</sheetData>", rows.encode() + b"</sheetData>"), 5 + blank_rows)

    def long_cell(data: bytes) -> bytes:
        text = "Kết quả " * (60 * 1024 * 1024 // 10)
        cell = f'<row r="6"><c r="A6" t="inlineStr"><is><t>{text}</t></is></c></row>'
        return data.replace(b"</sheetData>", cell.encode() + b"</sheetData>")

    files = {
        "blank rows": _rewrite(template, folder / "dong-trong.xlsx", sheet, blanks),
        "long cell": _rewrite(template, folder / "o-dai.xlsx", sheet, long_cell),
    }
    # Big sheet: a copy of the template's sheet in front, row 1 blank and a number in every row below.
    columns = [chr(ord("A") + index) for index in range(20)]
    rows = "".join(
        f'<row r="{n}" spans="1:20">' + "".join(f'<c r="{c}{n}" s="1"/>' for c in columns) + "</row>"
        for n in range(1, 190_001)
    )
    with zipfile.ZipFile(template) as original:
        workbook_xml = original.read("xl/workbook.xml").decode()
        rels = original.read("xl/_rels/workbook.xml.rels").decode()
        types = original.read("[Content_Types].xml").decode()
        first = original.read(sheet).decode()
        big = re.sub(r"<sheetData>.*</sheetData>", f"<sheetData>{rows}</sheetData>", first, flags=re.S)
        big = re.sub(r"<dataValidations.*?</dataValidations>", "", big, flags=re.S)
        big = _dimension(big.encode(), 190_000).decode()
        workbook_xml = workbook_xml.replace(
            "<sheets>",
            '<sheets><sheet xmlns:r="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships" name="Trang tính" '
            'sheetId="99" r:id="rIdBig"/>',
            1,
        )
        rels = rels.replace(
            "</Relationships>",
            '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats'
            '.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/big.xml"/>'
            "</Relationships>",
        )
        types = types.replace(
            "</Types>",
            '<Override PartName="/xl/worksheets/big.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        target = folder / "trang-lon.xlsx"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in original.infolist():
                replaced = {
                    "xl/workbook.xml": workbook_xml,
                    "xl/_rels/workbook.xml.rels": rels,
                    "[Content_Types].xml": types,
                }.get(info.filename)
                copy.writestr(info.filename, replaced.encode() if replaced else original.read(info.filename))
            copy.writestr("xl/worksheets/big.xml", big.encode())
    files["big sheet"] = target
    return files


def measure(path: str, data_dir: str) -> None:
    """Run in a fresh process: check one file, print its figures as JSON."""
    from gender_equality_desk.core.errors import UserFacingError
    from gender_equality_desk.core.exchange.excel_import import check_workbook
    from gender_equality_desk.core.paths import DataLayout
    from gender_equality_desk.core.store.opening import open_store

    store = open_store(DataLayout(Path(data_dir)))
    started = time.monotonic()
    try:
        with store.reading() as session:
            checked = check_workbook(session, Path(path), today=TODAY)
        outcome = f"{len(checked.valid_rows)} dòng hợp lệ"
    except UserFacingError as error:
        outcome = f"từ chối: {str(error)[:140]}"
    seconds = time.monotonic() - started
    store.close()
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would show the builder's peak.
    status = Path("/proc/self/status").read_text()
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    peak = (
        int(found.group(1)) // 1024 if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    )
    print(json.dumps({"seconds": round(seconds, 1), "peak_mb": peak, "outcome": outcome}, ensure_ascii=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blank-rows", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=int, default=900)
    parser.add_argument("--measure", nargs=2, metavar=("FILE", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(*args.measure)
        return 0
    with tempfile.TemporaryDirectory(prefix="gedesk-excel-bench-") as scratch:
        folder = Path(scratch)
        data_dir = folder / "data"
        from gender_equality_desk.core.paths import DataLayout
        from gender_equality_desk.core.profile import add_villages
        from gender_equality_desk.core.store.opening import open_store

        store = open_store(DataLayout(data_dir))
        with store.transaction() as session:
            add_villages(session, ["Thôn Đông Bàn"])
        store.close()
        for name, path in build(folder, data_dir, args.blank_rows).items():
            try:
                done = subprocess.run(
                    [sys.executable, __file__, "--measure", str(path), str(data_dir)],
                    capture_output=True,
                    text=True,
                    timeout=args.timeout,
                    check=True,
                )
                figures = json.loads(done.stdout)
                print(
                    f"{name:11} ({path.stat().st_size / 1e6:5.1f} MB on disk): {figures['seconds']:6.1f} s, "
                    f"peak {figures['peak_mb']:5} MB — {figures['outcome']}"
                )
            except subprocess.TimeoutExpired:
                print(f"{name:11}: still running after {args.timeout} s (stopped)")
            except subprocess.CalledProcessError as error:
                print(f"{name:11}: crashed — {error.stderr.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
