"""The province desk: roster, reporting rounds, received submissions, DHIS2 codes, the province link.

- `commune_profile.desk_role` ("commune" | "province") and `commune_profile.unit_code` (the official
  administrative-unit code the province knows the commune by), added with ALTER TABLE ADD COLUMN: the
  profile is not a parent table, but a batch rebuild buys nothing here.
- `province_commune`, `reporting_round`, `round_indicator`, `received_submission`, `received_figure`,
  `dhis2_mapping`, `province_link`: new tables, see core/store/province_models.py.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

import gender_equality_desk.core.store.base

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column[object]]:
    utc = gender_equality_desk.core.store.base.UTCDateTime
    return [
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", utc(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", utc(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", utc(), nullable=True),
    ]


def _text(name: str, length: int | None = None, *, default: str | None = "") -> sa.Column[object]:
    return sa.Column(name, sa.String(length=length), server_default=default, nullable=False)


def upgrade() -> None:
    utc = gender_equality_desk.core.store.base.UTCDateTime
    op.execute("ALTER TABLE commune_profile ADD COLUMN desk_role VARCHAR(20) DEFAULT 'commune' NOT NULL")
    op.execute("ALTER TABLE commune_profile ADD COLUMN unit_code VARCHAR(20) DEFAULT '' NOT NULL")
    op.create_table(
        "province_commune",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        _text("officer_name", 120),
        _text("officer_phone", 40),
        _text("merged_into_code", 20),
        sa.Column("merged_on", sa.Date(), nullable=True),
        _text("note", 300),
        _text("public_key", 64),
        sa.Column("key_pinned_at", utc(), nullable=True),
        _text("dhis2_org_unit", 20),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_province_commune")),
        sa.UniqueConstraint("code", name=op.f("uq_province_commune_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_province_commune_uuid")),
    )
    op.create_table(
        "reporting_round",
        sa.Column("report_kind", sa.String(length=40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        _text("title", 300),
        sa.Column("published_at", utc(), nullable=True),
        _text("province_name", 120),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporting_round")),
        sa.UniqueConstraint("report_kind", "year", "period", name=op.f("uq_reporting_round_report_kind")),
        sa.UniqueConstraint("uuid", name=op.f("uq_reporting_round_uuid")),
    )
    op.create_table(
        "round_indicator",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        _text("number", 12),
        sa.Column("label", sa.String(length=300), nullable=False),
        _text("unit", 40),
        sa.Column("level", sa.Integer(), server_default="0", nullable=False),
        sa.Column("is_group", sa.Boolean(), server_default="0", nullable=False),
        _text("at_most_code", 60),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["reporting_round.id"],
            name=op.f("fk_round_indicator_round_id_reporting_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_round_indicator")),
        sa.UniqueConstraint("round_id", "code", name=op.f("uq_round_indicator_round_id")),
    )
    op.create_index(op.f("ix_round_indicator_round_id"), "round_indicator", ["round_id"], unique=False)
    op.create_table(
        "received_submission",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("commune_code", sa.String(length=20), nullable=False),
        sa.Column("commune_name", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("signed_at", utc(), nullable=False),
        sa.Column("received_at", utc(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=32), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        _text("warnings"),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("figures_json", sa.String(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["reporting_round.id"],
            name=op.f("fk_received_submission_round_id_reporting_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_submission")),
        sa.UniqueConstraint("content_sha256", name=op.f("uq_received_submission_content_sha256")),
        sa.UniqueConstraint(
            "round_id", "commune_code", "version", name=op.f("uq_received_submission_round_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_received_submission_uuid")),
    )
    op.create_index(
        op.f("ix_received_submission_commune_code"), "received_submission", ["commune_code"], unique=False
    )
    op.create_index(
        op.f("ix_received_submission_round_id"), "received_submission", ["round_id"], unique=False
    )
    op.create_table(
        "received_figure",
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["received_submission.id"],
            name=op.f("fk_received_figure_submission_id_received_submission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("submission_id", "code", name=op.f("pk_received_figure")),
    )
    op.create_table(
        "dhis2_mapping",
        sa.Column("report_kind", sa.String(length=40), nullable=False),
        sa.Column("indicator_code", sa.String(length=60), nullable=False),
        sa.Column("data_element", sa.String(length=60), nullable=False),
        _text("category_option_combo", 60),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dhis2_mapping")),
        sa.UniqueConstraint("report_kind", "indicator_code", name=op.f("uq_dhis2_mapping_report_kind")),
        sa.UniqueConstraint("uuid", name=op.f("uq_dhis2_mapping_uuid")),
    )
    op.create_table(
        "province_link",
        sa.Column("province_name", sa.String(length=120), nullable=False),
        _text("authority", 200),
        sa.Column("sealing_key", sa.String(length=64), nullable=False),
        sa.Column("signing_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_province_link")),
        sa.UniqueConstraint("uuid", name=op.f("uq_province_link_uuid")),
    )


def downgrade() -> None:
    op.drop_table("province_link")
    op.drop_table("dhis2_mapping")
    op.drop_table("received_figure")
    op.drop_index(op.f("ix_received_submission_round_id"), table_name="received_submission")
    op.drop_index(op.f("ix_received_submission_commune_code"), table_name="received_submission")
    op.drop_table("received_submission")
    op.drop_index(op.f("ix_round_indicator_round_id"), table_name="round_indicator")
    op.drop_table("round_indicator")
    op.drop_table("reporting_round")
    op.drop_table("province_commune")
    op.execute("ALTER TABLE commune_profile DROP COLUMN unit_code")
    op.execute("ALTER TABLE commune_profile DROP COLUMN desk_role")
