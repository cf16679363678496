"""Alembic environment, driven from code (no alembic.ini): see core/store/migrate.py."""

from alembic import context

from gender_equality_desk.core.store import models  # noqa: F401  (registers every table)
from gender_equality_desk.core.store.base import Base
from gender_equality_desk.core.store.search_index import include_name

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: rebuild tables in batch mode
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
