"""A commune sends a report up: the file opened with the province's private key holds exactly the figures
plain SQL counts (1 and 2 included, never "<3"), the report's PDF, the commune's identity and signature; a
missing code or key is refused saying where to fill it in; an imported round is answered row by row by
code, in the round's order."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pypdf
import pytest

from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import installation_key, public_key_bytes
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import set_unit_code
from gender_equality_desk.core.province.province_link import import_province_key_file
from gender_equality_desk.core.province.submission import (
    default_file_name,
    prepare_submission,
    submit_report,
)
from gender_equality_desk.core.province.submission_file import OpenedSubmission, open_submission_file
from gender_equality_desk.core.reports.indicators import list_indicators, set_indicator_active
from gender_equality_desk.core.reports.registry import ReportKind, ReportRequest, build_report
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.province_models import ReportingRound, RoundIndicator

from .commune_records import add_activity, add_propaganda, make_commune
from .province_fixtures import ProvinceDesk, make_province

YEAR = 2025
DAY = date(2025, 12, 20)
LOCAL_DAY = "date(a.start_at, '+7 hours')"
# What each Action Month row counts, from its label (not read from the row's source).
KIND_ROWS = {
    "launch": ("launch_ceremony",),
    "conference": ("conference",),
    "training": ("training",),
    "clubs": ("club_meeting", "dv_model"),
    "village_meetings": ("village_meeting",),
    "mediation": ("mediation",),
    "legal_counselling": ("legal_aid", "counselling"),
    "support": ("support_women_children",),
    "inspection": ("inspection",),
}
UNIT_ROWS = {"banners": "piece", "broadcasts": "broadcast", "articles": "article", "reportage": "episode",
             "leaflets": "copy", "mobile": "session"}  # fmt: skip
MEASURE_ROWS = {"m_no_contact": "no_contact", "m_shelter": "shelter", "m_medical": "medical",
                "m_counselling": "counselling", "m_legal": "legal_aid",
                "m_mediation": "mediation"}  # fmt: skip


def link(store: Store, province: ProvinceDesk, code: str = "04378") -> None:
    with store.transaction() as session:
        if code:
            set_unit_code(session, code)
        import_province_key_file(session, province.key_file)


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> ProvinceDesk:
    return make_province(tmp_path_factory.mktemp("province"))


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, province: ProvinceDesk
) -> Iterator[tuple[Store, DataLayout]]:
    """The demo commune of seed 21: its Action Month 2025 received 2 cases, 1 given medical care."""
    layout = DataLayout(tmp_path_factory.mktemp("xa"))
    store = open_store(layout)
    generate_demo(store, years=2, scale=1, seed=21, as_of=date(2026, 12, 20))
    link(store, province)
    yield store, layout
    store.close()


def action_month_by_sql(path: Path, year: int) -> dict[str, int | None]:
    """Every figure of the Action Month rows, counted with plain SQL from the rows' meanings."""
    db = sqlite3.connect(path)
    try:
        cid, start, end = db.execute(
            "SELECT id, start_date, end_date FROM campaign WHERE kind = 'action_month' AND year = ? "
            "AND is_deleted = 0",
            (year,),
        ).fetchone()
        done = (f"a.is_deleted = 0 AND a.status = 'done' AND a.campaign_id = {cid} "
                f"AND {LOCAL_DAY} BETWEEN '{start}' AND '{end}'")  # fmt: skip
        count, total, female, male, children, ethnic, budget = db.execute(
            "SELECT count(*), coalesce(sum(participants_total), 0), coalesce(sum(participants_female), 0), "
            "coalesce(sum(participants_male), 0), sum(participants_children), "
            f"sum(participants_ethnic_minority), coalesce(sum(budget_vnd), 0) FROM activity a WHERE {done}"
        ).fetchone()
        by_kind = dict(
            db.execute(
                "SELECT k.code, count(*) FROM activity a JOIN activity_kind k ON k.id = a.kind_id "
                f"WHERE {done} GROUP BY k.code"
            ).fetchall()
        )
        by_source = dict(
            db.execute(
                f"SELECT coalesce(budget_source, 'none'), sum(budget_vnd) FROM activity a WHERE {done} "
                "GROUP BY budget_source"
            ).fetchall()
        )
        events = f"e.is_deleted = 0 AND e.campaign_id = {cid} AND e.start_date BETWEEN '{start}' AND '{end}'"
        by_unit = {
            unit: (quantity, minutes)
            for unit, quantity, minutes in db.execute(
                "SELECT k.unit, sum(e.quantity), coalesce(sum(e.minutes), 0) FROM propaganda_event e "
                f"JOIN propaganda_kind k ON k.id = e.kind_id WHERE {events} GROUP BY k.unit"
            )
        }
        cases = f"c.is_deleted = 0 AND c.intake_date BETWEEN '{start}' AND '{end}'"
        (opened,) = db.execute(f"SELECT count(*) FROM support_case c WHERE {cases}").fetchone()
        measures = dict(
            db.execute(
                "SELECT m.kind, count(DISTINCT m.case_id) FROM case_measure m JOIN support_case c "
                f"ON c.id = m.case_id WHERE m.is_deleted = 0 AND {cases} GROUP BY m.kind"
            ).fetchall()
        )
        (supported,) = db.execute(
            "SELECT count(DISTINCT m.case_id) FROM case_measure m JOIN support_case c ON c.id = m.case_id "
            f"WHERE m.is_deleted = 0 AND {cases}"
        ).fetchone()
    finally:
        db.close()
    named = {kind for kinds in KIND_ROWS.values() for kind in kinds}
    figures: dict[str, int | None] = {
        "activities": count,
        **{code: sum(by_kind.get(kind, 0) for kind in kinds) for code, kinds in KIND_ROWS.items()},
        "other_activities": sum(n for kind, n in by_kind.items() if kind not in named),
        "participants": total,
        "participants_female": female,
        "participants_male": male,
        "participants_sex_unknown": total - female - male,
        "participants_children": children,
        "participants_minority": ethnic,
        **{code: by_unit.get(unit, (0, 0))[0] for code, unit in UNIT_ROWS.items()},
        "broadcast_minutes": by_unit.get("broadcast", (0, 0))[1],
        "reportage_minutes": by_unit.get("episode", (0, 0))[1],
        "cases_new": opened,
        "victims_supported": supported,
        **{code: measures.get(kind, 0) for code, kind in MEASURE_ROWS.items()},
        "budget_total": budget,
        "budget_commune": by_source.get("commune", 0),
        "budget_upper": by_source.get("upper_level", 0),
        "budget_socialised": by_source.get("socialised", 0),
        "budget_other": by_source.get("other", 0) + by_source.get("none", 0),
    }
    return figures


