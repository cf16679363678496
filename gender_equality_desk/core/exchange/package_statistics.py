"""Anonymised case statistics in a data package: counts only, small numbers hidden, never a code or name.

Export: `statistics_part(auth, start, end)` builds the extension part from core.cases.statistics with
the same "<3" rule as the reports (every count 1–2 shown as "<3", and a second cell hidden where the
hidden one could be recomputed from the total). Only the suppressed tables leave the machine.

Import: `package_statistics(package)` reads the part back (None when the package has none) and
`keep_received_statistics` files it under <data folder>/exchange/received-statistics/ — one readable
JSON file per commune and period, replaced when the same commune sends the same period again — so a
district or province reads every commune's figures with `received_statistics(layout)`. No table is
needed: the figures are already aggregated and are only read, never edited or joined.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from gender_equality_desk.core.cases.statistics import case_statistics
from gender_equality_desk.core.exchange.packages_export import ExtensionPart
from gender_equality_desk.core.exchange.packages_format import PackageError
from gender_equality_desk.core.exchange.packages_verify import VerifiedPackage
from gender_equality_desk.core.fileio import write_bytes_atomic
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.suppression import SUPPRESS_BELOW
from gender_equality_desk.core.security.session import AuthSession

STATISTICS_PART = "case-statistics.json"
STATISTICS_DESCRIPTION = "Số liệu thống kê vụ việc bạo lực gia đình (ẩn danh, số nhỏ đã ẩn)"


@dataclass(frozen=True)
class ReceivedTable:
    dimension: str
    title: str
    cells: tuple[tuple[str, str], ...]  # (label, "12" | "<3" | "x" | "0")
    total: str


@dataclass(frozen=True)
class ReceivedStatistics:
    commune: str
    province: str
    period_start: date
    period_end: date
    threshold: int
    total: str
    tables: tuple[ReceivedTable, ...]


def statistics_part(
    auth: AuthSession, start: date, end: date, *, threshold: int = SUPPRESS_BELOW
) -> ExtensionPart:
    """The suppressed counts of cases taken in `start`…`end`; any signed-in role may send them (the audit
    entry is written by package_audit.record_part_exports once the package is)."""
    stats = case_statistics(auth, start, end, threshold=threshold)
    content = {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "threshold": threshold,
        "total": stats.suppressed["act"].total,
        "tables": [
            {"dimension": shown.dimension, "title": shown.title, "total": shown.total,
             "cells": [{"label": label, "value": value} for label, value in shown.cells]}
            for shown in stats.suppressed.values()
        ],
    }  # fmt: skip
    data = json.dumps(content, ensure_ascii=False, indent=1).encode("utf-8")
    detail = f"thống kê hồ sơ ẩn danh {start:%d/%m/%Y}–{end:%d/%m/%Y} trong gói dữ liệu"
    # Logged by package_audit once the package is written: a failed export sent nothing anywhere.
    return ExtensionPart(STATISTICS_PART, data, STATISTICS_DESCRIPTION, audit_detail=detail)


def _from_json(raw: Any, commune: str, province: str) -> ReceivedStatistics:
    tables = tuple(
        ReceivedTable(
            str(table["dimension"]),
            str(table["title"]),
            tuple((str(cell["label"]), str(cell["value"])) for cell in table["cells"]),
            str(table["total"]),
        )
        for table in raw["tables"]
    )
    return ReceivedStatistics(
        commune=commune,
        province=province,
        period_start=date.fromisoformat(raw["period"]["from"]),
        period_end=date.fromisoformat(raw["period"]["to"]),
        threshold=int(raw["threshold"]),
        total=str(raw["total"]),
        tables=tables,
    )


def package_statistics(package: VerifiedPackage) -> ReceivedStatistics | None:
    data = package.extension(STATISTICS_PART)
    if data is None:
        return None
    try:
        return _from_json(json.loads(data), package.commune, package.province)
    except (ValueError, KeyError, TypeError):
        raise PackageError(
            f"Phần số liệu thống kê vụ việc trong gói “{package.path.name}” sai định dạng. "
            "Hãy xin nơi gửi cập nhật phần mềm rồi xuất lại gói."
        ) from None


def statistics_folder(layout: DataLayout) -> Path:
    return layout.root / "exchange" / "received-statistics"


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = plain.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "khong-ro"


def _as_json(stats: ReceivedStatistics) -> dict[str, Any]:
    return {
        "commune": stats.commune,
        "province": stats.province,
        "period": {"from": stats.period_start.isoformat(), "to": stats.period_end.isoformat()},
        "threshold": stats.threshold,
        "total": stats.total,
        "tables": [
            {"dimension": t.dimension, "title": t.title, "total": t.total,
             "cells": [{"label": label, "value": value} for label, value in t.cells]}
            for t in stats.tables
        ],
    }  # fmt: skip


def keep_received_statistics(layout: DataLayout, stats: ReceivedStatistics) -> Path:
    """File the figures of one commune and period (atomically; the same period sent again replaces it)."""
    period = f"{stats.period_start:%Y%m%d}-{stats.period_end:%Y%m%d}"
    name = f"{_slug(stats.province)}_{_slug(stats.commune)}_{period}"
    target = statistics_folder(layout) / f"{name}.json"
    text = json.dumps(_as_json(stats), ensure_ascii=False, indent=1)
    write_bytes_atomic(target, text.encode("utf-8"))
    return target


def received_statistics(layout: DataLayout) -> list[ReceivedStatistics]:
    """Every commune's figures received so far, by province, commune and period; unreadable files skipped."""
    found = []
    for path in sorted(statistics_folder(layout).glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            found.append(_from_json(raw, str(raw["commune"]), str(raw["province"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a hand-edited or half-copied file must not hide the others
    return sorted(found, key=lambda s: (s.province, s.commune, s.period_start))


def read_received_file(path: Path) -> ReceivedStatistics:
    """One kept file read back; raises OSError, ValueError (not UTF-8, not JSON, bad date), KeyError or
    TypeError (a field missing or of the wrong kind) for the caller to report."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return _from_json(raw, str(raw["commune"]), str(raw["province"]))


def file_slug(text: str) -> str:
    """`text` as plain ASCII for a file name ("Xã Nà Làng" → "xa-na-lang"), as the kept files are named."""
    return _slug(text)
