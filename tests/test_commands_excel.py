"""`gender-equality-desk import-excel` as a script or a person at a terminal runs it: the preview, the
question, the exit codes, and the activities the store holds afterwards (read by plain SQL)."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from gender_equality_desk.cli import main

SETUP = ["--commune", "Xã Cao Lâu", "--province", "Quảng Nam", "--signer", "Trần Thị Hằng"]
GOOD = {
    "Tên hoạt động": "Họp dân thôn Đông Bàn",
    "Loại hoạt động": "Tập huấn",
    "Ngày bắt đầu": date(2025, 11, 20),
    "Thôn/bản": "Thôn Đông Bàn",
    "Tổng số người tham gia": 40,
    "Số nữ": 25,
    "Số nam": 15,
}
SECOND = {**GOOD, "Tên hoạt động": "Sinh hoạt CLB", "Ngày bắt đầu": "22/11/2025", "Số nữ": 30, "Số nam": 10}
WRONG = {**GOOD, "Tên hoạt động": "Tập huấn", "Tổng số người tham gia": -40, "Số nam": -5}


class Terminal(io.StringIO):
    """Keyboard input typed at a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def root(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "xa"
    villages = tmp_path / "thon.txt"
    villages.write_text("Thôn Đông Bàn\nBản Nà Hẩu\n", encoding="utf-8")
    assert main(["setup", "--data-dir", str(folder), *SETUP, "--villages", str(villages)]) == 0
    assert (
        main(["template", "activities", "--data-dir", str(folder), "--out", str(tmp_path / "mau.xlsx")]) == 0
    )
    capsys.readouterr()
    return folder


def _filled(tmp_path: Path, rows: list[dict[str, Any]], name: str = "thon-gui.xlsx") -> str:
    workbook = load_workbook(tmp_path / "mau.xlsx")
    sheet = workbook["Hoạt động"]
    headers = {str(cell.value).replace(" (*)", ""): cell.column for cell in sheet[1]}
    for offset, values in enumerate(rows):
        for header, value in values.items():
            sheet.cell(row=3 + offset, column=headers[header], value=value)
    workbook.save(tmp_path / name)
    return str(tmp_path / name)


def _activities(root: Path) -> list[tuple[str, int, int | None, int | None, str]]:
    with sqlite3.connect(root / "gedesk.sqlite3") as db:
        return db.execute(
            "SELECT a.title, a.participants_total, a.participants_female, a.participants_male, v.name "
            "FROM activity a JOIN village v ON v.id = a.village_id ORDER BY a.start_at"
        ).fetchall()


def test_yes_imports_the_valid_rows_and_a_second_run_adds_nothing(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _filled(tmp_path, [GOOD, SECOND])
    assert main(["import-excel", "--data-dir", str(root), path, "--yes"]) == 0
    said = capsys.readouterr()
    assert said.out == (
        "Tệp “thon-gui.xlsx” — hoạt động: 2 dòng hợp lệ sẽ được nhập, 0 dòng có lỗi, 1 dòng bỏ qua (đã có, "
        "trùng hoặc dòng ví dụ).\n"
        "Đã nhập 2 hoạt động từ “thon-gui.xlsx”.\n"
    )
    assert said.err == ""
    expected = [
        ("Họp dân thôn Đông Bàn", 40, 25, 15, "Thôn Đông Bàn"),
        ("Sinh hoạt CLB", 40, 30, 10, "Thôn Đông Bàn"),
    ]
    assert _activities(root) == expected

    assert main(["import-excel", "--data-dir", str(root), path, "--yes"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Tệp “thon-gui.xlsx” — hoạt động: 0 dòng hợp lệ sẽ được nhập, 0 dòng có lỗi, 3 dòng bỏ qua (đã có, "
        "trùng hoặc dòng ví dụ).",
        "Không có dòng mới: mọi dòng của tệp đã có trong dữ liệu.",
    ]
    assert _activities(root) == expected


def test_rows_with_errors_are_shown_in_their_columns_and_exit_1(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _filled(tmp_path, [GOOD, WRONG])
    assert main(["import-excel", "--data-dir", str(root), path, "--yes"]) == 1
    said = capsys.readouterr()
    assert said.out.splitlines() == [
        "Tệp “thon-gui.xlsx” — hoạt động: 1 dòng hợp lệ sẽ được nhập, 1 dòng có lỗi, 1 dòng bỏ qua (đã có, "
        "trùng hoặc dòng ví dụ).",
        "Dòng 4 — Có lỗi: Tập huấn (20/11/2025)",
        "    Tổng số người tham gia không được là số âm (đang nhập -40). "
        "Vui lòng nhập số từ 0 đến 1.000.000.",
        "    Số nam không được là số âm (đang nhập -5). Vui lòng nhập số từ 0 đến 1.000.000.",
        "Đã nhập 1 hoạt động từ “thon-gui.xlsx”.",
    ]
    assert said.err == (
        "Chú ý: còn 1 dòng có lỗi chưa được nhập (xem trên). Hãy sửa trong tệp rồi chạy lại lệnh này: các "
        "dòng đã nhập sẽ được bỏ qua.\n"
    )
    assert [row[0] for row in _activities(root)] == ["Họp dân thôn Đông Bàn"]

    fixed = _filled(tmp_path, [GOOD, {**WRONG, "Tổng số người tham gia": 40, "Số nam": 15}])
    assert main(["import-excel", "--data-dir", str(root), fixed, "--yes"]) == 0
    assert "1 dòng hợp lệ sẽ được nhập, 0 dòng có lỗi, 2 dòng bỏ qua" in capsys.readouterr().out
    assert [row[0] for row in _activities(root)] == ["Họp dân thôn Đông Bàn", "Tập huấn"]


def test_only_wrong_rows_import_nothing(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import-excel", "--data-dir", str(root), _filled(tmp_path, [WRONG]), "--yes"]) == 1
    assert capsys.readouterr().err == (
        "Lỗi: không có dòng hợp lệ nào để nhập. Hãy sửa các dòng có lỗi (xem trên) rồi chạy lại.\n"
    )
    assert _activities(root) == []


def test_without_yes_and_without_a_terminal_nothing_is_imported(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("c\n"))  # piped input is not an answer
    assert main(["import-excel", "--data-dir", str(root), _filled(tmp_path, [GOOD])]) == 1
    said = capsys.readouterr()
    assert "1 dòng hợp lệ sẽ được nhập" in said.out and "Đã nhập" not in said.out
    assert said.err == (
        "Lỗi: chưa nhập gì: cần xác nhận nhưng không có bàn phím để hỏi. Chạy lại với --yes để nhập các dòng "
        "hợp lệ.\n"
    )
    assert _activities(root) == []


@pytest.mark.parametrize(("answer", "imported"), [("có\n", True), ("Y\n", True), ("k\n", False), ("", False)])
def test_at_a_terminal_the_officer_is_asked(
    root: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    imported: bool,
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    code = main(["import-excel", "--data-dir", str(root), _filled(tmp_path, [GOOD])])
    said = capsys.readouterr()
    assert "Nhập 1 hoạt động hợp lệ vào dữ liệu? [c = có / k = không] " in said.out
    if imported:
        assert code == 0 and said.out.endswith("Đã nhập 1 hoạt động từ “thon-gui.xlsx”.\n")
        assert [row[0] for row in _activities(root)] == ["Họp dân thôn Đông Bàn"]
    else:
        assert code == 1 and said.err == "Lỗi: chưa nhập gì (không xác nhận).\n"
        assert _activities(root) == []


def test_a_file_that_cannot_be_imported_is_refused_with_exit_1(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "rong.xlsx"
    empty.touch()
    assert main(["import-excel", "--data-dir", str(root), str(empty), "--yes"]) == 1
    said = capsys.readouterr()
    assert said.out == "" and said.err.startswith(
        "Lỗi: Tệp “rong.xlsx” trống (0 byte), không có dữ liệu nào."
    )

    workbook = load_workbook(_filled(tmp_path, [GOOD]))
    workbook["Hoạt động"].delete_cols(3)  # "Ngày bắt đầu (*)"
    workbook.save(tmp_path / "thieu-cot.xlsx")
    assert main(["import-excel", "--data-dir", str(root), str(tmp_path / "thieu-cot.xlsx"), "--yes"]) == 1
    assert capsys.readouterr().err.startswith(
        "Lỗi: Trang “Hoạt động” của tệp “thieu-cot.xlsx” (mẫu nhập hoạt động) thiếu cột bắt buộc "
        "“Ngày bắt đầu (*)”"
    )

    assert main(["import-excel", "--data-dir", str(root), str(tmp_path / "mau.xlsx"), "--yes"]) == 1
    assert capsys.readouterr().err == (
        "Lỗi: tệp “mau.xlsx” chưa có dòng dữ liệu nào (chỉ có dòng ví dụ). Hãy điền từ dòng 3 của mẫu rồi "
        "chạy lại.\n"
    )
    assert _activities(root) == []


def test_a_deleted_optional_column_is_a_warning_and_the_rows_import(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = load_workbook(_filled(tmp_path, [{**GOOD, "Số nam": None}]))
    workbook["Hoạt động"].delete_cols(13)  # "Số nam"
    workbook.save(tmp_path / "bot-cot.xlsx")
    assert main(["import-excel", "--data-dir", str(root), str(tmp_path / "bot-cot.xlsx"), "--yes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("Lưu ý – Trang “Hoạt động” không có cột “Số nam” (không bắt buộc)")
    assert _activities(root) == [("Họp dân thôn Đông Bàn", 40, 25, None, "Thôn Đông Bàn")]


def test_no_store_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nowhere = tmp_path / "chua-co"
    assert main(["import-excel", "--data-dir", str(nowhere), str(tmp_path / "x.xlsx")]) == 1
    assert capsys.readouterr().err == (
        f"Lỗi: không có tệp dữ liệu tại {nowhere / 'gedesk.sqlite3'}. Hãy kiểm tra --data-dir, hoặc khai báo "
        "xã trước bằng lệnh “gender-equality-desk setup”.\n"
    )
    assert not nowhere.exists()


def test_import_excel_as_a_real_process_with_piped_input(root: Path, tmp_path: Path) -> None:
    path = _filled(tmp_path, [GOOD])
    command = [sys.executable, "-m", "gender_equality_desk", "import-excel", "--data-dir", str(root), path]
    piped = subprocess.run(command, input="c\n", capture_output=True, text=True, timeout=120)
    assert piped.returncode == 1 and "không có bàn phím để hỏi" in piped.stderr
    assert _activities(root) == []
    done = subprocess.run([*command, "--yes"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("Đã nhập 1 hoạt động từ “thon-gui.xlsx”.\n")
    assert [row[0] for row in _activities(root)] == ["Họp dân thôn Đông Bàn"]
