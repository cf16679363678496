"""Report indicator rows as data: the periodic reports' tables follow the province's form, not the code.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

import gender_equality_desk.core.store.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_indicator",
        sa.Column("report_kind", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("number", sa.String(length=12), server_default="", nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=40), server_default="", nullable=False),
        sa.Column("level", sa.Integer(), server_default="0", nullable=False),
        sa.Column("is_group", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("source", sa.String(length=80), server_default="", nullable=False),
        sa.Column("note", sa.String(length=200), server_default="", nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column(
            "created_at",
            gender_equality_desk.core.store.base.UTCDateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            gender_equality_desk.core.store.base.UTCDateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", gender_equality_desk.core.store.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_indicator")),
        sa.UniqueConstraint("report_kind", "code", name=op.f("uq_report_indicator_report_kind")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_indicator_uuid")),
    )
    op.create_index("ix_report_indicator_report_kind", "report_indicator", ["report_kind"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_report_indicator_report_kind", table_name="report_indicator")
    op.drop_table("report_indicator")
