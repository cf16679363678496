"""Trust: MACs on the access log, bound roles and case assignments, pinned package senders' keys.

- `audit_entry.mac`, `user_account.binding`, `support_case.binding`: ALTER TABLE ADD COLUMN (nullable).
  Never a batch rebuild: user_account and support_case are parent tables (foreign keys are on), and a
  rebuild of audit_entry would drop its append-only triggers.
- `trust_anchor`: one row, inserted here *not anchored* (mac NULL), with every entry already in the log
  counted as written before anchoring (`legacy_until`). The migration runs without any password, so it
  has no key to MAC anything with: existing entries, accounts and cases are anchored and bound at the
  first administrator sign-in (core/security/trust_anchor.py).
- `package_sender_key`: the signing key first seen from each commune (core/exchange/packages_pinning.py).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-10
"""

import sqlalchemy as sa
from alembic import op

import gender_equality_desk.core.store.base

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    utc = gender_equality_desk.core.store.base.UTCDateTime
    op.execute("ALTER TABLE audit_entry ADD COLUMN mac VARCHAR(64)")
    op.execute("ALTER TABLE user_account ADD COLUMN binding VARCHAR(64)")
    op.execute("ALTER TABLE support_case ADD COLUMN binding VARCHAR(64)")
    op.create_table(
        "trust_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("legacy_until", sa.Integer(), server_default="0", nullable=False),
        sa.Column("anchored_at", utc(), nullable=True),
        sa.Column("head_id", sa.Integer(), server_default="0", nullable=False),
        sa.Column("head_hash", sa.String(length=64), server_default="", nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trust_anchor")),
    )
    op.execute(
        "INSERT INTO trust_anchor (id, legacy_until, head_id, head_hash) "
        "SELECT 1, coalesce(max(id), 0), 0, '' FROM audit_entry"
    )
    op.create_table(
        "package_sender_key",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sender", sa.String(length=400), nullable=False),
        sa.Column("commune", sa.String(length=200), nullable=False),
        sa.Column("province", sa.String(length=200), server_default="", nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("pinned_at", utc(), nullable=False),
        sa.Column("last_seen_at", utc(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_sender_key")),
        sa.UniqueConstraint("sender", name=op.f("uq_package_sender_key_sender")),
    )


def downgrade() -> None:
    op.drop_table("package_sender_key")
    op.drop_table("trust_anchor")
    op.execute("ALTER TABLE support_case DROP COLUMN binding")
    op.execute("ALTER TABLE user_account DROP COLUMN binding")
    op.execute("ALTER TABLE audit_entry DROP COLUMN mac")
