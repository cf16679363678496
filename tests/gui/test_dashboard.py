"""The Tổng quan page shows the same figures as plain SQL over the same store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QTreeWidget
from sqlalchemy import text

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.formatting import format_number, format_percent, format_vnd
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.main_window import MainWindow

from .conftest import TODAY
from .sample_data import fill_sample_commune

# Local (UTC+7) year of an activity stored in UTC, computed independently of the code under test.
ACTIVITY_TOTALS = """
SELECT count(*), sum(participants_total), sum(participants_female), sum(participants_male), sum(budget_vnd)
FROM activity
WHERE is_deleted = 0 AND status = 'done' AND strftime('%Y', start_at, '+7 hours') = :year
"""
PROPAGANDA_BY_UNIT = """
SELECT k.unit, sum(e.quantity), sum(coalesce(e.minutes, 0))
FROM propaganda_event e JOIN propaganda_kind k ON k.id = e.kind_id
WHERE e.is_deleted = 0 AND strftime('%Y', e.start_date) = :year
GROUP BY k.unit
"""


def _figure(window: MainWindow, key: str, part: str = "figure") -> str:
    label = window.dashboard_page.findChild(QLabel, f"{part}_{key}")
    assert label is not None and label.isVisible(), key
    return label.text()


@pytest.fixture(params=["sample", "demo"])
def commune(request: pytest.FixtureRequest, store: Store) -> Store:
    """The small hand-made commune, and the demo generator's five-year commune."""
    if request.param == "demo":
        generator = pytest.importorskip("gender_equality_desk.core.demo.generator")
        generator.generate_demo(store, years=5, scale=1, seed=2026, as_of=TODAY)
    else:
        fill_sample_commune(store, TODAY)
    return store


def test_figures_match_sql(
    shown: Callable[[MainWindow], MainWindow], commune: Store, layout: DataLayout
) -> None:
    window = shown(MainWindow(commune, layout, today=lambda: TODAY))
    year = {"year": str(TODAY.year)}
    with commune.engine.connect() as connection:
        done, total, female, male, budget = connection.execute(text(ACTIVITY_TOTALS), year).one()
        events = connection.execute(
            text("SELECT count(*) FROM propaganda_event WHERE is_deleted = 0 AND start_date LIKE :prefix"),
            {"prefix": f"{TODAY.year}-%"},
        ).scalar_one()
        units = {
            unit: (qty, minutes) for unit, qty, minutes in connection.execute(text(PROPAGANDA_BY_UNIT), year)
        }
    assert done > 0 and events > 0  # the commune really has data this year

    assert _figure(window, "activities_done") == format_number(done)
    assert _figure(window, "participants") == format_number(total)
    unknown = total - female - male  # each activity's total less the nữ and nam recorded on it
    assert _figure(window, "participants", "detail") == (
        f"nữ {format_number(female)} ({format_percent(female / total)}) · nam {format_number(male)}"
        + (f" · chưa rõ {format_number(unknown)}" if unknown else "")
    )
    assert _figure(window, "propaganda_events") == format_number(events)
    assert _figure(window, "banner_pieces") == format_number(units["piece"][0])
    assert _figure(window, "broadcasts") == format_number(units["broadcast"][0])
    assert (
        _figure(window, "broadcasts", "detail") == f"lượt phát · {format_number(units['broadcast'][1])} phút"
    )
    assert _figure(window, "articles") == format_number(units["article"][0])
    assert _figure(window, "leaflet_copies") == format_number(units["copy"][0])
    assert _figure(window, "budget") == format_vnd(budget)


def test_campaign_card_counts_the_action_month_day(window: MainWindow) -> None:
    count = window.dashboard_page.findChild(QLabel, "campaignCount")
    name = window.dashboard_page.findChild(QLabel, "campaignName")
    assert count is not None and name is not None
    assert count.text() == "Ngày thứ 6/31"  # 20/11 is the 6th day of 15/11–15/12
    subheading = window.dashboard_page.subheading
    assert subheading.isVisible() and subheading.text() == "Số liệu năm 2025, tính đến ngày 20/11/2025."
    assert name.text() == (
        "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025"
    )


def test_activity_lists_show_latest_first(window: MainWindow, filled_store: Store) -> None:
    tree = window.dashboard_page.findChild(QTreeWidget, "tree_recent")
    assert tree is not None and tree.isVisible()
    with filled_store.engine.connect() as connection:
        latest = connection.execute(
            text(
                "SELECT strftime('%d/%m/%Y', start_at, '+7 hours'), title FROM activity "
                "WHERE is_deleted = 0 AND status = 'done' AND date(start_at, '+7 hours') <= :today "
                "ORDER BY start_at DESC, id DESC LIMIT 8"
            ),
            {"today": TODAY.isoformat()},
        ).all()
    shown = [
        (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())
    ]
    assert shown == [tuple(row) for row in latest]


def test_empty_store_shows_a_friendly_empty_state(
    shown: Callable[[MainWindow], MainWindow], store: Store, layout: DataLayout
) -> None:
    window = shown(MainWindow(store, layout, today=lambda: date(2026, 3, 2)))
    page = window.dashboard_page
    assert page.empty_state.isVisible()
    assert not page.figures.isVisible()
    texts = [label.text() for label in page.empty_state.findChildren(QLabel)]
    assert "Chưa có hoạt động nào được ghi lại." in texts
    count = page.findChild(QLabel, "campaignCount")
    assert count is not None and count.text() == "Còn 258 ngày"  # 02/03/2026 → 15/11/2026
    assert window.windowTitle() == "Gender Equality Desk"  # no profile yet


def test_participants_not_recorded_by_sex_are_shown_so_the_card_adds_up(
    shown: Callable[[MainWindow], MainWindow], store: Store, layout: DataLayout
) -> None:
    """Tổng 40, Nữ 25, Nam blank: the card said "nữ 25 · nam 0" under 40, leaving 15 people unexplained."""
    from sqlalchemy import select

    from gender_equality_desk.core.domain.clock import local_datetime
    from gender_equality_desk.core.profile import ProfileInput, save_profile
    from gender_equality_desk.core.records.activities import ActivityInput, create_activity
    from gender_equality_desk.core.store.models import ActivityKind

    with store.transaction() as session:
        save_profile(
            session,
            ProfileInput(
                commune_name="Xã Tân Lập",
                province_name="Lạng Sơn",
                place_name="Tân Lập",
                issuing_body="ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
                receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
                signer_name="Vi Văn Thái",
            ),
        )
        kind_id = session.scalars(select(ActivityKind.id).where(ActivityKind.code == "training")).one()
        day = date(TODAY.year, 3, 2)
        create_activity(
            session,
            ActivityInput(
                kind_id=kind_id,
                title="Tập huấn bình đẳng giới",
                start_at=local_datetime(day, 8),
                end_at=local_datetime(day, 11),
                participants_total=40,
                participants_female=25,
            ),
            today=TODAY,
        )
    window = shown(MainWindow(store, layout, today=lambda: TODAY))
    assert _figure(window, "participants") == "40"
    assert _figure(window, "participants", "detail") == "nữ 25 (62,5%) · nam 0 · chưa rõ 15"
