from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from gender_equality_desk.core.domain.clock import LOCAL_TZ, local_datetime
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource, CampaignKind
from gender_equality_desk.core.records.activities import (
    ActivityInput,
    check_activity,
    create_activity,
    duplicate_activity,
    load_activity,
    update_activity,
)
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, ActivityKind, Campaign

from .conftest import TODAY


def activity_count(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Activity)) or 0


def test_create_defaults_to_action_month_and_round_trips(store: Store, training: ActivityInput) -> None:
    with store.transaction() as session:
        new_id = create_activity(session, training, today=TODAY)
    with store.reading() as session:
        loaded = load_activity(session, new_id)
        campaign = session.get(Campaign, loaded.campaign_id)
        row = session.get(Activity, new_id)
        assert row is not None
        assert row.search_text == (
            "tap huan ky nang phong, chong bao luc gia dinh nha van hoa thon na lang hoi lien hiep phu nu xa"
        )
    assert campaign is not None and campaign.kind is CampaignKind.ACTION_MONTH and campaign.year == 2026
    assert replace(loaded, campaign_id=None) == training


def test_outside_action_month_goes_to_the_annual_plan(store: Store, training: ActivityInput) -> None:
    march = replace(
        training,
        start_at=local_datetime(date(2026, 3, 8), 8),
        end_at=local_datetime(date(2026, 3, 8), 11),
    )
    with store.transaction() as session:
        new_id = create_activity(session, march, today=TODAY)
        campaign = session.get(Campaign, load_activity(session, new_id).campaign_id)
        assert campaign is not None and campaign.kind is CampaignKind.ANNUAL_PLAN


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"title": "   "}, "title", "Chưa nhập tên hoạt động"),
        ({"kind_id": None}, "kind_id", "Chưa chọn loại hoạt động"),
        ({"start_at": None}, "start_at", "Chưa nhập thời gian bắt đầu"),
        ({"participants_female": 40}, "participants_female", "không khớp tổng số (45)"),
        ({"participants_female": 50, "participants_male": None}, "participants_female", "lớn hơn tổng số"),
        ({"participants_children": 46}, "participants_children", "Số trẻ em (46)"),
        ({"budget_vnd": -1}, "budget_vnd", "không được là số âm"),
        ({"budget_vnd": 500_000}, "budget_source", "chưa chọn nguồn kinh phí"),
        ({"village_id": 9999}, "village_id", "không còn trong danh mục"),
        ({"title": "x" * 301}, "title", "vượt quá 300 ký tự"),
    ],
)
def test_each_problem_is_reported_on_its_field_and_nothing_is_saved(
    store: Store, training: ActivityInput, change: dict[str, object], field: str, fragment: str
) -> None:
    bad = replace(training, **change)  # type: ignore[arg-type]
    with pytest.raises(InvalidRecordError) as raised, store.transaction() as session:
        create_activity(session, bad, today=TODAY)
    assert fragment in raised.value.result.errors[field]
    assert fragment in str(raised.value)
    assert activity_count(store) == 0


def test_end_before_start_is_refused(store: Store, training: ActivityInput) -> None:
    assert training.start_at is not None
    bad = replace(training, end_at=training.start_at - timedelta(hours=1))
    with store.reading() as session:
        result = check_activity(session, bad, today=TODAY)
    assert "trước ngày bắt đầu" in result.errors["end_at"]


def test_warnings_do_not_block(store: Store, training: ActivityInput) -> None:
    future = replace(
        training,
        start_at=local_datetime(date(2026, 12, 1), 8),
        end_at=local_datetime(date(2026, 12, 1), 10),
    )
    with store.transaction() as session:
        result = check_activity(session, future, today=TODAY)
        assert result.ok
        assert "chưa diễn ra" in result.warnings["status"]
        create_activity(session, future, today=TODAY)
    assert activity_count(store) == 1


def test_date_outside_the_chosen_campaign_is_a_warning(store: Store, training: ActivityInput) -> None:
    with store.transaction() as session:
        march = replace(
            training,
            start_at=local_datetime(date(2026, 3, 8), 8),
            end_at=local_datetime(date(2026, 3, 8), 10),
        )
        november_id = create_activity(session, training, today=TODAY)
        action_month_id = load_activity(session, november_id).campaign_id
        result = check_activity(session, replace(march, campaign_id=action_month_id), today=TODAY)
    assert result.ok
    assert "nằm ngoài thời gian" in result.warnings["start_at"]


