"""Search, evidence and responsible units.

Diacritic-free `search_text` on activities and propaganda events with FTS5 indexes kept in sync by
triggers; attachments (content-addressed evidence files); the responsible-unit catalogue; participants
by sex may be unknown (NULL) instead of a made-up 0; villages can be deactivated.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.store.search_index import (
    SEARCHABLE_TABLES,
    create_search_index,
    drop_search_index,
)

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "responsible_unit",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_responsible_unit")),
        sa.UniqueConstraint("name", name=op.f("uq_responsible_unit_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_responsible_unit_uuid")),
    )
    op.create_table(
        "attachment",
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("propaganda_event_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), server_default="", nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_attachment_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["propaganda_event_id"],
            ["propaganda_event.id"],
            name=op.f("fk_attachment_propaganda_event_id_propaganda_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachment_uuid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_activity", ["activity_id"], unique=False)
        batch_op.create_index("ix_attachment_propaganda_event", ["propaganda_event_id"], unique=False)
        batch_op.create_index("ix_attachment_sha256", ["sha256"], unique=False)

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("responsible_unit_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("search_text", sa.String(), server_default="", nullable=False))
        batch_op.alter_column(
            "participants_female",
            existing_type=sa.INTEGER(),
            nullable=True,
            server_default=None,
            existing_server_default=sa.text("'0'"),
        )
        batch_op.alter_column(
            "participants_male",
            existing_type=sa.INTEGER(),
            nullable=True,
            server_default=None,
            existing_server_default=sa.text("'0'"),
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_activity_responsible_unit_id_responsible_unit"),
            "responsible_unit",
            ["responsible_unit_id"],
            ["id"],
        )
        batch_op.create_index("ix_activity_responsible_unit", ["responsible_unit_id"], unique=False)

    with op.batch_alter_table("propaganda_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.String(), server_default="", nullable=False))

    with op.batch_alter_table("village", schema=None) as batch_op:
        batch_op.add_column(sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False))

    bind = op.get_bind()
    # fold() is Python (Vietnamese đ and NFD stripping): expose it to SQL to backfill in one statement.
    driver_connection = bind.connection.driver_connection
    assert driver_connection is not None
    driver_connection.create_function("gedesk_fold", 1, fold, deterministic=True)
    op.execute(
        "UPDATE activity SET search_text = gedesk_fold("
        "title || ' ' || place_text || ' ' || organiser || ' ' || result_summary)"
    )
    op.execute(
        "UPDATE propaganda_event SET search_text = gedesk_fold(title || ' ' || places || ' ' || notes)"
    )
    # Created after the batch rebuild of `activity` above: a batch rebuild drops a table's triggers, so
    # any later migration that batch-alters these tables must call create_search_index() again.
    for table in SEARCHABLE_TABLES:
        create_search_index(table)


def downgrade() -> None:
    for table in SEARCHABLE_TABLES:
        drop_search_index(table)
    with op.batch_alter_table("village", schema=None) as batch_op:
        batch_op.drop_column("is_active")

    with op.batch_alter_table("propaganda_event", schema=None) as batch_op:
        batch_op.drop_column("search_text")

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_responsible_unit")
        batch_op.drop_constraint(
            batch_op.f("fk_activity_responsible_unit_id_responsible_unit"), type_="foreignkey"
        )
        batch_op.alter_column(
            "participants_male",
            existing_type=sa.INTEGER(),
            nullable=False,
            server_default="0",
            existing_server_default=sa.text("'0'"),
        )
        batch_op.alter_column(
            "participants_female",
            existing_type=sa.INTEGER(),
            nullable=False,
            server_default="0",
            existing_server_default=sa.text("'0'"),
        )
        batch_op.drop_column("search_text")
        batch_op.drop_column("responsible_unit_id")

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_attachment_sha256")
        batch_op.drop_index("ix_attachment_propaganda_event")
        batch_op.drop_index("ix_attachment_activity")

    op.drop_table("attachment")
    op.drop_table("responsible_unit")
