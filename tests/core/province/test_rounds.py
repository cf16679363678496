"""The province's rounds: rows copied from its indicator rows, "Nữ ≤ Tổng" derived, duplicates refused,
the published file verifying against the desk's key — each checked against plain SQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import installation_key, public_key_bytes
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.desk import province_desk_profile, set_up_province_desk
from gender_equality_desk.core.province.round_file import read_round_file
from gender_equality_desk.core.province.round_scope import find_round, round_rows, round_summaries
from gender_equality_desk.core.province.rounds import (
    RoundInput,
    create_round,
    default_title,
    edit_round,
    publish_round,
    refresh_round_rows,
    round_defaults,
    round_file_name,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.province_models import ReceivedSubmission
from gender_equality_desk.core.store.report_models import ReportIndicator


@pytest.fixture
def province(store: Store) -> Store:
    with store.transaction() as session:
        set_up_province_desk(session, province_desk_profile("Lạng Sơn", signer="Hoàng Văn Nam"))
    return store


def test_defaults_follow_the_period() -> None:
    assert round_defaults("action-month", 2026) == RoundInput(
        "action-month",
        2026,
        "action-month",
        date(2026, 12, 20),
        date(2026, 11, 15),
        date(2026, 12, 15),
        "Báo cáo kết quả Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2026",
    )
    h1 = round_defaults("gender-equality", 2026, "h1")
    assert (h1.period_start, h1.period_end, h1.deadline) == (
        date(2026, 1, 1),
        date(2026, 6, 30),
        date(2026, 7, 10),
    )
    assert h1.title == "Báo cáo công tác bình đẳng giới 6 tháng đầu năm 2026"
    assert round_defaults("dv-statistics", 2026).period == "year"
    assert default_title("dv-statistics", "year", 2025) == (
        "Báo cáo thống kê công tác phòng, chống bạo lực gia đình năm 2025"
    )
    with pytest.raises(UserFacingError, match="Kỳ báo cáo “h1” không dùng cho loại báo cáo này"):
        round_defaults("action-month", 2026, "h1")


def test_rows_are_copied_from_the_active_indicator_rows_in_order(province: Store) -> None:
    with province.transaction() as session:
        session.query(ReportIndicator).filter_by(report_kind="gender-equality", code="reportage").update(
            {"is_active": False}
        )
        created = create_round(session, RoundInput("gender-equality", 2026, "h1"))
        round_id = created.id
    with sqlite3.connect(province.path) as db:
        expected = db.execute(
            "SELECT code, number, label, unit, level, is_group FROM report_indicator "
            "WHERE report_kind = 'gender-equality' AND is_active = 1 AND is_deleted = 0 "
            "ORDER BY sort_order, id"
        ).fetchall()
        copied = db.execute(
            "SELECT code, number, label, unit, level, is_group FROM round_indicator WHERE round_id = ? "
            "ORDER BY sort_order",
            (round_id,),
        ).fetchall()
        checks = db.execute(
            "SELECT code, at_most_code FROM round_indicator WHERE round_id = ? AND at_most_code != '' "
            "ORDER BY sort_order",
            (round_id,),
        ).fetchall()
    assert copied == expected and len(copied) > 30
    assert "reportage" not in {row[0] for row in copied}
    assert checks == [
        ("participants_female", "participants"),
        ("participants_male", "participants"),
        ("participants_sex_unknown", "participants"),
        ("victims_female", "victims_supported"),
    ]


def test_at_most_is_derived_for_an_action_month_round(province: Store) -> None:
    """The shipped Action Month rows: the participants by sex may not exceed the participants' total."""
    with province.transaction() as session:
        created = create_round(session, round_defaults("action-month", 2026))
        rows = round_rows(session, created.id)
    checks = [(row.code, row.at_most_code) for row in rows if row.at_most_code]
    assert checks[:3] == [
        ("participants_female", "participants"),
        ("participants_male", "participants"),
        ("participants_sex_unknown", "participants"),
    ]
    codes = {row.code for row in rows}
    assert all(total in codes for _, total in checks)
    assert rows[0].is_group and len(rows) > 30


