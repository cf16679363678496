"""The Action Month report of a commune built by hand: every figure against plain SQL, Nữ + Nam + chưa rõ
giới tính = Tổng in every table row, total and sentence, blanks printed "—" (never 0), no "0 …" sentence,
and the commune named "xã Tân Lập" inside sentences — through the content, the PDF and the XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pypdf
import pytest

from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.render.pdf import render_pdf
from gender_equality_desk.core.render.xlsx import render_xlsx
from gender_equality_desk.core.reports.action_month import action_month_report
from gender_equality_desk.core.reports.content import Paragraph, ReportContent, Table
from gender_equality_desk.core.store.engine import Store

from .handmade import add_activity, add_propaganda, make_commune, sql

YEAR = 2025
NOT_RECORDED = "—"  # a count nobody recorded, never printed 0 (content.NOT_RECORDED)
LAUNCH = "Lễ phát động, mít tinh"
TRAINING = "Tập huấn"
MEETING = "Họp dân, truyền thông trực tiếp tại cộng đồng"

# Per activity: (kind, day, total, nữ, nam, children, ethnic): 40 people with 25 women and Nam left blank
# is 15 of unknown sex, not 40; a meeting with neither is 12 unknown.
DONE = (
    ("launch_ceremony", date(YEAR, 11, 18), 40, 25, None, None, None),
    ("training", date(YEAR, 11, 20), 30, 10, 20, 5, None),
    ("village_meeting", date(YEAR, 11, 25), 12, None, None, None, 4),
)


@pytest.fixture
def commune(store: Store) -> Store:
    make_commune(store)
    for kind, day, total, female, male, children, ethnic in DONE:
        add_activity(
            store, kind, day, total=total, female=female, male=male, children=children, ethnic=ethnic
        )
    # Not counted: cancelled, in the trash, outside the Action Month.
    add_activity(
        store, "training", date(YEAR, 12, 1), total=50, female=30, male=20, status=ActivityStatus.CANCELLED
    )
    trashed = add_activity(store, "training", date(YEAR, 12, 2), total=100, female=50, male=50, children=9)
    with store.transaction() as session:
        move_to_trash(session, RecordType.ACTIVITY, [trashed])
    add_activity(store, "village_meeting", date(YEAR, 10, 5), total=77, female=40, male=37, children=3)
    add_propaganda(store, "online_article", date(YEAR, 11, 20), quantity=2)
    return store


def report(store: Store) -> ReportContent:
    with store.transaction() as session:
        return action_month_report(session, YEAR, day=date(YEAR, 12, 20))


def activities_table(content: ReportContent) -> Table:
    return next(t for t in content.tables() if "theo giới tính" in t.title)


def column(table: Table, label: str) -> int:
    return [c.label for c in table.columns].index(label)


def texts(content: ReportContent) -> str:
    return "\n".join(block.text for block in content.blocks if isinstance(block, Paragraph))


def counted_by_sql(store: Store) -> dict[str, tuple[object, ...]]:
    """Per kind label: activities, total, nữ, nam, unknown sex, children, ethnic — SUM of NULLs is NULL."""
    rows = sql(
        store,
        "SELECT k.label, count(*), sum(a.participants_total), sum(coalesce(a.participants_female, 0)), "
        "sum(coalesce(a.participants_male, 0)), "
        "sum(a.participants_total - coalesce(a.participants_female, 0) - coalesce(a.participants_male, 0)), "
        "sum(a.participants_children), sum(a.participants_ethnic_minority) "
        "FROM activity a JOIN activity_kind k ON k.id = a.kind_id JOIN campaign c ON c.id = a.campaign_id "
        "WHERE c.kind = 'action_month' AND c.year = ? AND a.status = 'done' AND a.is_deleted = 0 "
        "GROUP BY k.label",
        YEAR,
    )
    return {str(row[0]): row[1:] for row in rows}


def test_every_row_and_the_total_add_up_and_equal_plain_sql(commune: Store) -> None:
    table = activities_table(report(commune))
    labels = ["Số cuộc", "Tổng số lượt người", "Nữ", "Nam", "Chưa rõ giới tính", "Trẻ em", "Người DTTS"]
    at = [column(table, label) for label in labels]
    expected = counted_by_sql(commune)
    assert set(expected) == {LAUNCH, TRAINING, MEETING}
    for row in table.rows:
        count, total, female, male, unknown, children, ethnic = (row.cells[i] for i in at)
        assert female + male + unknown == total  # type: ignore[operator]
        if row.cells[0] in expected:
            want = expected[str(row.cells[0])]
            assert (count, total, female, male, unknown) == want[:5]
            assert children == (NOT_RECORDED if want[5] is None else want[5])
            assert ethnic == (NOT_RECORDED if want[6] is None else want[6])
        else:  # a kind with nothing held: zeros, and nothing recorded about children
            assert (count, total, children, ethnic) == (0, 0, NOT_RECORDED, NOT_RECORDED)
    totals = table.totals()
    assert [totals[i] for i in at] == [3, 82, 35, 20, 27, 5, 4]  # by hand: 40+30+12; 25+10; 20; 15+0+12
    assert totals[at[2]] + totals[at[3]] + totals[at[4]] == totals[at[1]]  # type: ignore[operator]


def test_the_note_states_the_true_gap(commune: Store) -> None:
    note = activities_table(report(commune)).note
    assert "Có 27 lượt người tham gia chưa được ghi nhận là nữ hay nam" in note
    assert "Tổng số = Nữ + Nam + Chưa rõ giới tính" in note
    assert f"“{NOT_RECORDED}”: không hoạt động nào ghi nhận" in note


def test_sentences_add_up_and_say_what_was_not_recorded(commune: Store) -> None:
    text = texts(report(commune))
    assert (
        "Tổ chức 3 hoạt động hưởng ứng với 82 lượt người tham gia, trong đó nữ 35, nam 20, "
        "chưa rõ giới tính 27." in text
    )
    assert "Trong số người tham gia có 5 lượt trẻ em và 4 lượt người dân tộc thiểu số." in text
    assert f"{LAUNCH}: 1 cuộc, 40 lượt người tham gia (nữ 25, nam 0, chưa rõ giới tính 15)." in text
    assert f"{TRAINING}: 1 cuộc, 30 lượt người tham gia (nữ 10, nam 20)." in text
    # No woman counted was no reason to leave the sexes out of the bullet.
    assert f"{MEETING}: 1 cuộc, 12 lượt người tham gia (nữ 0, nam 0, chưa rõ giới tính 12)." in text


def test_children_recorded_nowhere_are_a_dash_in_the_total_and_said_in_words(store: Store) -> None:
    make_commune(store)
    add_activity(store, "training", date(YEAR, 11, 20), total=30, female=10, male=20)
    content = report(store)
    table = activities_table(content)
    totals = table.totals()
    assert totals[column(table, "Trẻ em")] == NOT_RECORDED
    assert totals[column(table, "Người DTTS")] == NOT_RECORDED
    assert "Số trẻ em và người dân tộc thiểu số tham gia chưa được ghi nhận." in texts(content)
    assert "chưa rõ giới tính" not in texts(content)  # nothing unknown: nothing said
    assert "lượt người tham gia chưa được ghi nhận" not in table.note


def test_no_banner_and_no_broadcast_are_said_in_words(commune: Store) -> None:
    text = texts(report(commune))
    assert "Không treo băng rôn, khẩu hiệu, pa nô, áp phích và không có tin, bài phát thanh." in text
    assert " 0 lượt" not in text and "0 phút" not in text and "treo 0" not in text


def test_broadcasts_without_minutes_and_banners(store: Store) -> None:
    make_commune(store)
    add_propaganda(store, "banner_slogan", date(YEAR, 11, 16), quantity=6)
    add_propaganda(store, "radio_broadcast", date(YEAR, 11, 17), quantity=4)
    text = texts(report(store))
    assert "Toàn xã đã treo 6 băng rôn, khẩu hiệu, pa nô, áp phích; phát thanh 4 lượt." in text
    assert "0 phút" not in text
    assert "Chưa ghi nhận hoạt động nào đã thực hiện trong thời gian này." in text
    assert "tổ chức 0" not in text.lower()


def test_the_commune_is_lower_case_inside_sentences_and_capitals_in_the_header(commune: Store) -> None:
    content = report(commune)
    text = texts(content)
    assert "Ủy ban nhân dân xã Tân Lập báo cáo kết quả" in text
    assert "năm 2025 của Ủy ban nhân dân xã Tân Lập./." in text
    assert "Xã Tân Lập" not in text
    assert content.header.issuing_body == "ỦY BAN NHÂN DÂN XÃ TÂN LẬP"


def _pdf_text(content: ReportContent, folder: Path) -> str:
    reader = pypdf.PdfReader(render_pdf(content, folder / "am.pdf"))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_the_pdf_and_the_xlsx_print_the_same_figures(commune: Store, tmp_path: Path) -> None:
    content = report(commune)
    text = _pdf_text(content, tmp_path)
    assert "trong đó nữ 35, nam 20, chưa rõ giới tính 27" in text
    assert "(nữ 25, nam 0, chưa rõ giới tính 15)" in text
    assert "Có 27 lượt người tham gia chưa được ghi nhận là nữ hay nam" in text
    assert "Ủy ban nhân dân xã Tân Lập" in text and "Ủy ban nhân dân Xã" not in text

    sheet = openpyxl.load_workbook(render_xlsx(content, tmp_path / "am.xlsx"))["Hoạt động"]
    header = [cell.value for cell in sheet[4]]
    total, female, male, unknown, children = (
        header.index(label) for label in ("Tổng số lượt người", "Nữ", "Nam", "Chưa rõ giới tính", "Trẻ em")
    )
    rows = {row[0]: row for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]}
    assert rows[LAUNCH][female] + rows[LAUNCH][male] + rows[LAUNCH][unknown] == rows[LAUNCH][total] == 40
    assert rows[LAUNCH][unknown] == 15 and rows[MEETING][unknown] == 12
    assert rows[LAUNCH][children] == NOT_RECORDED and rows[TRAINING][children] == 5
