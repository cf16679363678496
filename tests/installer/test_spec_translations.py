"""The bundle always carries an up-to-date English translation, though app_en.qm is not committed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is the `bundle` extra: pip install -e '.[bundle]'")

from .test_spec import ROOT, bundled, run_spec  # after the skip: test_spec needs PyInstaller

QM = ROOT / "resources" / "translations" / "app_en.qm"


def test_spec_rebuilds_a_stale_english_translation_and_bundles_it(monkeypatch: pytest.MonkeyPatch) -> None:
    newest_ts = max(
        path.stat().st_mtime for path in (ROOT / "resources" / "translations" / "en").glob("*.ts")
    )
    if QM.is_file():
        os.utime(QM, (newest_ts - 60, newest_ts - 60))  # as if a .ts had been edited after the last build
    analysis = run_spec(monkeypatch, smoke_test=False)["Analysis"][0]
    assert QM.is_file() and QM.stat().st_mtime > newest_ts
    assert str(Path("resources/translations/app_en.qm")) in bundled(analysis.kwargs["datas"])
