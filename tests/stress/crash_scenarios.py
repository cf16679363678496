"""What backup, restore, export and import must leave behind when stopped at any file-system step.

Each scenario prepares a data folder (copied from one template per run), runs its operation under the
crash-point injector (tests/stress/crash_points.py) and then checks, in a fresh process state:

- the store opens as the app opens it and passes the integrity check;
- its records are all there as before, or (restore, import) all as after — never a mix;
- every attachment the store names is on disk (a restored store never points at files not restored);
- every backup the app would list passes `check_backup` (no half-written backup ever looks valid);
- a file at an export's target is complete (a package opens and verifies, a backup checks);
- the operation, run again, succeeds (leftovers never block it).

Used by tests/stress/test_crash_points.py (every step of each scenario, small folder) and by
bench/crash_points.py (many seeds, printing trials and failures).
"""

from __future__ import annotations

import shutil
import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from gender_equality_desk.core.exchange.backup import create_backup, export_backup
from gender_equality_desk.core.exchange.packages_export import export_package
from gender_equality_desk.core.exchange.packages_merge import apply_package
from gender_equality_desk.core.exchange.packages_verify import open_package
from gender_equality_desk.core.exchange.restore import check_backup, list_backups, restore_backup
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import save_profile
from gender_equality_desk.core.records.attachments import attach
from gender_equality_desk.core.records.attachments.files import blob_path
from gender_equality_desk.core.setup import suggested_profile
from gender_equality_desk.core.store.health import check_store
from gender_equality_desk.core.store.opening import open_store

from .crash_points import count_steps, crash_at

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
DAY = date(2026, 11, 20)


@dataclass
class Trial:
    scenario: str
    step: int
    what: str
    problems: list[str] = field(default_factory=list)


def _png(folder: Path, name: str, shade: int) -> Path:
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes((shade, 40, 200 - shade)) * 4 for _ in range(3))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


def add_activities(layout: DataLayout, titles: list[str], photos: Path) -> None:
    from sqlalchemy import select

    from gender_equality_desk.core.campaigns import default_campaign_for
    from gender_equality_desk.core.domain.clock import local_datetime
    from gender_equality_desk.core.store.models import Activity, ActivityKind

    store = open_store(layout)
    try:
        with store.transaction() as session:
            if session.execute(select(Activity.id)).first() is None:
                save_profile(session, suggested_profile("Xã Thử Nghiệm", "Lạng Sơn", "Trần Thị Hằng"))
            for number, title in enumerate(titles):
                start = local_datetime(DAY, 7, 30)
                activity = Activity(
                    campaign=default_campaign_for(session, DAY),
                    kind=session.scalars(select(ActivityKind)).first(),
                    title=title,
                    start_at=start,
                    end_at=start + timedelta(hours=2),
                )
                session.add(activity)
                session.flush()
                attach(
                    session,
                    layout,
                    _png(photos, f"anh-{number}.png", zlib.crc32(title.encode()) % 200),
                    activity_id=activity.id,
                )
    finally:
        store.close()


def titles_in(layout: DataLayout) -> set[str]:
    with sqlite3.connect(layout.store) as db:
        return {row[0] for row in db.execute("SELECT title FROM activity WHERE is_deleted = 0")}


def missing_blobs(layout: DataLayout) -> list[str]:
    with sqlite3.connect(layout.store) as db:
        hashes = [row[0] for row in db.execute("SELECT sha256 FROM attachment WHERE is_deleted = 0")]
    return [sha for sha in hashes if not blob_path(layout, sha).is_file()]


