"""The exchange subcommands, run through their own parser as cli.py will wire them."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gender_equality_desk.commands_exchange import add_exchange_commands, run_exchange_command
from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.opening import open_store


def _run(layout: DataLayout, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="gender-equality-desk")
    add_exchange_commands(parser.add_subparsers(dest="command"))
    return run_exchange_command(layout, parser.parse_args(list(argv)))


@pytest.fixture
def commune(tmp_path: Path) -> DataLayout:
    layout = DataLayout(tmp_path / "xa")
    store = open_store(layout)
    generate_demo(store, years=1, scale=1, seed=3, as_of=date(2025, 12, 20))
    store.close()
    return layout


def test_export_then_import_preview_and_apply(
    commune: DataLayout, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "goi.zip"
    assert _run(commune, "export", "--from", "2025-11-15", "--to", "2025-12-15", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Đã xuất gói dữ liệu {out}:") and "Mã khóa ký:" in said
    province = DataLayout(tmp_path / "tinh")
    assert _run(province, "import", str(out)) == 0
    preview = capsys.readouterr().out
    assert "Chữ ký hợp lệ" in preview and "Chưa nhập gì. Chạy lại với --yes để nhập." in preview
    new_line = next(line for line in preview.splitlines() if line.strip().startswith("Mới:"))
    new_count = int(new_line.split(":")[1].replace(".", ""))
    assert new_count > 0
    assert _run(province, "import", str(out), "--yes") == 0
    assert f"Đã nhập: {new_count} mới, 0 cập nhật" in capsys.readouterr().out.replace(".", "")
    assert _run(province, "import", str(out)) == 0
    assert "  Mới: 0" in capsys.readouterr().out


def test_template_written_for_each_kind(commune: DataLayout, tmp_path: Path) -> None:
    for kind, sheet in (("activities", "Hoạt động"), ("propaganda", "Tuyên truyền")):
        out = tmp_path / f"{kind}.xlsx"
        assert _run(commune, "template", kind, "--out", str(out)) == 0
        assert load_workbook(out).sheetnames[0] == sheet


def test_bad_arguments_are_explained_in_vietnamese(
    commune: DataLayout, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        _run(commune, "export", "--from", "15/11/2025", "--to", "2025-12-15", "--out", "x.zip")
    assert "không phải ngày dạng YYYY-MM-DD" in capsys.readouterr().err
