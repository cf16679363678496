"""Reports marked sent, the form a report follows, DV acts counted under a form, longer row sources.

- `report_submission`: one row per deadline occurrence the officer marked sent; until then the reminder
  stays on Tổng quan (overdue if need be) instead of rolling over to next year.
- `report_deadline.report_kind`: which report a deadline is for, so the Báo cáo page can mark it sent.
- `report_form`: the form name and legal basis a periodic report cites, editable.
- `dv_act.dv_form`: the DV form row (thân thể / tinh thần / tình dục / kinh tế) an act is counted under;
  filled here for the shipped acts (Law 13/2022 Art. 3(1)), editable afterwards.
- `report_indicator.source` widened: a row may add up several figure keys ("a+b").

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

import gender_equality_desk.core.store.base

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Law 13/2022/QH15 Art. 2 names the harm as physical, mental, sexual or economic; each act of Art. 3(1)
# is counted under the form of the harm it does. Neglect (d), obstructing family rights (g), forced
# marriage (l) and isolation (p) hurt the mind, not the purse.
DV_FORMS = {
    "a": "physical",
    "b": "psychological",
    "c": "psychological",
    "d": "psychological",
    "dd": "psychological",
    "e": "psychological",
    "g": "psychological",
    "h": "psychological",
    "i": "sexual",
    "k": "sexual",
    "l": "psychological",
    "m": "sexual",
    "n": "economic",
    "o": "economic",
    "p": "psychological",
    "q": "economic",
}
DEADLINE_REPORTS = {"six_month_report": "gender-equality", "annual_report": "gender-equality"}


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


def upgrade() -> None:
    op.create_table(
        "report_form",
        sa.Column("report_kind", sa.String(length=40), nullable=False),
        sa.Column("form_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("legal_basis", sa.String(length=300), server_default="", nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_form")),
        sa.UniqueConstraint("report_kind", name=op.f("uq_report_form_report_kind")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_form_uuid")),
    )
    op.create_table(
        "report_submission",
        sa.Column("deadline_id", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=300), server_default="", nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["deadline_id"],
            ["report_deadline.id"],
            name=op.f("fk_report_submission_deadline_id_report_deadline"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_submission")),
        sa.UniqueConstraint("deadline_id", "due_date", name=op.f("uq_report_submission_deadline_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_report_submission_uuid")),
    )
    with op.batch_alter_table("dv_act", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dv_form", sa.String(length=20), server_default="", nullable=False))
    with op.batch_alter_table("report_deadline", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_kind", sa.String(length=40), server_default="", nullable=False))
    with op.batch_alter_table("report_indicator", schema=None) as batch_op:
        batch_op.alter_column(
            "source",
            existing_type=sa.String(length=80),
            type_=sa.String(length=400),
            existing_nullable=False,
            existing_server_default="",
        )

    dv_act = sa.table("dv_act", sa.column("code", sa.String), sa.column("dv_form", sa.String))
    for code, form in DV_FORMS.items():
        op.execute(dv_act.update().where(dv_act.c.code == code).values(dv_form=form))
    deadline = sa.table("report_deadline", sa.column("code", sa.String), sa.column("report_kind", sa.String))
    for code, kind in DEADLINE_REPORTS.items():
        op.execute(deadline.update().where(deadline.c.code == code).values(report_kind=kind))


def downgrade() -> None:
    with op.batch_alter_table("report_indicator", schema=None) as batch_op:
        batch_op.alter_column(
            "source",
            existing_type=sa.String(length=400),
            type_=sa.String(length=80),
            existing_nullable=False,
            existing_server_default="",
        )
    # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35), not a batch rebuild: rebuilding dv_act would drop a table
    # that support_case_act points at (refused with foreign keys on), and rebuilding report_deadline
    # would cascade-delete its children.
    op.execute("ALTER TABLE report_deadline DROP COLUMN report_kind")
    op.execute("ALTER TABLE dv_act DROP COLUMN dv_form")
    op.drop_table("report_submission")
    op.drop_table("report_form")