def state_problems(
    layout: DataLayout, allowed: list[set[str]], lost: dict[frozenset[str], set[str]] | None = None
) -> list[str]:
    """What is wrong with the data folder after a crash (empty when it is one of the allowed states).

    `lost`: attachments already missing before the operation in a state (by its titles), not its doing."""
    problems: list[str] = []
    try:
        open_store(layout).close()  # as the app opens it: WAL recovered, health checked, upgraded
    except Exception as error:
        return [f"the store does not open: {type(error).__name__}: {error}"]
    report = check_store(layout.store)
    if not report.ok:
        problems.append(f"check: {report.verdict}")
    found = titles_in(layout)
    if found not in allowed:
        problems.append(f"records {sorted(found)} are none of the allowed states")
    tolerated = (lost or {}).get(frozenset(found), set())
    if missing := set(missing_blobs(layout)) - tolerated:
        problems.append(f"{len(missing)} attachments named by the store are not on disk")
    for info in list_backups(layout.backups):
        try:
            check_backup(info.path)
        except Exception as error:
            problems.append(f"backup {info.path.name} is listed but does not check: {error}")
    return problems


@dataclass(frozen=True)
class Scenario:
    name: str
    prepare: Callable[[Path], dict[str, object]]  # a fresh data folder → what the run and checks need
    run: Callable[[dict[str, object]], object]
    check: Callable[[dict[str, object]], list[str]]


BEFORE = ["Trước 01", "Trước 02", "Trước 03"]
AFTER = ["Sau 01", "Sau 02"]


def _base(root: Path) -> DataLayout:
    layout = DataLayout(root / "data").ensure()
    add_activities(layout, BEFORE, root / "photos")
    return layout


def _backup(root: Path) -> dict[str, object]:
    layout = _base(root)
    create_backup(layout, "thu-cong", now=NOW)
    add_activities(layout, AFTER, root / "photos2")
    return {"layout": layout, "now": NOW + timedelta(days=1)}


def _backup_run(context: dict[str, object]) -> object:
    return create_backup(context["layout"], "thu-cong", now=context["now"])  # type: ignore[arg-type]


def _backup_check(context: dict[str, object]) -> list[str]:
    layout: DataLayout = context["layout"]  # type: ignore[assignment]
    problems = state_problems(layout, [set(BEFORE + AFTER)])
    again = create_backup(layout, "thu-cong", now=NOW + timedelta(days=2))
    check_backup(again.path)
    return problems


def _export(root: Path) -> dict[str, object]:
    layout = _base(root)
    stick = root / "usb"
    stick.mkdir()
    return {"layout": layout, "target": stick / "sao-luu.zip"}


def _export_run(context: dict[str, object]) -> object:
    return export_backup(context["layout"], context["target"], now=NOW)  # type: ignore[arg-type]


def _export_check(context: dict[str, object]) -> list[str]:
    layout: DataLayout = context["layout"]  # type: ignore[assignment]
    target: Path = context["target"]  # type: ignore[assignment]
    problems = state_problems(layout, [set(BEFORE)])
    if target.exists():
        try:
            check_backup(target)
        except Exception as error:
            problems.append(f"a half-written backup stands at the target: {error}")
    export_backup(layout, target, now=NOW + timedelta(hours=1))
    check_backup(target)
    return problems


def _restore(root: Path) -> dict[str, object]:
    layout = _base(root)
    made = create_backup(layout, "thu-cong", now=NOW)
    add_activities(layout, AFTER, root / "photos2")
    lost = min(made.manifest.attachments)
    blob_path(layout, lost).unlink()  # a photo lost on this PC: the restore must bring it back
    return {"layout": layout, "backup": made.path, "lost": {lost}}


def _restore_run(context: dict[str, object]) -> object:
    return restore_backup(context["layout"], context["backup"], now=NOW + timedelta(hours=1))  # type: ignore[arg-type]


def _restore_check(context: dict[str, object]) -> list[str]:
    layout: DataLayout = context["layout"]  # type: ignore[assignment]
    before = set(BEFORE + AFTER)
    lost: set[str] = context["lost"]  # type: ignore[assignment]
    problems = state_problems(layout, [before, set(BEFORE)], {frozenset(before): lost})
    restore_backup(layout, context["backup"], now=NOW + timedelta(hours=2))  # type: ignore[arg-type]
    if titles_in(layout) != set(BEFORE) or missing_blobs(layout):
        problems.append("restoring again after the crash did not bring the backup back whole")
    return problems


