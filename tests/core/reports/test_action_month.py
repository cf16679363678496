"""The Action Month report's figures equal what plain SQL says about the same store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.action_month import Narrative, action_month_report
from gender_equality_desk.core.reports.content import Paragraph, ReportContent, Table
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(DataLayout(tmp_path_factory.mktemp("am")))
    generate_demo(store, years=2, scale=1, seed=21, as_of=date(2026, 11, 23))
    yield store
    store.close()


def sql(store: Store, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(store.path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def report_for(store: Store, year: int) -> ReportContent:
    with store.transaction() as session:
        return action_month_report(session, year, day=date(2026, 12, 10))


def table(report: ReportContent, title_start: str) -> Table:
    return next(t for t in report.tables() if t.title.startswith(title_start))


def column(table: Table, label: str) -> int:
    return [c.label for c in table.columns].index(label)


def test_activity_table_matches_sql(demo: Store) -> None:
    report = report_for(demo, 2025)
    expected = sql(
        demo,
        "SELECT count(*), sum(participants_total), sum(participants_female), sum(participants_male), "
        "sum(budget_vnd) FROM activity a JOIN campaign c ON c.id = a.campaign_id "
        "WHERE c.kind = 'action_month' AND c.year = 2025 AND a.status = 'done' AND a.is_deleted = 0",
    )[0]
    activities = table(report, "Biểu 1")
    totals = activities.totals()
    labels = ("Số cuộc", "Tổng số lượt người", "Nữ", "Nam", "Kinh phí (đồng)")
    assert tuple(totals[column(activities, label)] for label in labels) == expected
    assert expected[0] > 0


def test_propaganda_table_matches_sql(demo: Store) -> None:
    report = report_for(demo, 2025)
    rows = {row.cells[0]: row.cells for row in table(report, "Biểu 2").rows}
    expected = sql(
        demo,
        "SELECT k.label, count(*), sum(e.quantity) FROM propaganda_event e "
        "JOIN propaganda_kind k ON k.id = e.kind_id JOIN campaign c ON c.id = e.campaign_id "
        "WHERE c.kind = 'action_month' AND c.year = 2025 AND e.is_deleted = 0 GROUP BY k.label",
    )
    assert expected
    for label, events, quantity in expected:
        assert rows[label][1:3] == (events, quantity)


def test_budget_table_sums_to_activity_budget(demo: Store) -> None:
    report = report_for(demo, 2025)
    activities = table(report, "Biểu 1")
    assert table(report, "Biểu 3").totals()[1] == activities.totals()[column(activities, "Kinh phí (đồng)")]


def test_letterhead_narrative_and_file_name(demo: Store) -> None:
    report = report_for(demo, 2025)
    assert report.header.issuing_body == "ỦY BAN NHÂN DÂN XÃ CAO LÂU"
    assert report.header.place_and_date == "Cao Lâu, ngày 10 tháng 12 năm 2026"
    assert report.header.subject.startswith("Kết quả thực hiện Tháng hành động vì bình đẳng giới")
    assert report.file_stem == "BaoCao_ThangHanhDong_2025_XaCaoLau"
    texts = [block.text for block in report.blocks if isinstance(block, Paragraph)]
    assert "I. KẾT QUẢ THỰC HIỆN" in texts and "III. ĐỀ XUẤT, KIẾN NGHỊ" in texts
    edited = Narrative(
        basis="Căn cứ.", direction="Chỉ đạo.", limitations="Hạn chế riêng.", proposals="Kiến nghị."
    )
    with demo.transaction() as session:
        custom = action_month_report(session, 2025, narrative=edited)
    custom_texts = [block.text for block in custom.blocks if isinstance(block, Paragraph)]
    assert "Hạn chế riêng." in custom_texts and "Căn cứ." in custom_texts


def test_report_without_profile_explains(store: Store) -> None:
    with pytest.raises(UserFacingError, match="Chưa có thông tin xã"), store.transaction() as session:
        action_month_report(session, 2025)


def test_edited_wording_typed_decomposed_prints_composed() -> None:
    import unicodedata

    typed = unicodedata.normalize("NFD", "Tiếp tục tuyên truyền ở các thôn")
    narrative = Narrative(typed, typed, typed, typed)
    assert {narrative.basis, narrative.direction, narrative.limitations, narrative.proposals} == {
        "Tiếp tục tuyên truyền ở các thôn"
    }