def test_a_duplicate_round_is_refused_and_no_rows_is_refused(province: Store) -> None:
    with province.transaction() as session:
        create_round(session, RoundInput("gender-equality", 2026, "year", deadline=date(2027, 1, 10)))
    with (
        pytest.raises(
            UserFacingError,
            match=r"Đã có kỳ báo cáo “Báo cáo công tác bình đẳng giới năm 2026” "
            r"\(cả năm 2026, hạn nộp 10/01/2027\)",
        ),
        province.transaction() as session,
    ):
        create_round(session, RoundInput("gender-equality", 2026, None))
    with sqlite3.connect(province.path) as db:  # the officer hid every Action Month row
        db.execute("UPDATE report_indicator SET is_active = 0 WHERE report_kind = 'action-month'")
    with (
        pytest.raises(
            UserFacingError, match="Chưa có dòng chỉ tiêu nào cho loại báo cáo “Kết quả Tháng hành"
        ),
        province.transaction() as session,
    ):
        create_round(session, round_defaults("action-month", 2026))
    with (
        pytest.raises(UserFacingError, match="Hạn nộp 01/01/2025 trước ngày bắt đầu kỳ báo cáo"),
        province.transaction() as session,
    ):
        create_round(session, RoundInput("dv-statistics", 2026, deadline=date(2025, 1, 1)))
    with sqlite3.connect(province.path) as db:
        assert db.execute("SELECT report_kind, year, period FROM reporting_round").fetchall() == [
            ("gender-equality", 2026, "year")
        ]


def test_published_file_verifies_with_the_desks_key(
    province: Store, layout: DataLayout, tmp_path: Path
) -> None:
    with province.transaction() as session:
        created = create_round(session, RoundInput("gender-equality", 2026, "h1", title="Kỳ 6 tháng 2026"))
        definition = publish_round(session, layout, created.id, tmp_path / "ky.gedround")
        round_id = created.id
    assert round_file_name(definition) == "ky-bao-cao_gender-equality_h1_2026.gedround"
    read = read_round_file(tmp_path / "ky.gedround", public_key_bytes(installation_key(layout)))
    assert read == definition
    assert (read.province, read.title, read.deadline) == ("Lạng Sơn", "Kỳ 6 tháng 2026", date(2026, 7, 10))
    with sqlite3.connect(province.path) as db:
        codes = [
            row[0]
            for row in db.execute(
                "SELECT code FROM round_indicator WHERE round_id = ? ORDER BY sort_order", (round_id,)
            )
        ]
        published = db.execute("SELECT published_at FROM reporting_round").fetchone()[0]
    assert [row.code for row in read.rows] == codes
    assert published is not None
    with province.transaction() as session:  # a later edit asks for the file again
        edit_round(session, round_id, deadline=date(2026, 7, 15))
        assert find_round(session, "gender-equality", 2026, "h1").published_at is None


def test_list_counts_rows_and_communes_received(province: Store) -> None:
    with province.transaction() as session:
        first = create_round(session, RoundInput("gender-equality", 2025, "year"))
        create_round(session, RoundInput("dv-statistics", 2026))
        for version, code in ((1, "04378"), (2, "04378"), (1, "04390")):
            session.add(
                ReceivedSubmission(
                    round_id=first.id,
                    commune_code=code,
                    commune_name="Xã",
                    version=version,
                    signed_at=datetime(2026, 1, 5, tzinfo=UTC),
                    received_at=datetime(2026, 1, 6, tzinfo=UTC),
                    key_fingerprint="AB",
                    content_sha256=f"{code}{version}".ljust(64, "0"),
                    pdf=b"%PDF",
                    figures_json="{}",
                )
            )
        first_id = first.id
    with province.reading() as session:
        listed = round_summaries(session)
    with sqlite3.connect(province.path) as db:
        rows = dict(db.execute("SELECT round_id, count(*) FROM round_indicator GROUP BY round_id").fetchall())
    assert [(summary.kind, summary.year) for summary in listed] == [
        ("dv-statistics", 2026),
        ("gender-equality", 2025),
    ]
    assert [summary.rows for summary in listed] == [rows[summary.id] for summary in listed]
    assert [summary.communes_received for summary in listed] == [0, 2]
    assert listed[1].period_text == "cả năm 2025"
    with (
        pytest.raises(UserFacingError, match="Đã nhận 3 báo cáo của kỳ"),
        province.transaction() as session,
    ):
        refresh_round_rows(session, first_id)


def test_rows_are_copied_again_while_nothing_was_received(province: Store) -> None:
    with province.transaction() as session:
        created = create_round(session, RoundInput("dv-statistics", 2026))
        round_id = created.id
        before = len(round_rows(session, round_id))
        session.query(ReportIndicator).filter_by(report_kind="dv-statistics", code="m_shelter").update(
            {"label": "Bố trí nơi tạm lánh an toàn"}
        )
    with province.transaction() as session:
        assert refresh_round_rows(session, round_id) == before
        labels = {row.code: row.label for row in round_rows(session, round_id)}
    assert labels["m_shelter"] == "Bố trí nơi tạm lánh an toàn"
