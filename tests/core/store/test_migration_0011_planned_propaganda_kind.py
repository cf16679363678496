"""Revision 0011: planned_activity.propaganda_kind_id. Going down keeps every link between plans and what was
done (the table is rebuilt with foreign keys on); coming up gives the template's banner and broadcast items
their propaganda kind and leaves every item the officer wrote or edited alone. Checked with plain sqlite3."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.model import PlanInput, PlanKind, PlannedActivityInput
from gender_equality_desk.core.plans.progress import link_record
from gender_equality_desk.core.plans.service import create_plan, load_plan
from gender_equality_desk.core.plans.templates import create_from_template
from gender_equality_desk.core.reports.content import Paragraph
from gender_equality_desk.core.store import migrate
from gender_equality_desk.core.store.engine import make_engine
from gender_equality_desk.core.store.opening import open_store

from ..reports.handmade import add_activity, add_propaganda, make_commune  # noqa: TID252

BANNERS = (
    "Treo băng rôn, khẩu hiệu, pa nô, áp phích tuyên truyền tại trụ sở cơ quan, trường học, "
    "các trục đường chính, nơi công cộng."
)


def rows(path: Path, query: str, *params: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def test_down_keeps_the_links_and_up_recognises_only_untouched_template_items(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "data")
    store = make_commune(open_store(layout))
    with store.transaction() as session:
        template_plan = create_from_template(session, "action_month", 2025)
        own_plan = create_plan(
            session,
            PlanInput(
                year=2025,
                kind=PlanKind.ACTION_MONTH,
                title="Kế hoạch riêng",
                issuing_body="ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
                place_name="Tân Lập",
                activities=(
                    PlannedActivityInput(title="Băng rôn tại chợ", body=(Paragraph(BANNERS),)),
                    PlannedActivityInput(body=(Paragraph(BANNERS), Paragraph("Thêm pa nô tại chợ."))),
                ),
            ),
        )
    with store.reading() as session:
        launch, banners, radio, club = load_plan(session, template_plan).activity_ids
        titled, longer = load_plan(session, own_plan).activity_ids
    ceremony = add_activity(store, "launch_ceremony", date(2025, 11, 15), total=120)
    hung = add_propaganda(store, "banner_slogan", date(2025, 11, 12), quantity=20)
    with store.transaction() as session:
        link_record(session, launch, activity_id=ceremony)
        link_record(session, banners, propaganda_event_id=hung)
    store.close()
    links = rows(layout.store, "SELECT * FROM planned_activity_link ORDER BY id")
    assert len(links) == 2

    engine = make_engine(layout.store)
    migrate.downgrade(engine, "0010")
    engine.dispose()
    columns = [r[1] for r in rows(layout.store, "PRAGMA table_info(planned_activity)")]
    assert "propaganda_kind_id" not in columns
    assert rows(layout.store, "SELECT * FROM planned_activity_link ORDER BY id") == links
    assert rows(layout.store, "SELECT count(*) FROM planned_activity") == [(6,)]
    # At 0010 the officer edits the broadcast item's text: it is no longer the template's.
    connection = sqlite3.connect(layout.store)
    with connection:
        connection.execute(
            "UPDATE planned_activity SET body = ? WHERE id = ?",
            ('[["body", "Phát thanh 3 buổi mỗi tuần trên loa các thôn."]]', radio),
        )
    connection.close()

    open_store(layout).close()  # the app upgrades the store

    kinds = dict(rows(layout.store, "SELECT code, id FROM propaganda_kind"))
    found = dict(rows(layout.store, "SELECT id, propaganda_kind_id FROM planned_activity"))
    assert found == {
        launch: None,  # an activity kind already
        banners: kinds["banner_slogan"],  # the template's text, untouched
        radio: None,  # edited by the officer
        club: None,
        titled: None,  # the officer's own item (a title of its own)
        longer: None,  # the template's paragraph and more
    }
    assert rows(layout.store, "SELECT * FROM planned_activity_link ORDER BY id") == links
    (schema,) = rows(layout.store, "SELECT sql FROM sqlite_master WHERE name = 'planned_activity'")
    assert "ck_planned_activity_one_kind" in str(schema[0])
    assert rows(layout.store, "SELECT version_num FROM alembic_version") == [(migrate.HEAD_REVISION,)]


def test_the_template_radio_item_gets_the_broadcast_kind(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path / "data")
    store = make_commune(open_store(layout))
    with store.transaction() as session:
        plan_id = create_from_template(session, "action_month", 2026)
    store.close()
    connection = sqlite3.connect(layout.store)
    with connection:  # as an older version saved it: no propaganda kind
        connection.execute("UPDATE planned_activity SET propaganda_kind_id = NULL")
    connection.close()
    engine = make_engine(layout.store)
    migrate.downgrade(engine, "0010")
    migrate.upgrade(engine)
    engine.dispose()
    assert rows(
        layout.store,
        "SELECT k.code FROM planned_activity pa LEFT JOIN propaganda_kind k ON k.id = pa.propaganda_kind_id "
        "WHERE pa.plan_id = ? ORDER BY pa.sort_order",
        plan_id,
    ) == [(None,), ("banner_slogan",), ("radio_broadcast",), (None,)]