def opened(path: Path, province: ProvinceDesk) -> OpenedSubmission:
    return open_submission_file(path, province.private_key)


def sent(
    demo: tuple[Store, DataLayout],
    province: ProvinceDesk,
    target: Path,
    kind: str = "action-month",
    **options: Any,
) -> OpenedSubmission:
    """The demo commune's `kind` report of YEAR submitted to `target`, as the province opens it."""
    store, layout = demo
    with store.reading() as session:
        submit_report(session, layout, kind, YEAR, target, **options)
    return opened(target, province)


# -- the demo commune's Action Month ----------------------------------------------------------------------


def test_the_figures_sent_are_plain_sql_counts_exact_to_one_and_two(
    demo: tuple[Store, DataLayout], province: ProvinceDesk, tmp_path: Path
) -> None:
    store, layout = demo
    target = tmp_path / "04378_action-month_2025.gedsub"
    with store.reading() as session:
        result = submit_report(session, layout, "action-month", YEAR, target, day=DAY)
    assert result.path == target and target.is_file()
    received = opened(target, province)
    expected = action_month_by_sql(store.path, YEAR)
    assert received.submission.figures() == expected
    # The store holds small counts: they travel as they are.
    assert (expected["cases_new"], expected["victims_supported"], expected["m_medical"]) == (2, 2, 1)
    # ...while the copy for publication of the same report hides them.
    with store.reading() as session:
        public = build_report(session, ReportRequest(ReportKind.ACTION_MONTH, YEAR, for_publication=True))
    table = public.tables()[3]
    printed = {row.cells[1]: row.cells[3] for row in table.rows}
    assert printed["Số vụ bạo lực gia đình, bạo lực trên cơ sở giới được tiếp nhận"] == "<3"


