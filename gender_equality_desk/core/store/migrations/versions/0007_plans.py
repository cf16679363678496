"""Plans (Kế hoạch) with sections, planned activities linked to what carried them out, unit assignments;
report deadlines as editable settings, seeded with the defaults of seed 004 (05/6 and 10/12).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import uuid

import sqlalchemy as sa
from alembic import op

import gender_equality_desk.core.store.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Seed 004 asks for reports "trước ngày 05/6 … và ngày 10/12"; the officer edits these rows.
DEFAULT_DEADLINES = (
    ("six_month_report", "Báo cáo kết quả công tác bình đẳng giới 6 tháng đầu năm", 6, 5),
    ("annual_report", "Báo cáo kết quả công tác bình đẳng giới năm", 12, 10),
)


def upgrade() -> None:
    op.create_table(
        "report_deadline",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_deadline")),
        sa.UniqueConstraint("code", name=op.f("uq_report_deadline_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_deadline_uuid")),
    )
    op.create_table(
        "plan",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("parent_body", sa.String(length=200), server_default="", nullable=False),
        sa.Column("issuing_body", sa.String(length=200), nullable=False),
        sa.Column("number", sa.String(length=20), server_default="", nullable=False),
        sa.Column("symbol", sa.String(length=40), server_default="KH-UBND", nullable=False),
        sa.Column("place_name", sa.String(length=120), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issue_month", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("preamble", sa.String(), server_default="[]", nullable=False),
        sa.Column("theme", sa.String(), server_default="", nullable=False),
        sa.Column("message", sa.String(), server_default="", nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("period_text", sa.String(length=300), server_default="", nullable=False),
        sa.Column("closing", sa.String(), server_default="[]", nullable=False),
        sa.Column("recipients", sa.String(), server_default="", nullable=False),
        sa.Column("authority", sa.String(length=300), server_default="", nullable=False),
        sa.Column("signer_name", sa.String(length=120), server_default="", nullable=False),
        sa.Column("show_schedule_table", sa.Boolean(), server_default="0", nullable=False),
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
        sa.ForeignKeyConstraint(["campaign_id"], ["campaign.id"], name=op.f("fk_plan_campaign_id_campaign")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plan_uuid")),
    )
    op.create_index("ix_plan_live_year", "plan", ["is_deleted", "year"], unique=False)

    op.create_table(
        "plan_assignment",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.Column("unit_name", sa.String(length=300), nullable=False),
        sa.Column("responsible_unit_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.String(), server_default="[]", nullable=False),
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
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_assignment_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["responsible_unit_id"],
            ["responsible_unit.id"],
            name=op.f("fk_plan_assignment_responsible_unit_id_responsible_unit"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_assignment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plan_assignment_uuid")),
    )
    op.create_index("ix_plan_assignment_plan", "plan_assignment", ["plan_id"], unique=False)

    op.create_table(
        "plan_section",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("heading", sa.String(length=300), nullable=False),
        sa.Column("body", sa.String(), server_default="[]", nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
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
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_plan_section_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_section")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plan_section_uuid")),
    )
    op.create_index("ix_plan_section_plan", "plan_section", ["plan_id"], unique=False)

    op.create_table(
        "planned_activity",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), server_default="", nullable=False),
        sa.Column("body", sa.String(), server_default="[]", nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), server_default="", nullable=False),
        sa.Column("responsible_unit_id", sa.Integer(), nullable=True),
        sa.Column("responsible_text", sa.String(length=300), server_default="", nullable=False),
        sa.Column("budget_vnd", sa.Integer(), server_default="0", nullable=False),
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
        sa.ForeignKeyConstraint(
            ["kind_id"], ["activity_kind.id"], name=op.f("fk_planned_activity_kind_id_activity_kind")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plan.id"], name=op.f("fk_planned_activity_plan_id_plan"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["responsible_unit_id"],
            ["responsible_unit.id"],
            name=op.f("fk_planned_activity_responsible_unit_id_responsible_unit"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_activity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_planned_activity_uuid")),
    )
    op.create_index("ix_planned_activity_plan", "planned_activity", ["plan_id"], unique=False)

    op.create_table(
        "planned_activity_link",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("planned_activity_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("propaganda_event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_planned_activity_link_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["planned_activity_id"],
            ["planned_activity.id"],
            name=op.f("fk_planned_activity_link_planned_activity_id_planned_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["propaganda_event_id"],
            ["propaganda_event.id"],
            name=op.f("fk_planned_activity_link_propaganda_event_id_propaganda_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_activity_link")),
        sa.UniqueConstraint(
            "planned_activity_id",
            "activity_id",
            "propaganda_event_id",
            name=op.f("uq_planned_activity_link_planned_activity_id"),
        ),
    )
    op.create_index(
        "ix_planned_activity_link_activity", "planned_activity_link", ["activity_id"], unique=False
    )
    op.create_index(
        "ix_planned_activity_link_propaganda_event",
        "planned_activity_link",
        ["propaganda_event_id"],
        unique=False,
    )

    deadlines = sa.table(
        "report_deadline",
        sa.column("uuid", sa.String),
        sa.column("code", sa.String),
        sa.column("label", sa.String),
        sa.column("month", sa.Integer),
        sa.column("day", sa.Integer),
        sa.column("sort_order", sa.Integer),
    )
    op.bulk_insert(
        deadlines,
        [
            {
                "uuid": str(uuid.uuid4()),
                "code": code,
                "label": label,
                "month": month,
                "day": day,
                "sort_order": order,
            }
            for order, (code, label, month, day) in enumerate(DEFAULT_DEADLINES)
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_planned_activity_link_propaganda_event", table_name="planned_activity_link")
    op.drop_index("ix_planned_activity_link_activity", table_name="planned_activity_link")

    op.drop_table("planned_activity_link")
    op.drop_index("ix_planned_activity_plan", table_name="planned_activity")

    op.drop_table("planned_activity")
    op.drop_index("ix_plan_section_plan", table_name="plan_section")

    op.drop_table("plan_section")
    op.drop_index("ix_plan_assignment_plan", table_name="plan_assignment")

    op.drop_table("plan_assignment")
    op.drop_index("ix_plan_live_year", table_name="plan")

    op.drop_table("plan")
    op.drop_table("report_deadline")
