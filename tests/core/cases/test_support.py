"""Measures, trusted addresses, follow-ups (overdue list), closing and reopening with history."""

from __future__ import annotations

from datetime import date

import pytest

from gender_equality_desk.core.cases import detail, records, support, trusted
from gender_equality_desk.core.cases.support import FollowUpInput, MeasureInput
from gender_equality_desk.core.cases.vocabulary import (
    CaseStatus,
    ClosureReason,
    FollowUpKind,
    MeasureKind,
    MeasureOutcome,
)
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.security.session import AccessDeniedError

from .conftest import TODAY, Team, sample_case


def test_measures_with_rules_and_shelter_occupancy(team: Team) -> None:
    case = records.create_case(team.officer, sample_case(team), today=TODAY)
    shelter_id = trusted.save_trusted_address(
        team.officer,
        trusted.TrustedAddressInput(name="Nhà tạm lánh Hội Phụ nữ xã", capacity=2, kind="Trụ sở đoàn thể"),
    )
    with pytest.raises(InvalidRecordError) as refused:
        support.add_measure(
            team.officer, case.id, MeasureInput(MeasureKind.NO_CONTACT, date(2026, 3, 14), date(2026, 3, 20))
        )
    assert "tối đa 3 ngày" in refused.value.result.errors["end_date"]
    with pytest.raises(InvalidRecordError, match="chọn địa chỉ tin cậy"):
        support.add_measure(team.officer, case.id, MeasureInput(MeasureKind.SHELTER, date(2026, 3, 14)))
    support.add_measure(
        team.officer,
        case.id,
        MeasureInput(MeasureKind.NO_CONTACT, date(2026, 3, 14), date(2026, 3, 16), "Chủ tịch UBND xã"),
    )
    support.add_measure(
        team.officer,
        case.id,
        MeasureInput(
            MeasureKind.SHELTER, date(2026, 3, 14), None, "Hội Phụ nữ", shelter_id, note="Ở phòng phía sau"
        ),
    )
    opened = detail.load_case(team.officer, case.id)
    assert [(m.kind, m.trusted_address, m.outcome) for m in opened.measures] == [
        (MeasureKind.NO_CONTACT, "", MeasureOutcome.ONGOING),
        (MeasureKind.SHELTER, "Nhà tạm lánh Hội Phụ nữ xã", MeasureOutcome.ONGOING),
    ]
    assert opened.measures[1].note == "Ở phòng phía sau"
    [row] = trusted.list_trusted_addresses(team.officer, on=date(2026, 3, 20))
    assert (row.capacity, row.in_use, row.free_places) == (2, 1, 1)
    assert trusted.list_trusted_addresses(team.officer, on=date(2026, 3, 1))[0].in_use == 0
    support.update_measure(
        team.officer,
        opened.measures[1].id,
        MeasureInput(
            MeasureKind.SHELTER,
            date(2026, 3, 14),
            date(2026, 3, 18),
            "Hội Phụ nữ",
            shelter_id,
            MeasureOutcome.DONE,
        ),
    )
    assert trusted.list_trusted_addresses(team.officer, on=date(2026, 3, 20))[0].in_use == 0
    with pytest.raises(AccessDeniedError):
        trusted.list_trusted_addresses(team.viewer, on=TODAY)


def test_overdue_follow_ups_for_the_dashboard(team: Team) -> None:
    mine = records.create_case(team.officer, sample_case(team), today=TODAY)
    others = records.create_case(team.other_officer, sample_case(team), today=TODAY)
    late = support.add_follow_up(
        team.officer, mine.id, FollowUpInput(FollowUpKind.HOME_VISIT, date(2026, 11, 1))
    )
    support.add_follow_up(team.officer, mine.id, FollowUpInput(FollowUpKind.PHONE, date(2026, 11, 20)))
    support.add_follow_up(
        team.officer, mine.id, FollowUpInput(FollowUpKind.PHONE, TODAY)
    )  # due today: not late
    support.add_follow_up(team.other_officer, others.id, FollowUpInput(FollowUpKind.PHONE, date(2026, 10, 1)))
    overdue = support.overdue_follow_ups(team.officer, TODAY)
    assert [(o.case_code, o.due_date, o.days_overdue) for o in overdue] == [
        ("BL-2026-0001", date(2026, 11, 1), 22),
        ("BL-2026-0001", date(2026, 11, 20), 3),
    ]
    assert [o.case_code for o in support.overdue_follow_ups(team.admin, TODAY)] == [
        "BL-2026-0002",
        "BL-2026-0001",
        "BL-2026-0001",
    ]
    support.complete_follow_up(team.officer, late, date(2026, 11, 22), note="Gia đình đã ổn định")
    assert len(support.overdue_follow_ups(team.officer, TODAY)) == 1
    assert records.list_cases(team.officer)[0].next_follow_up == date(2026, 11, 20)
    support.close_case(team.officer, mine.id, ClosureReason.SAFE, TODAY)
    assert support.overdue_follow_ups(team.officer, TODAY) == []  # closed cases need no visits
    with pytest.raises(AccessDeniedError):
        support.overdue_follow_ups(team.viewer, TODAY)


def test_close_and_reopen_keep_history(team: Team) -> None:
    case = records.create_case(team.officer, sample_case(team), today=TODAY)
    with pytest.raises(UserFacingError, match="đang mở"):
        support.reopen_case(team.officer, case.id, TODAY)
    support.close_case(team.officer, case.id, ClosureReason.SAFE, date(2026, 6, 1), note="Đã ổn định")
    with pytest.raises(UserFacingError, match="đã đóng từ ngày 01/06/2026"):
        support.close_case(team.officer, case.id, ClosureReason.OTHER, date(2026, 6, 2))
    assert records.list_cases(team.officer, status=CaseStatus.CLOSED)[0].code == case.code
    support.reopen_case(team.officer, case.id, date(2026, 9, 5), note="Bạo lực tái diễn")
    support.close_case(team.officer, case.id, ClosureReason.REFERRED, date(2026, 10, 1))
    opened = detail.load_case(team.officer, case.id)
    assert (opened.status, opened.closure_reason, opened.closed_on) == (
        CaseStatus.CLOSED,
        ClosureReason.REFERRED,
        date(2026, 10, 1),
    )
    assert [(h.on_date, h.status, h.reason, h.note) for h in opened.history] == [
        (date(2026, 6, 1), CaseStatus.CLOSED, ClosureReason.SAFE, "Đã ổn định"),
        (date(2026, 9, 5), CaseStatus.OPEN, None, "Bạo lực tái diễn"),
        (date(2026, 10, 1), CaseStatus.CLOSED, ClosureReason.REFERRED, ""),
    ]
    assert opened.history[0].by == "Lò Thị Mai"
