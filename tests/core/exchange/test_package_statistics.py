"""Anonymised case statistics in a package: the expected counts, "<3" for small ones, no names or codes."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from gender_equality_desk.core.exchange.package_audit import record_part_exports
from gender_equality_desk.core.exchange.package_statistics import (
    STATISTICS_PART,
    keep_received_statistics,
    package_statistics,
    received_statistics,
    statistics_part,
)
from gender_equality_desk.core.exchange.packages import export_package, open_package
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security import passwords
from gender_equality_desk.core.security.audit import AuditAction, list_entries
from gender_equality_desk.core.store.case_models import SupportCase
from gender_equality_desk.core.store.engine import Store

from .case_helpers import PERPETRATOR_NAME, SURVIVOR_NAMES, CaseTeam, make_case_team


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))


@pytest.fixture
def team(store: Store, tmp_path: Path) -> CaseTeam:
    return make_case_team(store, tmp_path)


def _export(store: Store, layout: DataLayout, team: CaseTeam, target: Path) -> Path:
    part = statistics_part(team.viewer, date(2025, 1, 1), date(2025, 12, 31))  # a viewer may send counts
    with store.reading() as session:
        export_package(session, layout, date(2025, 1, 1), date(2025, 12, 31), target, extensions=[part])
    assert record_part_exports(team.viewer, [part]) == 1  # logged once the file is written
    return target


def _exported(team: CaseTeam) -> list[str]:
    return [line.detail for line in list_entries(team.admin, limit=20) if line.action is AuditAction.EXPORTED]


def test_a_failed_export_logs_nothing(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path
) -> None:
    part = statistics_part(team.viewer, date(2025, 1, 1), date(2025, 12, 31))
    (tmp_path / "not-a-folder").write_text("a file where the USB folder should be")
    with pytest.raises(OSError), store.reading() as session:
        export_package(
            session, layout, date(2025, 1, 1), date(2025, 12, 31), tmp_path / "not-a-folder" / "goi.zip",
            extensions=[part],
        )  # fmt: skip
    assert _exported(team) == []  # building the part said nothing: no victim data left


def _cells(raw: dict[str, object], dimension: str) -> dict[str, str]:
    tables = raw["tables"]
    assert isinstance(tables, list)
    table = next(t for t in tables if t["dimension"] == dimension)
    return {cell["label"]: cell["value"] for cell in table["cells"]}


def test_exported_counts_are_suppressed_and_carry_no_personal_data(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path
) -> None:
    path = _export(store, layout, team, tmp_path / "goi.zip")
    with zipfile.ZipFile(path) as archive:
        raw = json.loads(archive.read(f"extensions/{STATISTICS_PART}"))
        everything = b"".join(archive.read(name) for name in archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["contains_case_data"] is False
    assert raw["threshold"] == 3 and raw["total"] == "3"
    # 2 women and 1 man: both under 3, so both hidden; the total of 3 is shown.
    assert _cells(raw, "survivor_sex") == {"Nữ": "<3", "Nam": "<3", "Không rõ": "0"}
    assert _cells(raw, "village")["Thôn Nà Làng"] == "3"
    months = _cells(raw, "month")
    assert (months["Tháng 3/2025"], months["Tháng 4/2025"], months["Tháng 5/2025"]) == ("<3", "<3", "0")
    assert _cells(raw, "measure")["Tư vấn tâm lý, kỹ năng"] == "<3"
    with store.reading() as db:
        codes = list(db.scalars(select(SupportCase.code)))
    for secret in (*SURVIVOR_NAMES, PERPETRATOR_NAME, "0987 654 321", *codes):
        assert secret.encode("utf-8") not in everything
    # Counts left the machine: the audit log says who sent which period, by no case code.
    [entry] = [line for line in list_entries(team.admin, limit=5) if line.action is AuditAction.EXPORTED]
    assert (entry.username, entry.case_code) == (team.viewer.username, "")
    assert entry.detail == "thống kê hồ sơ ẩn danh 01/01/2025–31/12/2025 trong gói dữ liệu"


def test_imported_statistics_are_shown_and_kept_for_the_higher_level(
    store: Store, layout: DataLayout, team: CaseTeam, tmp_path: Path
) -> None:
    package = open_package(_export(store, layout, team, tmp_path / "goi.zip"))
    stats = package_statistics(package)
    assert stats is not None
    assert (stats.period_start, stats.period_end, stats.total) == (date(2025, 1, 1), date(2025, 12, 31), "3")
    district = DataLayout(tmp_path / "district")
    kept = keep_received_statistics(district, stats)
    assert kept.name.endswith("_20250101-20251231.json")
    keep_received_statistics(district, stats)  # the same commune and period again: replaced, not doubled
    [read_back] = received_statistics(district)
    assert read_back == stats
    sexes = next(t for t in read_back.tables if t.dimension == "survivor_sex")
    assert dict(sexes.cells)["Nữ"] == "<3"


def test_a_package_without_statistics_has_none(store: Store, layout: DataLayout, tmp_path: Path) -> None:
    with store.reading() as session:
        export_package(session, layout, date(2025, 1, 1), date(2025, 12, 31), tmp_path / "goi.zip")
    assert package_statistics(open_package(tmp_path / "goi.zip")) is None
