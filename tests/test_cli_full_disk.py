"""`backup --out`, `export` and `report` onto a full USB stick: one Vietnamese sentence saying how much
room there is (and is needed), exit status 1, no traceback and no half-written file on the stick."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gender_equality_desk.cli import main
from tests.full_disk import FullDisk


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    data_dir = str(tmp_path_factory.mktemp("cli") / "demo")
    assert main(["demo", "--data-dir", data_dir, "--years", "1", "--as-of", "2026-12-20"]) == 0
    return data_dir


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "media" / "USB"
    folder.mkdir(parents=True)
    return folder


FULL = (
    "Lỗi: USB hoặc ổ đĩa “{stick}” đã đầy (còn trống 0,00 MB) nên không ghi được {what}. Hãy xóa bớt tệp "
    "không cần trên đó hoặc chọn nơi khác rồi thử lại. Không có tệp dở dang nào được để lại; dữ liệu "
    "trên máy không bị ảnh hưởng.\n"
)


def test_backup_out_onto_a_full_stick(
    demo_dir: str, stick: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    FullDisk(monkeypatch, stick, free=100 * 1024)
    assert main(["backup", "--data-dir", demo_dir, "--out", str(stick / "sao-luu.zip")]) == 1
    error = capsys.readouterr().err
    assert re.fullmatch(
        rf"Lỗi: USB hoặc ổ đĩa “{re.escape(str(stick))}” còn trống 0,10 MB, cần [0-9]+,[0-9]+ MB để ghi "
        r"“sao-luu\.zip”\. Hãy xóa bớt .*\n",
        error,
    ), error
    assert "Traceback" not in error and "Errno" not in error and "không đọc được" not in error
    assert list(stick.iterdir()) == []


def test_export_onto_a_stick_that_fills_up(
    demo_dir: str, stick: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    FullDisk(monkeypatch, stick, free=4096)
    code = main(["export", "--data-dir", demo_dir, "--from", "2026-01-01", "--to", "2026-12-31",
                 "--out", str(stick / "goi.zip")])  # fmt: skip
    assert code == 1
    assert capsys.readouterr().err == FULL.format(stick=stick, what="tệp “goi.zip”")
    assert list(stick.iterdir()) == []


def test_report_onto_a_stick_that_fills_up(
    demo_dir: str, stick: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    FullDisk(monkeypatch, stick, free=4096)
    code = main(["report", "action-month", "--data-dir", demo_dir, "--year", "2026", "--format", "pdf",
                 "--out", str(stick / "bao-cao.pdf")])  # fmt: skip
    assert code == 1
    assert capsys.readouterr().err == FULL.format(stick=stick, what="tệp PDF “bao-cao.pdf”")
    assert list(stick.iterdir()) == []
