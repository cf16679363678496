"""Village lists as provinces and communes keep them: text, CSV from Excel, a workbook with STT."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.village_list import VillageLine, read_village_lines, read_village_list


def _text(tmp_path: Path, name: str, content: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def _xlsx(tmp_path: Path, rows: list[list[object]], name: str = "thon.xlsx") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.create_sheet("Khác").append(["Không đọc trang này"])
    path = tmp_path / name
    workbook.save(path)
    return path


def test_a_text_file_gives_one_village_per_line(tmp_path: Path) -> None:
    path = _text(tmp_path, "thon.txt", "Thôn Đông Bàn\n\n  Bản  Nà Hẩu \r\nTổ dân phố 1\n")
    assert read_village_lines(path) == [
        VillageLine(1, "Thôn Đông Bàn"),
        VillageLine(3, "Bản Nà Hẩu"),
        VillageLine(4, "Tổ dân phố 1"),
    ]


def test_a_heading_and_numbering_are_skipped(tmp_path: Path) -> None:
    path = _text(
        tmp_path, "thon.txt", "\ufeffDanh sách thôn của xã\n1. Thôn Đông Bàn\n2) Thôn Phú Mỹ\nTổ 3\n"
    )
    assert read_village_list(path) == ["Thôn Đông Bàn", "Thôn Phú Mỹ", "Tổ 3"]


def test_a_csv_with_stt_and_semicolons_takes_the_name_column(tmp_path: Path) -> None:
    path = _text(tmp_path, "thon.csv", 'STT;Tên thôn;Số hộ\n1;Thôn Đông Bàn;120\n2;"Bản Nà; Hẩu";80\n')
    assert read_village_lines(path) == [VillageLine(2, "Thôn Đông Bàn"), VillageLine(3, "Bản Nà; Hẩu")]


def test_a_one_column_csv(tmp_path: Path) -> None:
    path = _text(tmp_path, "thon.csv", "Thôn/bản\nThôn Đông Bàn\nBản Nà Hẩu\n")
    assert read_village_list(path) == ["Thôn Đông Bàn", "Bản Nà Hẩu"]


def test_a_workbook_with_stt_reads_the_first_sheet(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["STT", "Thôn, bản, tổ dân phố"], [1, "Thôn Đông Bàn"], [], [2.0, "Bản Nà Hẩu"]])
    assert read_village_lines(path) == [VillageLine(2, "Thôn Đông Bàn"), VillageLine(4, "Bản Nà Hẩu")]
    names_only = _xlsx(tmp_path, [["Thôn Đông Bàn"], ["Bản Nà Hẩu"]], "ten.xlsx")
    assert read_village_list(names_only) == ["Thôn Đông Bàn", "Bản Nà Hẩu"]


def test_repeated_names_are_refused_with_their_lines(tmp_path: Path) -> None:
    path = _text(tmp_path, "thon.txt", "Thôn Đông Bàn\nBản Nà Hẩu\nthôn đông  bàn\nTHÔN ĐÔNG BÀN\n")
    with pytest.raises(UserFacingError) as refused:
        read_village_list(path)
    assert str(refused.value) == (
        "Tệp danh sách thôn “thon.txt” chưa dùng được:\n"
        "  “Thôn Đông Bàn” có ở nhiều dòng (1, 3, 4). Hãy giữ một dòng."
    )


def test_a_name_too_long_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _text(tmp_path, "thon.txt", "Thôn Đông Bàn\n" + "Thôn " + "x" * 130 + "\n")
    with pytest.raises(UserFacingError, match="Dòng 2: Tên thôn, bản dài 135 ký tự, vượt quá 120"):
        read_village_list(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("thon.txt", "\n\n", "Tệp “thon.txt” không có tên thôn, bản nào."),
        ("thon.txt", "STT\n", "Tệp “thon.txt” không có tên thôn, bản nào."),
        ("thon.doc", "Thôn A", "không phải .txt, .csv hoặc .xlsx"),
    ],
)
def test_files_that_cannot_be_used_are_explained(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    with pytest.raises(UserFacingError, match=message):
        read_village_list(_text(tmp_path, name, content))


def test_a_file_not_in_utf8_is_refused_rather_than_misread(tmp_path: Path) -> None:
    path = _text(tmp_path, "thon.csv", "Thôn Đông Bàn\n", encoding="utf-16")
    with pytest.raises(UserFacingError, match="tệp không ở mã UTF-8 \\(tiếng Việt sẽ sai dấu\\)"):
        read_village_list(path)


def test_missing_empty_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="Không tìm thấy tệp danh sách thôn"):
        read_village_list(tmp_path / "khong-co.txt")
    (tmp_path / "rong.xlsx").touch()
    with pytest.raises(UserFacingError, match="tệp trống \\(0 byte\\)"):
        read_village_list(tmp_path / "rong.xlsx")
    with pytest.raises(UserFacingError, match=r"không phải Excel \(\.xlsx\) hoặc bị hỏng"):
        read_village_list(_text(tmp_path, "hong.xlsx", "không phải zip"))
    (tmp_path / "thu-muc.txt").mkdir()
    with pytest.raises(UserFacingError, match="đây là một thư mục"):
        read_village_list(tmp_path / "thu-muc.txt")
