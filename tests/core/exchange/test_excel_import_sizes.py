"""Oversized Excel files: formatted blank rows below the data are never read, data too far down, a cell
longer than Excel allows, a file or part bigger than any template are refused in Vietnamese before
openpyxl reads them, and a check or an import can be stopped (an import then writes nothing)."""

from __future__ import annotations

import os
import re
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl.worksheet import _reader as openpyxl_reader
from sqlalchemy import func, select

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.excel_import import check_workbook, import_rows, workbook_scan
from gender_equality_desk.core.progress import JobCancelled
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity
from tests.core.exchange.test_excel_import_messages import ROW, TODAY, _fill
from tests.core.exchange.test_excel_import_messages import template as template  # the fixture

SHEET = "xl/worksheets/sheet1.xml"
ENTRY = b"<si><t>a</t></si>"  # one shared string


@pytest.fixture
def filled(template: Path, tmp_path: Path) -> Path:
    rows = [{**ROW, "Tên hoạt động": f"Họp dân lần {n}"} for n in range(1, 4)]
    return _fill(template, rows, tmp_path / "thon.xlsx")  # rows 3–5


def _rewrite(
    source: Path, target: Path, edit: Callable[[str], str], add: dict[str, bytes] | None = None
) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = original.read(info.filename)
            copy.writestr(info.filename, edit(data.decode()).encode() if info.filename == SHEET else data)
        for name, data in (add or {}).items():
            copy.writestr(name, data)
    return target


