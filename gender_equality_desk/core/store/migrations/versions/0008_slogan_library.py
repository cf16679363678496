"""Slogan library: a slogan can be hidden from the pickers without losing the events that used it.

`is_favourite` has existed since 0001 (seeded false); this revision adds `is_hidden` and an index on the
order every picker reads (favourites first, then newest years).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("slogan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_hidden", sa.Boolean(), server_default="0", nullable=False))
    op.create_index("ix_slogan_picker_order", "slogan", ["is_favourite", "year"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_slogan_picker_order", table_name="slogan")
    with op.batch_alter_table("slogan", schema=None) as batch_op:
        batch_op.drop_column("is_hidden")