def test_update_and_duplicate(store: Store, training: ActivityInput) -> None:
    with store.transaction() as session:
        original = create_activity(session, training, today=TODAY)
    with store.transaction() as session:
        update_activity(
            session, original, replace(training, title="Họp dân thôn Nà Làng", budget_vnd=300_000,
                                       budget_source=BudgetSource.COMMUNE), today=TODAY
        )  # fmt: skip
    with store.transaction() as session:
        copy = duplicate_activity(session, original)
    with store.reading() as session:
        first, second = load_activity(session, original), load_activity(session, copy)
        uuids = {row.uuid for row in session.scalars(select(Activity))}
    assert copy != original and first == second
    assert first.title == "Họp dân thôn Nà Làng" and first.budget_source is BudgetSource.COMMUNE
    assert len(uuids) == 2


def test_deactivated_kind_refused_for_new_records_but_kept_on_old_ones(
    store: Store, training: ActivityInput
) -> None:
    with store.transaction() as session:
        old_id = create_activity(session, training, today=TODAY)
        kind = session.get(ActivityKind, training.kind_id)
        assert kind is not None
        kind.is_active = False
    with store.transaction() as session:
        update_activity(session, old_id, replace(training, title="Sửa tên"), today=TODAY)
    with pytest.raises(InvalidRecordError, match="đã ngừng dùng"), store.transaction() as session:
        create_activity(session, training, today=TODAY)
    assert activity_count(store) == 1


def test_editing_a_trashed_activity_is_refused(store: Store, training: ActivityInput) -> None:
    with store.transaction() as session:
        new_id = create_activity(session, training, today=TODAY)
        row = session.get(Activity, new_id)
        assert row is not None
        row.is_deleted = True
    with pytest.raises(InvalidRecordError, match="Thùng rác"), store.transaction() as session:
        update_activity(session, new_id, training, today=TODAY)


# The checks only read the store, so sharing one store across examples is safe.
SHARED_STORE = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


counts = st.one_of(st.none(), st.integers(min_value=-5, max_value=500))


@SHARED_STORE
@given(total=st.integers(min_value=-5, max_value=500), female=counts, male=counts, children=counts)
def test_numbers_property_saved_only_when_consistent(
    store: Store,
    training: ActivityInput,
    total: int,
    female: int | None,
    male: int | None,
    children: int | None,
) -> None:
    data = replace(
        training,
        participants_total=total,
        participants_female=female,
        participants_male=male,
        participants_children=children,
        status=ActivityStatus.DONE,
    )
    consistent = (
        total >= 0
        and all(value is None or 0 <= value <= total for value in (female, male, children))
        and (female is None or male is None or female + male == total)
    )
    with store.reading() as session:
        result = check_activity(session, data, today=TODAY)
    assert result.ok is consistent, result.errors


@SHARED_STORE
@given(
    start=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    minutes=st.integers(min_value=-3000, max_value=3000),
)
def test_dates_property_end_never_before_start(
    store: Store, training: ActivityInput, start: datetime, minutes: int
) -> None:
    begin = start.replace(tzinfo=LOCAL_TZ)
    data = replace(
        training, start_at=begin, end_at=begin + timedelta(minutes=minutes), status=ActivityStatus.PLANNED
    )
    with store.reading() as session:
        result = check_activity(session, data, today=TODAY)
    assert ("end_at" in result.errors) is (minutes < 0)


def test_duplicate_shares_evidence_files(store: Store, training: ActivityInput, tmp_path: Path) -> None:
    from gender_equality_desk.core.paths import DataLayout
    from gender_equality_desk.core.records.attachments import attach, attachments_of

    layout = DataLayout(store.path.parent)
    photo = tmp_path / "ky-ten.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with store.transaction() as session:
        original = create_activity(session, training, today=TODAY)
        attach(session, layout, photo, activity_id=original)
        copy = duplicate_activity(session, original)
        copied = attachments_of(session, layout, activity_id=copy)
        source = attachments_of(session, layout, activity_id=original)
    assert [row.original_name for row in copied] == ["ky-ten.png"]
    assert copied[0].sha256 == source[0].sha256 and copied[0].id != source[0].id