def _append(rows: str, last_row: int) -> Callable[[str], str]:
    """Rows from 6 on replaced by `rows` (the template formats rows down to 60)."""

    def edit(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:S{last_row}"/>', xml)  # as Excel does
        xml = re.sub(r'<row r="(\d+)"[^>]*?(?:/>|>.*?</row>)',
                     lambda row: row[0] if int(row[1]) < 6 else "", xml, flags=re.S)  # fmt: skip
        return xml.replace("</sheetData>", rows + "</sheetData>")

    return edit


def _check(store: Store, path: Path, **extra: object) -> object:
    with store.reading() as session:
        return check_workbook(session, path, today=TODAY, **extra)  # type: ignore[arg-type]


def test_formatted_blank_rows_below_the_data_are_never_read(
    store: Store, filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blanks = "".join(f'<row r="{n}" spans="1:19" s="1" customFormat="1"/>' for n in range(6, 200_006))
    path = _rewrite(filled, tmp_path / "dong-trong.xlsx", _append(blanks, 200_005))
    parsed: list[int] = []
    real = openpyxl_reader.WorkSheetParser.parse_row

    def counted(self: object, element: object) -> object:
        parsed.append(1)
        return real(self, element)  # type: ignore[arg-type]

    monkeypatch.setattr(openpyxl_reader.WorkSheetParser, "parse_row", counted)
    checked = _check(store, path)
    assert [row.title for row in checked.valid_rows] == ["Họp dân lần 1", "Họp dân lần 2", "Họp dân lần 3"]  # type: ignore[attr-defined]
    assert len(parsed) < 100  # the data rows and the other sheets, not 200,000 blank rows


def test_data_far_below_any_template_is_refused_with_its_row(
    store: Store, filled: Path, tmp_path: Path
) -> None:
    far = '<row r="20000"><c r="A20000" t="inlineStr"><is><t>Lạc chỗ</t></is></c></row>'
    path = _rewrite(filled, tmp_path / "xa.xlsx", _append(far, 20_000))
    with pytest.raises(UserFacingError) as refused:
        _check(store, path)
    assert str(refused.value) == (
        "Trang “Hoạt động” có dữ liệu đến dòng 20.000; một tệp nhập liệu có tối đa 5.000 dòng dữ liệu "
        "(đến dòng 10.000). Hãy xóa các dòng thừa ở cuối trang hoặc chia thành nhiều tệp nhỏ rồi nhập "
        "lần lượt."
    )


def test_a_cell_longer_than_excel_allows_is_refused_before_openpyxl_holds_it(
    store: Store, filled: Path, tmp_path: Path
) -> None:
    cell = "Kết quả tốt " * (4 * 1024 * 1024)  # 48 million characters in one cell (before: 318 MB for 60 MB)
    row = f'<row r="6"><c r="Q6" t="inlineStr"><is><t>{cell}</t></is></c></row>'
    path = _rewrite(filled, tmp_path / "o-dai.xlsx", _append(row, 6))
    del cell, row
    tracemalloc.start()
    try:
        with pytest.raises(
            UserFacingError, match=r"có một ô dài hơn 32\.767 ký tự, quá giới hạn của chính Excel"
        ):
            _check(store, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_a_long_cell_within_excels_limit_still_reads(store: Store, filled: Path, tmp_path: Path) -> None:
    summary = "Tổ chức tốt. " * 2500  # 32,500 characters
    row = (f'<row r="6"><c r="A6" t="inlineStr"><is><t>Họp dài</t></is></c><c r="B6" t="inlineStr"><is>'
           f'<t>Tập huấn</t></is></c><c r="C6" t="inlineStr"><is><t>20/11/2025</t></is></c>'
           f'<c r="S6" t="inlineStr"><is><t>{summary}</t></is></c></row>')  # fmt: skip
    path = _rewrite(filled, tmp_path / "dai-vua.xlsx", _append(row, 6))
    checked = _check(store, path)
    assert "Họp dài" in [row.title for row in checked.valid_rows]  # type: ignore[attr-defined]


def test_a_file_or_a_part_bigger_than_any_template_is_refused_unread(
    store: Store, filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gender_equality_desk.core.exchange.excel_import import reader

    monkeypatch.setattr(reader, "load_workbook", lambda *_args, **_kwargs: pytest.fail("openpyxl was asked"))
    photo = _rewrite(filled, tmp_path / "anh.xlsx", lambda xml: xml,
                     add={"xl/media/image1.png": os.urandom(22 * 1024 * 1024)})  # fmt: skip
    with pytest.raises(UserFacingError) as refused:
        _check(store, photo)
    assert str(refused.value).startswith(
        "Tệp “anh.xlsx” nặng 22,0 MB (tối đa 20,0 MB), lớn hơn mọi tệp nhập liệu"
    )
    huge = b"<sst>" + ENTRY * 2_200_000 + b"</sst>"
    strings = _rewrite(
        filled, tmp_path / "chuoi.xlsx", lambda xml: xml, add={workbook_scan.SHARED_STRINGS: huge}
    )
    with pytest.raises(UserFacingError, match=r"có phần “xl/sharedStrings\.xml” nặng 35,7 MB khi giải nén"):
        _check(store, strings)
    many = _rewrite(filled, tmp_path / "nhieu.xlsx", lambda xml: xml,
                    add={workbook_scan.SHARED_STRINGS: b"<sst>" + ENTRY * 250_000 + b"</sst>"})  # fmt: skip
    with pytest.raises(UserFacingError, match=r"có hơn 200\.000 chuỗi chữ khác nhau"):
        _check(store, many)


def test_rows_without_cell_references_are_counted_instead(tmp_path: Path) -> None:
    xml = ('<worksheet><sheetData><row><c t="inlineStr"><is><t>a</t></is></c></row><row/><row>'
           '<c><v>3</v></c></row><row/><row r="9"><c/></row></sheetData></worksheet>')  # fmt: skip
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(SHEET, xml)
    with zipfile.ZipFile(path) as archive:
        assert workbook_scan.last_data_row(path, archive, SHEET) == 3


def test_cancelling_a_check_or_an_import_stops_it_and_writes_nothing(store: Store, filled: Path) -> None:
    seen: list[int] = []

    def stop_halfway(done: int, total: int) -> None:
        seen.append(100 * done // total)
        if seen[-1] >= 60:
            raise JobCancelled

    with pytest.raises(JobCancelled):
        _check(store, filled, progress=stop_halfway)
    assert seen == sorted(seen) and seen[-1] >= 60

    checked = _check(store, filled)
    calls: list[int] = []

    def stop_at_the_third(done: int, total: int) -> None:
        calls.append(done)
        if done == 3:
            raise JobCancelled

    with pytest.raises(JobCancelled), store.transaction() as session:
        import_rows(session, checked, today=TODAY, progress=stop_at_the_third)  # type: ignore[arg-type]
    assert calls == [1, 2, 3]
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0  # two rows rolled back
