"""Schema versions: Alembic configured in code, so it works the same from a source tree or a bundle.

Alembic (and Mako, and every SQL dialect it ships) is imported only when a store has to be migrated or
inspected: a store already at `HEAD_REVISION` is recognised from one row of alembic_version, so an
ordinary start never loads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions; tests/core/store/test_migrations.py checks that it is the
# scripts' head, so adding a migration without moving this fails the tests instead of skipping it at start.
HEAD_REVISION = "0013"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The schema revision this version of the app works with."""
    return HEAD_REVISION


def script_head() -> str:
    """The head revision as the migration scripts say (imports Alembic; for tests and checks)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_config(connection), target)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(_config(connection), target)


def revision(engine: Engine, message: str) -> None:
    """Developer helper: autogenerate a migration from the difference between models and `engine`."""
    from alembic import command

    with engine.begin() as connection:
        command.revision(_config(connection), message=message, autogenerate=True)


def pending_model_changes(engine: Engine) -> list[object]:
    """Differences between the models and the migrated schema (empty when they agree)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from gender_equality_desk.core.store.base import Base
    from gender_equality_desk.core.store.search_index import include_name

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        return list(compare_metadata(context, Base.metadata))