def test_the_file_names_the_commune_and_its_period_and_is_signed_by_this_pc(
    demo: tuple[Store, DataLayout], province: ProvinceDesk, tmp_path: Path
) -> None:
    store, layout = demo
    received = sent(demo, province, tmp_path / "x.gedsub", day=DAY)
    submission = received.submission
    assert (submission.commune_code, submission.commune_name, submission.province) == (
        "04378", "Xã Cao Lâu", "Lạng Sơn"
    )  # fmt: skip
    assert (submission.report_kind, submission.year, submission.period) == (
        "action-month",
        2025,
        "action-month",
    )
    assert (submission.period_start, submission.period_end) == (date(2025, 11, 15), date(2025, 12, 15))
    assert submission.round_uuid == ""  # no round file imported
    assert received.public_key == public_key_bytes(installation_key(layout))
    assert abs((datetime.now(UTC) - submission.signed_at).total_seconds()) < 60
    with store.reading() as session:
        rows = list_indicators(session, "action-month")
    assert [row.code for row in submission.rows] == [row.code for row in rows]
    assert all(row.value is None for row in submission.rows if row.is_group)


def test_the_pdf_inside_is_the_report_with_the_same_table_and_date(
    demo: tuple[Store, DataLayout], province: ProvinceDesk, tmp_path: Path
) -> None:
    received = sent(demo, province, tmp_path / "x.gedsub", day=DAY)
    assert received.submission.pdf_name == "BaoCao_ThangHanhDong_2025_XaCaoLau.pdf"
    reader = pypdf.PdfReader(io.BytesIO(received.pdf))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Cao Lâu, ngày 20 tháng 12 năm 2025" in text
    assert "Biểu 4. Số liệu Tháng hành động theo chỉ tiêu báo cáo" in text
    assert "Số liệu chính xác, gửi cơ quan cấp trên" in text and "<3" not in text


def test_the_signed_scan_goes_instead_byte_for_byte(
    demo: tuple[Store, DataLayout], province: ProvinceDesk, tmp_path: Path
) -> None:
    scan = tmp_path / "BaoCao_da_ky.pdf"
    scan.write_bytes(b"%PDF-1.5\n% the scanned, signed and stamped paper\n")
    received = sent(demo, province, tmp_path / "x.gedsub", signed_pdf=scan)
    assert received.pdf == scan.read_bytes() and received.submission.pdf_name == "BaoCao_da_ky.pdf"


def test_a_scan_that_is_not_a_pdf_and_a_wrong_suffix_are_refused(
    demo: tuple[Store, DataLayout], tmp_path: Path
) -> None:
    store, layout = demo
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    with store.reading() as session:
        with pytest.raises(UserFacingError, match=r"“anh\.jpg” không phải tệp PDF"):
            submit_report(session, layout, "action-month", YEAR, tmp_path / "x.gedsub", signed_pdf=photo)
        with pytest.raises(UserFacingError, match=r"không có đuôi \.gedsub"):
            submit_report(session, layout, "action-month", YEAR, tmp_path / "x.pdf")
    assert list(tmp_path.glob("*.gedsub")) == []


# -- refusals ----------------------------------------------------------------------------------------------


@pytest.fixture
def commune(store: Store) -> Store:
    make_commune(store)
    add_activity(store, "training", date(YEAR, 11, 20), total=30, female=10, male=20, children=5)
    add_activity(store, "launch_ceremony", date(YEAR, 11, 18), total=40, female=25)
    add_activity(store, "village_meeting", date(YEAR, 2, 10), total=12, female=7, male=5)
    # In the Action Month's days but filed under the year's plan: its report does not count it.
    add_activity(store, "conference", date(YEAR, 11, 25), total=50, female=30, male=20, annual_plan=True)
    add_propaganda(store, "banner_slogan", date(YEAR, 11, 16), quantity=2)
    return store


