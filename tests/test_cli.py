"""The command line as a user runs it: --help, check, demo (through main() and as a real process)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from gender_equality_desk.cli import main
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security.audit_archive import (
    ArchiveSource,
    archive_file,
    archive_folder,
    exported_log,
)
from gender_equality_desk.core.store.opening import open_store


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "demo" in out and "check" in out and "--data-dir" in out


def test_check_on_a_healthy_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_store(DataLayout(tmp_path)).close()
    assert main(["check", "--data-dir", str(tmp_path)]) == 0
    store_line, audit_line = capsys.readouterr().out.strip().splitlines()
    assert store_line.startswith("TỐT:") and "0 hoạt động" in store_line
    assert audit_line.startswith("TỐT:")


def test_check_reports_a_tampered_access_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", data_dir, "--years", "1", "--as-of", "2026-11-23"]) == 0
    capsys.readouterr()
    with sqlite3.connect(Path(data_dir) / "gedesk.sqlite3") as db:
        db.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_entry'"
        ):
            db.execute(f"DROP TRIGGER {name}")
        db.execute(
            "UPDATE audit_entry SET action = 'viewed' WHERE id = (SELECT MIN(id) + 1 FROM audit_entry)"
        )
    assert main(["check", "--data-dir", data_dir]) == 1
    assert "LỖI" in capsys.readouterr().out


def test_check_re_verifies_an_old_pcs_access_log_kept_at_a_move(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_pc, new_pc = str(tmp_path / "old"), tmp_path / "new"
    assert main(["demo", "--data-dir", old_pc, "--years", "1", "--as-of", "2026-11-23"]) == 0
    store = open_store(DataLayout(Path(old_pc)))
    with store.reading() as db:
        exported = exported_log(db)
    store.close()
    open_store(DataLayout(new_pc)).close()
    source = ArchiveSource("CHUYEN-MAY-MOI.zip", "2026-11-23T10:00:00+00:00", "Xã Cao Lâu")
    name, data, _check = archive_file(exported, source, datetime(2026, 11, 24, tzinfo=UTC))
    archive = archive_folder(new_pc) / name
    archive.parent.mkdir()
    archive.write_bytes(data)
    capsys.readouterr()
    assert main(["check", "--data-dir", str(new_pc)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1].startswith(f"{name}: TỐT: nhật ký máy cũ nguyên vẹn (")

    document = json.loads(data)
    document["entries"][1]["detail"] = "sửa lén"
    archive.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["check", "--data-dir", str(new_pc)]) == 1
    assert capsys.readouterr().out.strip().splitlines()[-1] == (
        f"{name}: LỖI: nhật ký máy cũ đã bị can thiệp: dòng số 2 đã bị sửa."
    )


def test_check_fails_on_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "nowhere"), "check"]) == 1
    assert capsys.readouterr().out.startswith("LỖI: không có tệp dữ liệu")
    assert not (tmp_path / "nowhere").exists()


def test_check_fails_on_a_damaged_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    layout = DataLayout(tmp_path)
    open_store(layout).close()
    data = bytearray(layout.store.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # trash two pages after the header page
    layout.store.write_bytes(bytes(data))
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert capsys.readouterr().out.startswith("LỖI:")


def test_check_fails_on_an_old_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = Path(__file__).resolve().parent / "data" / "store_0001.sqlite3"
    (tmp_path / "gedesk.sqlite3").write_bytes(source.read_bytes())
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert "phiên bản 0001" in capsys.readouterr().out


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(tmp_path / "demo")
    assert main(["demo", "--data-dir", data_dir, "--years", "2", "--seed", "3", "--as-of", "2026-11-23"]) == 0
    assert "Đã tạo dữ liệu mẫu" in capsys.readouterr().out
    assert main(["check", "--data-dir", data_dir]) == 0
    verdict = capsys.readouterr().out
    assert verdict.startswith("TỐT:") and " 0 hoạt động" not in verdict


def test_bad_arguments_are_explained(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--years", "0"])
    assert exited.value.code == 2
    assert "cần số nguyên từ 1 trở lên" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_cli(tmp_path: Path) -> None:
    env_dir = tmp_path / "store"
    open_store(DataLayout(env_dir)).close()
    result = subprocess.run(
        [sys.executable, "-m", "gender_equality_desk", "--data-dir", str(env_dir), "check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("TỐT:")


def test_demo_defaults() -> None:
    from gender_equality_desk.cli import build_parser

    args = build_parser().parse_args(["demo", "--as-of", "2025-06-01"])
    assert (args.years, args.scale, args.seed) == (5, 1, 2026)
    assert args.as_of == date(2025, 6, 1)


def test_backup_out_then_restore_into_another_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(tmp_path / "xa")
    assert main(["demo", "--data-dir", source, "--years", "1", "--seed", "5", "--as-of", "2026-11-23"]) == 0
    capsys.readouterr()
    out = tmp_path / "usb" / "sao-luu.zip"
    assert main(["backup", "--data-dir", source, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"Đã sao lưu vào {out}") and "Hoạt động: " in printed
    target = tmp_path / "may-moi"
    assert main(["restore", "--data-dir", str(target), str(out)]) == 0
    assert "Đã khôi phục bản sao lưu ngày" in capsys.readouterr().out
    assert main(["check", "--data-dir", source]) == 0
    before = capsys.readouterr().out.split(" — ")[0]
    assert main(["check", "--data-dir", str(target)]) == 0
    assert capsys.readouterr().out.split(" — ")[0] == before  # same counts of activities and events


def test_restore_backs_up_the_current_store_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    layout = DataLayout(tmp_path / "xa")
    open_store(layout).close()
    assert main(["backup", "--data-dir", str(layout.root)]) == 0  # into backups/
    (made,) = layout.backups.glob("sao-luu-*.zip")
    assert main(["restore", "--data-dir", str(layout.root), str(made)]) == 0
    printed = capsys.readouterr().out
    assert "Dữ liệu trước khi khôi phục được giữ trong" in printed
    assert len(list(layout.backups.glob("sao-luu-*-truoc-khoi-phuc.zip"))) == 1


def test_restore_refuses_a_file_that_is_not_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = DataLayout(tmp_path / "xa")
    open_store(layout).close()
    before = layout.store.read_bytes()
    stray = tmp_path / "anh.zip"
    stray.write_bytes(b"PK not really")
    assert main(["restore", "--data-dir", str(layout.root), str(stray)]) == 2
    assert "không phải bản sao lưu" in capsys.readouterr().err
    assert layout.store.read_bytes() == before


def test_restore_refuses_while_the_app_has_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from gender_equality_desk.core.folder_lock import FolderLock

    layout = DataLayout(tmp_path / "xa")
    open_store(layout).close()
    assert main(["backup", "--data-dir", str(layout.root)]) == 0
    (made,) = layout.backups.glob("sao-luu-*.zip")
    with FolderLock(layout.root):
        assert main(["restore", "--data-dir", str(layout.root), str(made)]) == 2
    assert "đang được mở" in capsys.readouterr().err


def test_restoring_a_backup_from_before_case_files_says_what_it_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    layout = DataLayout(tmp_path / "xa")
    open_store(layout).close()
    current = tmp_path / "moi.zip"
    assert main(["backup", "--data-dir", str(layout.root), "--out", str(current)]) == 0
    older = tmp_path / "cu.zip"
    with zipfile.ZipFile(current) as source, zipfile.ZipFile(older, "w") as copy:
        for name in source.namelist():
            data = source.read(name)
            if name == "manifest.json":  # as written before backups carried case files
                manifest = json.loads(data)
                manifest.update(version=1, counts={**manifest["counts"], "case_attachment": 2})
                manifest.pop("case_files", None)
                data = json.dumps(manifest).encode("utf-8")
            copy.writestr(name, data)
    capsys.readouterr()

    assert main(["restore", "--data-dir", str(tmp_path / "may-moi"), str(current)]) == 0
    assert "hồ sơ hỗ trợ" not in capsys.readouterr().err
    assert main(["restore", "--data-dir", str(tmp_path / "may-khac"), str(older)]) == 0
    assert "Chú ý: Bản sao lưu này được tạo trước khi ứng dụng sao lưu kèm tệp hồ sơ hỗ trợ: 2 tệp" in (
        capsys.readouterr().err
    )
