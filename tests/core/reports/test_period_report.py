"""Six-month/annual report and DV statistics: indicator rows as data, figures from the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.figures import Period, period_figures
from gender_equality_desk.core.reports.indicators import (
    IndicatorInput,
    add_indicator,
    check_indicator,
    figure_values,
    list_indicators,
    move_indicator,
    set_indicator_active,
    update_indicator,
)
from gender_equality_desk.core.reports.period_report import (
    DV_STATISTICS,
    GENDER_EQUALITY,
    dv_statistics_report,
    gender_equality_report,
    indicator_table,
    period_phrase,
)
from gender_equality_desk.core.reports.suppression import EXACT_LINE, PUBLIC_LINE, SUPPRESSED
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.reference import seed_report_indicators

YEAR = 2025


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    demo = open_store(DataLayout(tmp_path_factory.mktemp("period") / "data"))
    generate_demo(demo, years=2, scale=1, seed=11, as_of=date(YEAR, 12, 20))
    yield demo
    demo.close()


def test_rows_are_seeded_once_and_keep_the_officers_edits(store: Store) -> None:
    with store.transaction() as session:
        rows = list_indicators(session, GENDER_EQUALITY)
        assert rows[0].label == "Công tác tuyên truyền, truyền thông" and rows[0].is_group
        first = rows[1]
        update_indicator(
            session,
            first.id,
            IndicatorInput("Số cuộc truyền thông (mẫu tỉnh)", "1", "Cuộc", source=first.source),
        )
        seed_report_indicators(session)  # the next start seeds again
        again = list_indicators(session, GENDER_EQUALITY)
    assert len(again) == len(rows)
    assert again[1].label == "Số cuộc truyền thông (mẫu tỉnh)"


def test_rows_can_be_added_hidden_and_moved(store: Store) -> None:
    with store.transaction() as session:
        added = add_indicator(session, GENDER_EQUALITY, IndicatorInput("Số hộ gia đình văn hóa", "21", "Hộ"))
        move_indicator(session, added.id, -100)
        assert list_indicators(session, GENDER_EQUALITY)[0].label == "Số hộ gia đình văn hóa"
        set_indicator_active(session, added.id, False)
        assert all(row.id != added.id for row in list_indicators(session, GENDER_EQUALITY))
        assert any(
            row.id == added.id for row in list_indicators(session, GENDER_EQUALITY, include_inactive=True)
        )


def test_rows_are_checked_with_vietnamese_messages() -> None:
    assert check_indicator(IndicatorInput("  ")) == (
        "Tên chỉ tiêu đang để trống. Vui lòng nhập tên chỉ tiêu như trên mẫu báo cáo."
    )
    assert "không có trong danh sách" in (check_indicator(IndicatorInput("x", source="khong.co")) or "")
    assert check_indicator(IndicatorInput("x", source="activities.kind.training")) is None


def test_report_figures_equal_the_stores(demo_store: Store) -> None:
    start, end = date(YEAR, 1, 1), date(YEAR, 12, 31)
    with demo_store.reading() as session:
        report = gender_equality_report(session, start, end, day=date(YEAR, 12, 8))
        figures = period_figures(session, Period(start, end))
        codes = [row.code for row in list_indicators(session, GENDER_EQUALITY)]
    table = report.tables()[0]
    result = {code: row.cells[3] for code, row in zip(codes, table.rows, strict=True)}
    assert result["activities"] == figures.activity_count > 0
    assert result["participants_female"] == figures.participants_female
    assert result["budget_total"] == figures.budget_vnd
    training = figures.activity("training")
    assert training is not None and result["training"] == training.count
    assert result["female_council"] is None  # filled in by hand
    assert report.header.subject.endswith("năm 2025")
    assert report.file_stem.startswith("BaoCao_BinhDangGioi_2025_")


def test_six_month_report_counts_only_the_first_half(demo_store: Store) -> None:
    with demo_store.reading() as session:
        half = figure_values(session, Period(date(YEAR, 1, 1), date(YEAR, 6, 30)))
        year = figure_values(session, Period(date(YEAR, 1, 1), date(YEAR, 12, 31)))
        report = gender_equality_report(session, date(YEAR, 1, 1), date(YEAR, 6, 30))
    assert 0 < half["activities.count"] < year["activities.count"]
    assert "6 tháng đầu năm 2025" in report.header.subject


def test_small_case_counts_are_exact_unless_the_report_is_for_publication() -> None:
    from gender_equality_desk.core.reports.indicators import IndicatorRow

    rows = [
        IndicatorRow(1, DV_STATISTICS, c, "", c, "Vụ", 0, False, f"cases.{c}", "", True)
        for c in ("zero", "one", "two", "three")
    ]
    values: dict[str, int | None] = {"cases.zero": 0, "cases.one": 1, "cases.two": 2, "cases.three": 3}
    exact = indicator_table("T", rows, values)
    published = indicator_table("T", rows, values, for_publication=True)
    assert [row.cells[3] for row in exact.rows] == [0, 1, 2, 3]
    assert [row.cells[3] for row in published.rows] == [0, SUPPRESSED, SUPPRESSED, 3]


def test_only_case_counts_are_hidden_for_publication() -> None:
    from gender_equality_desk.core.reports.indicators import IndicatorRow

    label, source = "Lễ phát động", "activities.count"
    row = IndicatorRow(1, GENDER_EQUALITY, "x", "", label, "Cuộc", 0, False, source, "", True)
    table = indicator_table("T", [row], {"activities.count": 2}, for_publication=True)
    assert table.rows[0].cells[3] == 2


def test_dv_statistics_say_whether_counts_are_exact(demo_store: Store) -> None:
    with demo_store.reading() as session:
        exact = dv_statistics_report(session, date(YEAR, 1, 1), date(YEAR, 12, 31))
        public = dv_statistics_report(session, date(YEAR, 1, 1), date(YEAR, 12, 31), for_publication=True)
    table = exact.tables()[0]
    assert "không có thông tin nhận diện" in table.note and EXACT_LINE in table.note
    assert "<3" not in table.note
    assert EXACT_LINE in [block.text for block in exact.blocks if not hasattr(block, "rows")]
    assert PUBLIC_LINE in public.tables()[0].note
    assert PUBLIC_LINE in [block.text for block in public.blocks if not hasattr(block, "rows")]
    assert table.rows[0].cells[1] == "Số vụ bạo lực gia đình"
    assert public.file_stem.endswith("_CongKhai") and not exact.file_stem.endswith("_CongKhai")


def test_wrong_period_is_refused(demo_store: Store) -> None:
    with demo_store.reading() as session, pytest.raises(UserFacingError):
        gender_equality_report(session, date(YEAR, 6, 30), date(YEAR, 1, 1))


def test_period_phrases() -> None:
    assert period_phrase(date(2026, 1, 1), date(2026, 6, 30)) == "6 tháng đầu năm 2026"
    assert period_phrase(date(2026, 1, 1), date(2026, 12, 31)) == "năm 2026"
    assert period_phrase(date(2026, 3, 1), date(2026, 8, 31)) == "từ ngày 01/03/2026 đến ngày 31/08/2026"
