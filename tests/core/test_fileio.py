"""File modes of atomic writes: private by default, shareable for documents handed on."""

from __future__ import annotations

import hashlib
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from gender_equality_desk.core.fileio import SHAREABLE_MODE, atomic_path, file_sha256, write_bytes_atomic
from gender_equality_desk.core.reports.delivery import SCRATCH_PREFIX, deliver

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_data_files_stay_private_to_the_owner(tmp_path: Path) -> None:
    target = tmp_path / "store-settings.json"
    write_bytes_atomic(target, b"{}")
    assert _mode(target) == 0o600


@posix_only
def test_shareable_files_are_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.pdf"
    with atomic_path(target, shareable=True) as temp:
        temp.write_bytes(b"%PDF-1.4")
    assert _mode(target) == SHAREABLE_MODE == 0o644
    assert target.read_bytes() == b"%PDF-1.4"


@posix_only
def test_a_delivered_report_is_shareable_and_the_scratch_folder_is_gone(tmp_path: Path) -> None:
    scratch_folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
    scratch = scratch_folder / "bao-cao.xlsx"
    scratch.write_bytes(b"PK\x03\x04 workbook")
    target = tmp_path / "Gửi huyện" / "bao-cao.xlsx"
    assert deliver(scratch, target) == target
    assert target.read_bytes() == b"PK\x03\x04 workbook"
    assert _mode(target) == 0o644
    assert not scratch_folder.exists()


def test_file_sha256_reads_the_whole_file(tmp_path: Path) -> None:
    data = bytes(range(256)) * 9000  # over two megabytes: more than one read
    path = tmp_path / "anh.jpg"
    path.write_bytes(data)
    assert file_sha256(path) == hashlib.sha256(data).hexdigest()
    path.write_bytes(data[:-1] + b"\x00")
    assert file_sha256(path) != hashlib.sha256(data).hexdigest()
