"""Opening at start: a current store skips Alembic and may leave its backup and seeding until later."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.opening import finish_start, open_store, open_store_for_app

FIRST_REVISION_STORE = Path(__file__).resolve().parents[2] / "data" / "store_0001.sqlite3"


def _count(path: Path, sql: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(sql).fetchone()[0])
    finally:
        connection.close()


def test_head_revision_is_the_head_of_the_migration_scripts() -> None:
    assert migrate.script_head() == migrate.HEAD_REVISION
    assert migrate.head_revision() == migrate.HEAD_REVISION


def test_a_current_store_defers_its_backup_and_seeding(layout: DataLayout) -> None:
    open_store(layout).close()
    with sqlite3.connect(layout.store) as connection:
        connection.execute("DELETE FROM slogan")
    connection.close()

    opened = open_store_for_app(layout, defer_start_work=True)
    try:
        assert opened.start_work_due
        assert list(layout.backups.glob("*.zip")) == []
        assert _count(layout.store, "SELECT count(*) FROM slogan") == 0

        finish_start(opened.store, layout)
    finally:
        opened.store.close()
    assert len(list(layout.backups.glob("sao-luu-*-khoi-dong.zip"))) == 1
    assert _count(layout.store, "SELECT count(*) FROM slogan") > 10


def test_without_deferring_the_start_backup_is_taken_at_once(layout: DataLayout) -> None:
    open_store(layout).close()
    opened = open_store_for_app(layout)
    opened.store.close()
    assert not opened.start_work_due
    assert len(list(layout.backups.glob("sao-luu-*-khoi-dong.zip"))) == 1


def test_a_store_needing_a_migration_is_backed_up_and_upgraded_before_opening(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "data").ensure()
    shutil.copyfile(FIRST_REVISION_STORE, layout.store)

    opened = open_store_for_app(layout, defer_start_work=True)
    opened.store.close()
    assert not opened.start_work_due
    assert len(list(layout.backups.glob("sao-luu-*-truoc-nang-cap.zip"))) == 1
    assert _count(layout.store, "SELECT count(*) FROM report_indicator") > 0  # seeded now, not later


def test_opening_a_current_store_does_not_import_alembic(layout: DataLayout) -> None:
    open_store(layout).close()
    code = (
        "import sys; from pathlib import Path\n"
        "from gender_equality_desk.core.paths import DataLayout\n"
        "from gender_equality_desk.core.store.opening import open_store_for_app\n"
        "opened = open_store_for_app(DataLayout(Path(sys.argv[1])), defer_start_work=True)\n"
        "opened.store.close()\n"
        "assert opened.start_work_due\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in {'alembic', 'mako'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(layout.root)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
