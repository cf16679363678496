"""Records: activities, propaganda events and the slogans they used.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_at", sa.DateTime(), nullable=False),
        sa.Column("end_at", sa.DateTime(), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("place_text", sa.String(length=300), server_default="", nullable=False),
        sa.Column("organiser", sa.String(length=200), server_default="", nullable=False),
        sa.Column("participants_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("participants_female", sa.Integer(), server_default="0", nullable=False),
        sa.Column("participants_male", sa.Integer(), server_default="0", nullable=False),
        sa.Column("participants_children", sa.Integer(), nullable=True),
        sa.Column("participants_ethnic_minority", sa.Integer(), nullable=True),
        sa.Column("budget_vnd", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "budget_source",
            sa.Enum(
                "commune",
                "upper_level",
                "socialised",
                "other",
                name="budgetsource",
                native_enum=False,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("result_summary", sa.String(), server_default="", nullable=False),
        sa.Column(
            "status",
            sa.Enum("planned", "done", "cancelled", name="activitystatus", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_activity_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["activity_kind.id"], name=op.f("fk_activity_kind_id_activity_kind")
        ),
        sa.ForeignKeyConstraint(["village_id"], ["village.id"], name=op.f("fk_activity_village_id_village")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_activity_uuid")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index("ix_activity_campaign", ["campaign_id"], unique=False)
        batch_op.create_index("ix_activity_kind", ["kind_id"], unique=False)
        batch_op.create_index("ix_activity_live_start", ["is_deleted", "start_at"], unique=False)
        batch_op.create_index("ix_activity_village", ["village_id"], unique=False)

    op.create_table(
        "propaganda_event",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("places", sa.String(), server_default="", nullable=False),
        sa.Column("quantity", sa.Integer(), server_default="0", nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("estimated_reach", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), server_default="", nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_propaganda_event_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["propaganda_kind.id"], name=op.f("fk_propaganda_event_kind_id_propaganda_kind")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_propaganda_event_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_propaganda_event")),
        sa.UniqueConstraint("uuid", name=op.f("uq_propaganda_event_uuid")),
    )
    with op.batch_alter_table("propaganda_event", schema=None) as batch_op:
        batch_op.create_index("ix_propaganda_event_campaign", ["campaign_id"], unique=False)
        batch_op.create_index("ix_propaganda_event_kind", ["kind_id"], unique=False)
        batch_op.create_index("ix_propaganda_event_live_start", ["is_deleted", "start_date"], unique=False)

    op.create_table(
        "propaganda_event_slogan",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("slogan_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["propaganda_event.id"],
            name=op.f("fk_propaganda_event_slogan_event_id_propaganda_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slogan_id"], ["slogan.id"], name=op.f("fk_propaganda_event_slogan_slogan_id_slogan")
        ),
        sa.PrimaryKeyConstraint("event_id", "slogan_id", name=op.f("pk_propaganda_event_slogan")),
    )


def downgrade() -> None:
    op.drop_table("propaganda_event_slogan")
    with op.batch_alter_table("propaganda_event", schema=None) as batch_op:
        batch_op.drop_index("ix_propaganda_event_live_start")
        batch_op.drop_index("ix_propaganda_event_kind")
        batch_op.drop_index("ix_propaganda_event_campaign")

    op.drop_table("propaganda_event")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_village")
        batch_op.drop_index("ix_activity_live_start")
        batch_op.drop_index("ix_activity_kind")
        batch_op.drop_index("ix_activity_campaign")

    op.drop_table("activity")
