"""Every commune's case statistics kept at a district or province, as a list to browse and export.

`kept_statistics_files(layout)` lists each JSON file under <data folder>/exchange/received-statistics/,
newest received first (the file's modification time: it is written once, atomically, when a package is
imported). A file that cannot be read is listed with the kind of problem instead of hiding it or
failing the whole list, so the officer knows to ask that commune again.

`received_statistics_csv(figures)` is one flat table (commune, province, period, table, group, count) of
one or several communes' figures, exactly as received: the sender already hid small numbers ("<3",
"x"). The file carries no personal data and no local case, so saving it writes no audit entry.
`side_by_side(figures)` sets one period's communes next to each other for the screen, without totals.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.exchange.package_statistics import (
    ReceivedStatistics,
    file_slug,
    read_received_file,
    statistics_folder,
)
from gender_equality_desk.core.fileio import atomic_path
from gender_equality_desk.core.paths import DataLayout

CSV_HEADER = ("Xã/phường", "Tỉnh/thành phố", "Từ ngày", "Đến ngày", "Bảng", "Nhóm", "Số vụ")
TOTAL_LABEL = "Tổng số vụ"
FORMULA_STARTS = ("=", "+", "@", "\t", "\r")  # a spreadsheet would run these as a formula


class FileProblem(enum.Enum):
    """Why a kept file could not be read (the GUI words each one for the officer)."""

    UNREADABLE = "unreadable"  # the disk or the permissions refused it
    NOT_TEXT = "not-text"  # not UTF-8: overwritten or half copied
    NOT_JSON = "not-json"  # text, but cut off or edited by hand
    MISSING_FIELDS = "missing-fields"  # JSON without the expected commune, period or tables


@dataclass(frozen=True)
class KeptStatisticsFile:
    path: Path
    received_at: datetime | None  # None when the file's time cannot be read
    statistics: ReceivedStatistics | None  # None exactly when `problem` is set
    problem: FileProblem | None = None


def _read(path: Path) -> tuple[ReceivedStatistics | None, FileProblem | None]:
    try:
        return read_received_file(path), None
    except UnicodeDecodeError:
        return None, FileProblem.NOT_TEXT
    except json.JSONDecodeError:
        return None, FileProblem.NOT_JSON
    except OSError:
        return None, FileProblem.UNREADABLE
    except (ValueError, KeyError, TypeError, AttributeError):
        return None, FileProblem.MISSING_FIELDS


def _received_at(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, LOCAL_TZ)
    except OSError:
        return None


def _newest_first(kept: KeptStatisticsFile) -> tuple[float, int, str, str, str]:
    stats = kept.statistics
    when = kept.received_at.timestamp() if kept.received_at is not None else float("-inf")
    period_end = stats.period_end.toordinal() if stats is not None else 0
    place = (stats.province, stats.commune) if stats is not None else ("", "")
    return (-when, -period_end, *place, kept.path.name)


def kept_statistics_files(layout: DataLayout) -> list[KeptStatisticsFile]:
    """Every kept file, readable or not, newest received first (then the latest period, then by place)."""
    folder = statistics_folder(layout)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.json"):
        statistics, problem = _read(path)
        found.append(KeptStatisticsFile(path, _received_at(path), statistics, problem))
    return sorted(found, key=_newest_first)


def periods_received(files: Iterable[KeptStatisticsFile]) -> list[tuple[date, date]]:
    """The distinct periods among the readable files, latest first (for a view across communes)."""
    periods = {(k.statistics.period_start, k.statistics.period_end) for k in files if k.statistics}
    return sorted(periods, key=lambda period: (period[1], period[0]), reverse=True)


def _text(value: str) -> str:
    """Everything came from another machine: never let a spreadsheet run a cell as a formula (a real
    count or label never starts with one of these, so figures stay exactly as received)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def received_statistics_csv(figures: Iterable[ReceivedStatistics]) -> bytes:
    """UTF-8 with BOM (Excel shows Vietnamese): one row per cell, then each table's total, per commune."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for stats in figures:
        place = (
            _text(stats.commune),
            _text(stats.province),
            f"{stats.period_start:%d/%m/%Y}",
            f"{stats.period_end:%d/%m/%Y}",
        )
        for table in stats.tables:
            for label, value in table.cells:
                writer.writerow((*place, _text(table.title), _text(label), _text(value)))
            writer.writerow((*place, _text(table.title), TOTAL_LABEL, _text(table.total)))
    return buffer.getvalue().encode("utf-8-sig")


def suggested_csv_name(figures: list[ReceivedStatistics]) -> str:
    """Plain ASCII (old USB sticks mangle the rest): the commune for one, "cac-xa" for several."""
    first = figures[0]
    who = file_slug(first.commune) if len(figures) == 1 else "cac-xa"
    return f"so-lieu-{who}-{first.period_start:%Y%m%d}-{first.period_end:%Y%m%d}.csv"


def save_received_statistics_csv(figures: Iterable[ReceivedStatistics], target: Path) -> None:
    """Write the CSV atomically (a pulled USB stick leaves the old file, never half a table), readable by
    others like any document the officer hands on."""
    data = received_statistics_csv(figures)
    with atomic_path(target, shareable=True) as tmp:
        tmp.write_bytes(data)


@dataclass(frozen=True)
class SideBySideRow:
    label: str
    values: tuple[str, ...]  # one per commune, as received; "" where that commune has no such group
    heading: bool = False  # a table's title with its totals


@dataclass(frozen=True)
class SideBySide:
    communes: tuple[str, ...]
    rows: tuple[SideBySideRow, ...]


def side_by_side(figures: list[ReceivedStatistics]) -> SideBySide:
    """Several communes' figures of one period next to each other, never added up: a "<3" or "x" has no
    value to add, and a sum of hidden cells could reveal one. Tables and groups keep the order in which
    they first appear (a village exists in one commune only, so its row is blank for the others)."""
    titles: dict[str, str] = {}
    labels: dict[str, list[str]] = {}
    for stats in figures:
        for table in stats.tables:
            titles.setdefault(table.dimension, table.title)
            known = labels.setdefault(table.dimension, [])
            known += [label for label, _value in table.cells if label not in known]
    rows: list[SideBySideRow] = []
    for dimension, title in titles.items():
        by_commune = [next((t for t in s.tables if t.dimension == dimension), None) for s in figures]
        totals = tuple(t.total if t is not None else "" for t in by_commune)
        rows.append(SideBySideRow(title, totals, heading=True))
        for label in labels[dimension]:
            cells = [dict(t.cells) if t is not None else {} for t in by_commune]
            rows.append(SideBySideRow(label, tuple(found.get(label, "") for found in cells)))
    return SideBySide(tuple(stats.commune for stats in figures), tuple(rows))