def _package(root: Path) -> dict[str, object]:
    sender = _base(root / "gui")
    package = root / "goi.zip"
    store = open_store(sender)
    try:
        with store.reading() as session:
            export_package(session, sender, date(2026, 1, 1), date(2026, 12, 31), package)
    finally:
        store.close()
    receiver = DataLayout(root / "nhan" / "data").ensure()
    add_activities(receiver, ["Của xã nhận"], root / "photos-nhan")
    return {"layout": receiver, "package": package, "sender": sender, "target": root / "usb" / "goi.zip"}


def _import_run(context: dict[str, object]) -> object:
    store = open_store(context["layout"])  # type: ignore[arg-type]
    try:
        return apply_package(store, context["layout"], open_package(context["package"]))  # type: ignore[arg-type]
    finally:
        store.close()


def _import_check(context: dict[str, object]) -> list[str]:
    layout: DataLayout = context["layout"]  # type: ignore[assignment]
    mine = {"Của xã nhận"}
    problems = state_problems(layout, [mine, mine | set(BEFORE)])
    _import_run(context)
    if titles_in(layout) != mine | set(BEFORE) or missing_blobs(layout):
        problems.append("importing again after the crash did not bring every record and photo")
    return problems


def _package_export_run(context: dict[str, object]) -> object:
    sender: DataLayout = context["sender"]  # type: ignore[assignment]
    target: Path = context["target"]  # type: ignore[assignment]
    target.parent.mkdir(exist_ok=True)
    store = open_store(sender)
    try:
        with store.reading() as session:
            return export_package(session, sender, date(2026, 1, 1), date(2026, 12, 31), target)
    finally:
        store.close()


def _package_export_check(context: dict[str, object]) -> list[str]:
    sender: DataLayout = context["sender"]  # type: ignore[assignment]
    target: Path = context["target"]  # type: ignore[assignment]
    problems = state_problems(sender, [set(BEFORE)])
    if target.exists():
        try:
            open_package(target)
        except Exception as error:
            problems.append(f"a half-written package stands at the target: {error}")
    _package_export_run(context)
    open_package(target)
    return problems


SCENARIOS = (
    Scenario("backup", _backup, _backup_run, _backup_check),
    Scenario("backup --out", _export, _export_run, _export_check),
    Scenario("restore", _restore, _restore_run, _restore_check),
    Scenario("package export", _package, _package_export_run, _package_export_check),
    Scenario("package import", _package, _import_run, _import_check),
)


def _moved(context: dict[str, object], old: Path, new: Path) -> dict[str, object]:
    """`context` with every path under `old` (and every data folder) moved under `new`."""

    def move(value: object) -> object:
        if isinstance(value, DataLayout):
            return DataLayout(Path(str(move(value.root))))
        if isinstance(value, Path) and value.is_relative_to(old):
            return new / value.relative_to(old)
        return value

    return {key: move(value) for key, value in context.items()}


def run_scenario(scenario: Scenario, root: Path, steps: list[int] | None = None) -> tuple[int, list[Trial]]:
    """Every (or the given) crash step of `scenario`; the number of steps and the trials with problems.

    The data folders are prepared once and copied for each trial (preparing runs the migrations)."""
    template = root / "template"
    prepared = scenario.prepare(template)
    counted_root = root / "count"
    shutil.copytree(template, counted_root)
    taken = count_steps(lambda: scenario.run(_moved(prepared, template, counted_root)))
    failed: list[Trial] = []
    for step in steps if steps is not None else range(1, len(taken) + 1):
        folder = root / f"step-{step}"
        shutil.copytree(template, folder)
        context = _moved(prepared, template, folder)
        crashed = crash_at(step, lambda context=context: scenario.run(context))
        trial = Trial(scenario.name, step, taken[step - 1] if step <= len(taken) else "?")
        if not crashed:
            trial.problems.append("the operation took fewer steps than when counted")
        trial.problems.extend(scenario.check(context))
        if trial.problems:
            failed.append(trial)
        shutil.rmtree(folder, ignore_errors=True)
    return len(taken), failed