def test_without_the_commune_code_it_says_where_to_fill_it(
    commune: Store, layout: DataLayout, tmp_path: Path
) -> None:
    link(commune, make_province(tmp_path), code="")
    with commune.reading() as session, pytest.raises(UserFacingError) as refused:
        submit_report(session, layout, "action-month", YEAR, tmp_path / "x.gedsub")
    assert "Chưa có mã đơn vị hành chính của xã" in str(refused.value)
    assert "Cài đặt → Thông tin đơn vị" in str(refused.value) and "setup --unit-code" in str(refused.value)
    assert not (tmp_path / "x.gedsub").exists()


def test_without_the_province_key_it_says_where_to_import_it(
    commune: Store, layout: DataLayout, tmp_path: Path
) -> None:
    with commune.transaction() as session:
        set_unit_code(session, "04378")
    with commune.reading() as session, pytest.raises(UserFacingError) as refused:
        submit_report(session, layout, "action-month", YEAR, tmp_path / "x.gedsub")
    assert "Chưa nhập tệp khóa của tỉnh" in str(refused.value)
    assert "Cài đặt → Gửi lên tỉnh" in str(refused.value) and "province-key import" in str(refused.value)
    assert not (tmp_path / "x.gedsub").exists()


def test_a_period_the_report_is_not_made_for_is_refused(commune: Store, tmp_path: Path) -> None:
    link(commune, make_province(tmp_path))
    with commune.reading() as session, pytest.raises(UserFacingError, match="Kỳ báo cáo “h1” không dùng"):
        prepare_submission(session, "action-month", YEAR, "h1")


# -- periods and rounds ------------------------------------------------------------------------------------


def test_the_first_half_counts_every_activity_of_its_dates(
    commune: Store, layout: DataLayout, tmp_path: Path
) -> None:
    province = make_province(tmp_path)
    link(commune, province)
    with commune.reading() as session:
        prepared = prepare_submission(session, "gender-equality", YEAR, "h1", day=DAY)
        result = submit_report(
            session, layout, "gender-equality", YEAR, tmp_path / default_file_name(prepared.submission),
            period="h1",
        )  # fmt: skip
    assert result.path.name == "04378_gender-equality_2025_h1.gedsub"
    received = opened(result.path, province).submission
    assert (received.period, received.period_start, received.period_end) == (
        "h1", date(2025, 1, 1), date(2025, 6, 30)
    )  # fmt: skip
    figures = received.figures()
    # Only the February meeting: 1 activity, 12 people (7 women, 5 men), no child recorded ("—" → blank).
    assert (figures["activities"], figures["participants"], figures["participants_female"]) == (1, 12, 7)
    assert figures["village_meetings"] == 1 and figures["training"] == 0
    assert figures["participants_children"] is None
    assert figures["victims_services"] is None  # a row the officer fills by hand travels blank


def _round(store: Store, codes: list[tuple[str, str, bool]]) -> str:
    """A round as the province-desk import writes it: (code, label, group) rows in the province's order."""
    with store.transaction() as session:
        found = ReportingRound(
            report_kind="action-month", year=YEAR, period="action-month", period_start=date(2025, 11, 14),
            period_end=date(2025, 12, 14), deadline=date(2025, 12, 20), title="Tháng hành động 2025",
            province_name="Lạng Sơn", published_at=datetime(2025, 11, 1, tzinfo=UTC),
        )  # fmt: skip
        session.add(found)
        session.flush()
        for order, (code, label, group) in enumerate(codes, start=1):
            session.add(RoundIndicator(round_id=found.id, code=code, number=str(order), label=label,
                                       unit="" if group else "Lượt", is_group=group,
                                       sort_order=order))  # fmt: skip  # a heading: no unit
        return found.uuid


