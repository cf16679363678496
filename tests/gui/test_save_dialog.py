"""The extension a typed file name lacks is added; one already there, in any case, is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from gender_equality_desk.gui.save_dialog import with_extension


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("bao-cao", "bao-cao.pdf"),
        ("bao-cao.pdf", "bao-cao.pdf"),
        ("bao-cao.PDF", "bao-cao.PDF"),
        ("bao-cao.v2", "bao-cao.v2.pdf"),
        ("bao-cao.xlsx", "bao-cao.xlsx.pdf"),
    ],
)
def test_with_extension(tmp_path: Path, typed: str, saved: str) -> None:
    assert with_extension(tmp_path / typed, ".pdf") == tmp_path / saved
