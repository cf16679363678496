"""Confidential victim-support cases, user accounts, the data-key recovery wrap and the audit log.

Cases keep only categories in clear; identities, notes and attachment names are AES-GCM ciphertext.
The audit log is append-only: triggers refuse UPDATE and DELETE, AUTOINCREMENT keeps its ids gap-free,
and each line carries the SHA-256 of the previous one (core/security/audit.py verifies the chain).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("case_code", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
        sqlite_autoincrement=True,
    )
    # Plain CREATE INDEX, no batch rebuild: a rebuild would drop the append-only triggers below.
    op.create_index("ix_audit_entry_case", "audit_entry", ["case_id"], unique=False)
    for statement in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_entry_no_{statement.lower()} BEFORE {statement} ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
        )

    op.create_table(
        "dv_act",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=400), nullable=False),
        sa.Column("gbv_type", sa.String(length=30), nullable=False),
        sa.Column("legal_ref", sa.String(length=60), server_default="", nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dv_act")),
        sa.UniqueConstraint("code", name=op.f("uq_dv_act_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_dv_act_uuid")),
    )
    op.create_table(
        "key_recovery",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped_data_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_recovery")),
    )
    op.create_table(
        "user_account",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("wrapped_data_key", sa.LargeBinary(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
        sa.UniqueConstraint("uuid", name=op.f("uq_user_account_uuid")),
    )
    op.create_table(
        "support_case",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("intake_date", sa.Date(), nullable=False),
        sa.Column("intake_channel", sa.String(length=30), nullable=False),
        sa.Column("survivor_sex", sa.String(length=20), nullable=False),
        sa.Column("survivor_age_group", sa.String(length=20), nullable=False),
        sa.Column("survivor_ethnicity", sa.String(length=60), server_default="", nullable=False),
        sa.Column("survivor_disability", sa.Boolean(), nullable=True),
        sa.Column("perpetrator_relationship", sa.String(length=30), nullable=False),
        sa.Column("perpetrator_sex", sa.String(length=20), nullable=False),
        sa.Column("perpetrator_age_group", sa.String(length=20), nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("gbv_type", sa.String(length=30), nullable=False),
        sa.Column("consent_given", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_scope", sa.String(length=300), server_default="", nullable=False),
        sa.Column("risk_level", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), server_default="open", nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closure_reason", sa.String(length=30), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("identity_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"], ["user_account.id"], name=op.f("fk_support_case_assigned_to_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["user_account.id"], name=op.f("fk_support_case_created_by_id_user_account")
        ),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_support_case_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_case")),
        sa.UniqueConstraint("code", name=op.f("uq_support_case_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_support_case_uuid")),
        sa.UniqueConstraint("year", "number", name="uq_support_case_year_number"),
    )
    with op.batch_alter_table("support_case", schema=None) as batch_op:
        batch_op.create_index("ix_support_case_assigned_to", ["assigned_to_id"], unique=False)
        batch_op.create_index("ix_support_case_created_by", ["created_by_id"], unique=False)
        batch_op.create_index("ix_support_case_live_intake", ["is_deleted", "intake_date"], unique=False)

    op.create_table(
        "trusted_address",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=100), server_default="", nullable=False),
        sa.Column("village_id", sa.Integer(), nullable=True),
        sa.Column("contact", sa.String(length=200), server_default="", nullable=False),
        sa.Column("capacity", sa.Integer(), server_default="1", nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["village_id"], ["village.id"], name=op.f("fk_trusted_address_village_id_village")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_address")),
        sa.UniqueConstraint("name", name=op.f("uq_trusted_address_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_trusted_address_uuid")),
    )
    op.create_table(
        "case_attachment",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("blob_name", sa.String(length=64), nullable=False),
        sa.Column("name_sealed", sa.LargeBinary(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), server_default="", nullable=False),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["support_case.id"],
            name=op.f("fk_case_attachment_case_id_support_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_attachment")),
        sa.UniqueConstraint("blob_name", name=op.f("uq_case_attachment_blob_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_case_attachment_uuid")),
    )
    with op.batch_alter_table("case_attachment", schema=None) as batch_op:
        batch_op.create_index("ix_case_attachment_case", ["case_id"], unique=False)

    op.create_table(
        "case_follow_up",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["support_case.id"],
            name=op.f("fk_case_follow_up_case_id_support_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_follow_up")),
        sa.UniqueConstraint("uuid", name=op.f("uq_case_follow_up_uuid")),
    )
    with op.batch_alter_table("case_follow_up", schema=None) as batch_op:
        batch_op.create_index("ix_case_follow_up_case", ["case_id"], unique=False)
        batch_op.create_index("ix_case_follow_up_due", ["done_on", "due_date"], unique=False)

    op.create_table(
        "case_measure",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("provider", sa.String(length=200), server_default="", nullable=False),
        sa.Column("trusted_address_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=20), server_default="ongoing", nullable=False),
        sa.Column("note_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["support_case.id"],
            name=op.f("fk_case_measure_case_id_support_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["trusted_address_id"],
            ["trusted_address.id"],
            name=op.f("fk_case_measure_trusted_address_id_trusted_address"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_measure")),
        sa.UniqueConstraint("uuid", name=op.f("uq_case_measure_uuid")),
    )
    with op.batch_alter_table("case_measure", schema=None) as batch_op:
        batch_op.create_index("ix_case_measure_case", ["case_id"], unique=False)

    op.create_table(
        "case_status_change",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=30), server_default="", nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("note_sealed", sa.LargeBinary(), nullable=True),
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("is_deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["support_case.id"],
            name=op.f("fk_case_status_change_case_id_support_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_case_status_change_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_status_change")),
        sa.UniqueConstraint("uuid", name=op.f("uq_case_status_change_uuid")),
    )
    with op.batch_alter_table("case_status_change", schema=None) as batch_op:
        batch_op.create_index("ix_case_status_change_case", ["case_id"], unique=False)

    op.create_table(
        "support_case_act",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["act_id"], ["dv_act.id"], name=op.f("fk_support_case_act_act_id_dv_act")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["support_case.id"],
            name=op.f("fk_support_case_act_case_id_support_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "act_id", name=op.f("pk_support_case_act")),
    )


def downgrade() -> None:
    op.drop_table("support_case_act")
    with op.batch_alter_table("case_status_change", schema=None) as batch_op:
        batch_op.drop_index("ix_case_status_change_case")

    op.drop_table("case_status_change")
    with op.batch_alter_table("case_measure", schema=None) as batch_op:
        batch_op.drop_index("ix_case_measure_case")

    op.drop_table("case_measure")
    with op.batch_alter_table("case_follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_case_follow_up_due")
        batch_op.drop_index("ix_case_follow_up_case")

    op.drop_table("case_follow_up")
    with op.batch_alter_table("case_attachment", schema=None) as batch_op:
        batch_op.drop_index("ix_case_attachment_case")

    op.drop_table("case_attachment")
    op.drop_table("trusted_address")
    with op.batch_alter_table("support_case", schema=None) as batch_op:
        batch_op.drop_index("ix_support_case_live_intake")
        batch_op.drop_index("ix_support_case_created_by")
        batch_op.drop_index("ix_support_case_assigned_to")

    op.drop_table("support_case")
    op.drop_table("user_account")
    op.drop_table("key_recovery")
    op.drop_table("dv_act")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.drop_index("ix_audit_entry_case", table_name="audit_entry")
    op.drop_table("audit_entry")