def test_an_imported_round_is_answered_in_its_order_mapped_by_code(
    commune: Store, layout: DataLayout, tmp_path: Path
) -> None:
    province = make_province(tmp_path)
    link(commune, province)
    with commune.transaction() as session:
        banners = next(row for row in list_indicators(session, "action-month") if row.code == "banners")
        set_indicator_active(session, banners.id, False)  # the officer hid it: no row here any more
    uuid = _round(commune, [
        ("AM", "Hoạt động", True), ("participants", "Lượt người tham gia", False),
        ("participants_female", "Trong đó nữ", False), ("activities", "Số hoạt động", False),
        ("banners", "Băng rôn", False), ("AM_new", "Chỉ tiêu mới của tỉnh", False),
    ])  # fmt: skip
    with commune.reading() as session:
        prepared = prepare_submission(session, "action-month", YEAR, day=DAY)
        result = submit_report(session, layout, "action-month", YEAR, tmp_path / "x.gedsub", day=DAY)
    assert prepared.round is not None and prepared.round.uuid == uuid
    assert prepared.blank_codes == ("banners", "AM_new")
    assert "cases_new" in prepared.unasked_codes and "AM" not in prepared.unasked_codes
    received = opened(result.path, province).submission
    assert received.round_uuid == uuid
    assert (received.period_start, received.period_end) == (date(2025, 11, 14), date(2025, 12, 14))
    assert [(row.code, row.label, row.value, row.is_group) for row in received.rows] == [
        ("AM", "Hoạt động", None, True),
        ("participants", "Lượt người tham gia", 70, False),  # 30 + 40, by hand (not the plan's 50)
        ("participants_female", "Trong đó nữ", 35, False),
        ("activities", "Số hoạt động", 2, False),
        ("banners", "Băng rôn", None, False),  # hidden here: blank, not 2
        ("AM_new", "Chỉ tiêu mới của tỉnh", None, False),
    ]


def test_writing_stamps_the_signing_time_and_leaves_the_preparation_as_it_was(
    commune: Store, layout: DataLayout, tmp_path: Path
) -> None:
    from gender_equality_desk.core.province.submission import write_submission

    province = make_province(tmp_path)
    link(commune, province)
    with commune.reading() as session:
        prepared = prepare_submission(session, "action-month", YEAR, day=DAY)
    moment = datetime(2025, 12, 20, 2, 30, tzinfo=UTC)
    result = write_submission(layout, prepared, "scan.pdf", b"%PDF-1.4 x", tmp_path / "x.gedsub", now=moment)
    assert result.submission == replace(prepared.submission, signed_at=moment, pdf_name="scan.pdf")
    assert opened(result.path, province).submission == result.submission


def test_periods_read_as_the_officer_says_them() -> None:
    from gender_equality_desk.core.province.periods import period_label as period_title

    assert period_title("h1", 2026) == "6 tháng đầu năm 2026"
    assert period_title("year", 2026) == "Cả năm 2026"
    assert period_title("action-month", 2026) == "Tháng hành động (15/11–15/12) năm 2026"


def test_the_dv_total_on_its_bold_group_row_travels_while_headings_carry_nothing(
    demo: tuple[Store, DataLayout], province: ProvinceDesk, tmp_path: Path
) -> None:
    """ "I. Số vụ bạo lực gia đình — Vụ" is a bold group row with a figure: the DV total must reach the
    province; "1. Chia theo hình thức bạo lực" (no unit) is a heading and sends nothing."""
    store, _layout = demo
    submission = sent(demo, province, tmp_path / "dv.gedsub", "dv-statistics", day=DAY).submission
    db = sqlite3.connect(store.path)
    try:
        (cases,) = db.execute(
            "SELECT count(*) FROM support_case WHERE is_deleted = 0 AND intake_date BETWEEN ? AND ?",
            (f"{YEAR}-01-01", f"{YEAR}-12-31"),
        ).fetchone()
    finally:
        db.close()
    figures = submission.figures()
    assert cases > 0 and figures["cases"] == cases
    assert "by_form" not in figures
    rows = {row.code: row for row in submission.rows}
    assert rows["cases"].is_group and rows["by_form"].is_group and rows["by_form"].value is None
