"""Index propaganda events by village: the village catalogue counts their use, lists filter by it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain CREATE INDEX, not a batch rebuild: a rebuild would drop the FTS triggers on this table.
    op.create_index("ix_propaganda_event_village", "propaganda_event", ["village_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_propaganda_event_village", table_name="propaganda_event")
