from __future__ import annotations

from pathlib import Path

import pytest

from gender_equality_desk.core.fileio import write_bytes_atomic, write_with
from gender_equality_desk.core.paths import DATA_DIR_ENV, default_data_dir, resolve_data_dir, resources_dir


def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_data_dir(None) == default_data_dir()
    assert "GenderEqualityDesk" in str(default_data_dir())
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"
    assert resolve_data_dir(str(tmp_path / "from-cli")) == tmp_path / "from-cli"


def test_default_data_dir_follows_platformdirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "GenderEqualityDesk"


def test_resources_are_found() -> None:
    assert (resources_dir() / "catalogues" / "activity_kinds.json").is_file()


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    write_bytes_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the good version")

    def broken_writer(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError("USB stick pulled out")

    with pytest.raises(OSError, match="USB"):
        write_with(target, broken_writer)
    assert target.read_bytes() == b"the good version"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
