"""Tổng quan (province desk): one card per open or recent round with its progress, and the next deadlines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.province_overview import ProvinceOverviewPage
from tests.core.province.province_fixtures import add_round, add_submission, fill_province, vietnam
from tests.core.province.test_completeness import sql_statuses

TODAY = date(2026, 12, 22)


def test_cards_show_each_rounds_progress_and_the_next_deadlines(
    shown: Callable[[ProvinceOverviewPage], ProvinceOverviewPage], store: Store, layout: DataLayout
) -> None:
    province = fill_province(store, communes=40)
    with store.transaction() as session:
        year = add_round(session, kind="gender-equality", period="year", start=date(2026, 1, 1),
                         end=date(2026, 12, 31), deadline=date(2026, 12, 28))  # fmt: skip
        add_submission(session, year, "04000", "Xã Hoàng Văn Thụ", {"AM01": 3},
                       signed_at=vietnam(date(2026, 12, 21), 10))  # fmt: skip
    page = shown(ProvinceOverviewPage(PageServices(store, layout, lambda: TODAY)))
    page.resize(1366, 768)
    page.activated()
    assert [card.completeness.round.id for card in page.cards] == [year, province.round_id]
    open_card, past_card = page.cards
    assert (open_card.share.text(), open_card.reported.text()) == ("2,5%", "đã báo cáo: 1/40 xã")
    assert open_card.deadline.text() == "Hạn nộp 28/12/2026 — còn 6 ngày"

    statuses = [status for status, _days in sql_statuses(store, province.round_id).values()]
    on_time, late, waiting = (statuses.count(s) for s in ("on_time", "late", "not_yet"))
    assert past_card.on_time.text() == f"Đúng hạn: {on_time}"
    assert past_card.late.text() == f"Nộp muộn: {late}"
    assert past_card.not_yet.text() == f"Chưa nộp: {waiting}"
    assert past_card.reported.text() == f"đã báo cáo: {on_time + late}/40 xã"
    assert (past_card.progress.value(), past_card.progress.maximum()) == (on_time + late, 40)
    assert past_card.deadline.text() == "Hạn nộp 20/12/2026 — đã quá hạn 2 ngày"

    assert page.deadlines.topLevelItemCount() == 1
    item = page.deadlines.topLevelItem(0)
    assert [item.text(c) for c in range(4)] == [
        "28/12/2026",
        "6 ngày",
        "Công tác bình đẳng giới (cả năm) 2026",
        "39/40 xã",
    ]
    assert not page.empty.isVisible()


def test_a_desk_without_rounds_says_what_to_do(
    shown: Callable[[ProvinceOverviewPage], ProvinceOverviewPage], store: Store, layout: DataLayout
) -> None:
    page = shown(ProvinceOverviewPage(PageServices(store, layout, lambda: TODAY)))
    page.activated()
    assert page.empty.isVisible() and page.cards == [] and not page.deadlines_card.isVisible()
    fill_province(store, communes=5)
    page.on_data_changed(DataChange.EVERYTHING)  # a round appeared (another page announced it)
    assert len(page.cards) == 1 and not page.empty.isVisible()
