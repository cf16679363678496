"""A planned activity may carry a propaganda kind (Treo băng rôn, Phát thanh…) instead of an activity kind.

- `planned_activity.propaganda_kind_id`: nullable, references `propaganda_kind`; at most one of
  `kind_id` / `propaganda_kind_id` is set (CHECK `ck_planned_activity_one_kind`). The propaganda events of
  that kind in the item's time are then proposed for linking, as activities of an activity kind are.
- The two propaganda items of the Action Month template (banners and slogans; the commune radio and the
  village loudspeakers) had no kind. An item still carrying exactly the template's text (no title, the
  one paragraph unchanged, no kind) was made from the template, so it gets the template's propaganda kind
  now; any item the officer wrote or edited is left as it is.

Added with ALTER TABLE ADD COLUMN, not a batch "recreate": the store runs with foreign keys on, and
dropping the old planned_activity table would cascade to planned_activity_link and delete every link
between the plan and what was done. The downgrade must rebuild the table (SQLite cannot drop a column
used by a foreign key), so it keeps the links aside and puts them back.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# The template's text as shipped since plans exist (resources/plan_templates/action_month.json, items 2
# and 3), frozen here: later edits of the template must not change what this revision recognises.
TEMPLATE_ITEMS = {
    "Treo băng rôn, khẩu hiệu, pa nô, áp phích tuyên truyền tại trụ sở cơ quan, trường học, "
    "các trục đường chính, nơi công cộng.": "banner_slogan",
    "Tuyên truyền trên Đài truyền thanh xã và hệ thống loa tại nhà văn hóa các thôn về chủ đề, "
    "thông điệp của Tháng hành động.": "radio_broadcast",
}


def upgrade() -> None:
    op.execute(
        "ALTER TABLE planned_activity ADD COLUMN propaganda_kind_id INTEGER"
        " CONSTRAINT fk_planned_activity_propaganda_kind_id_propaganda_kind REFERENCES propaganda_kind (id)"
        " CONSTRAINT ck_planned_activity_one_kind CHECK (kind_id IS NULL OR propaganda_kind_id IS NULL)"
    )
    bind = op.get_bind()
    live_kinds = bind.execute(sa.text("SELECT code, id FROM propaganda_kind WHERE is_deleted = 0"))
    kinds = {str(code): int(kind_id) for code, kind_id in live_kinds}
    untouched = bind.execute(
        sa.text(
            "SELECT id, body FROM planned_activity"
            " WHERE kind_id IS NULL AND propaganda_kind_id IS NULL AND trim(title) = ''"
        )
    ).all()
    for planned_id, body in untouched:
        code = TEMPLATE_ITEMS.get(_only_paragraph(body))
        if code is not None and code in kinds:
            bind.execute(
                sa.text("UPDATE planned_activity SET propaganda_kind_id = :kind WHERE id = :id"),
                {"kind": kinds[code], "id": planned_id},
            )


def _only_paragraph(body: str | None) -> str:
    """The text of a body made of exactly one plain paragraph, else "" (the officer changed it)."""
    try:
        paragraphs = json.loads(body or "[]")
    except ValueError:
        return ""
    if isinstance(paragraphs, list) and len(paragraphs) == 1 and paragraphs[0][0] == "body":
        return str(paragraphs[0][1])
    return ""


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        sa.text("CREATE TEMP TABLE kept_planned_activity_link AS SELECT * FROM planned_activity_link")
    )
    with op.batch_alter_table("planned_activity", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_planned_activity_one_kind"), type_="check")
        batch_op.drop_column("propaganda_kind_id")
    bind.execute(
        sa.text(
            "INSERT INTO planned_activity_link SELECT * FROM kept_planned_activity_link"
            " WHERE id NOT IN (SELECT id FROM planned_activity_link)"
        )
    )
    bind.execute(sa.text("DROP TABLE kept_planned_activity_link"))
