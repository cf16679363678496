from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.propaganda import (
    PropagandaInput,
    check_propaganda,
    create_propaganda,
    duplicate_propaganda,
    load_propaganda,
    update_propaganda,
)
from gender_equality_desk.core.records.trash import (
    empty_trash,
    move_to_trash,
    restore,
    trash_count,
    trash_items,
    undo,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, PropagandaEvent, Slogan

from .conftest import TODAY, propaganda_kind_id


@pytest.fixture
def slogan_ids(store: Store) -> list[int]:
    with store.reading() as session:
        return list(session.scalars(select(Slogan.id).order_by(Slogan.id).limit(3)))


@pytest.fixture
def broadcast(store: Store, slogan_ids: list[int]) -> PropagandaInput:
    return PropagandaInput(
        kind_id=propaganda_kind_id(store, "radio_broadcast"),
        title="Phát thanh thông điệp Tháng hành động trên đài truyền thanh xã",
        start_date=date(2026, 11, 16),
        end_date=date(2026, 11, 30),
        places=("Đài truyền thanh xã", "Loa thôn Nà Làng", " Loa thôn  Nà Làng "),
        quantity=12,
        minutes=180,
        estimated_reach=2500,
        slogan_ids=(slogan_ids[1], slogan_ids[0], slogan_ids[1]),
    )


def test_propaganda_round_trip_with_places_and_slogans(
    store: Store, broadcast: PropagandaInput, slogan_ids: list[int]
) -> None:
    with store.transaction() as session:
        new_id = create_propaganda(session, broadcast)
    with store.reading() as session:
        loaded = load_propaganda(session, new_id)
        row = session.get(PropagandaEvent, new_id)
        assert row is not None and "dai truyen thanh xa" in row.search_text
    assert loaded.places == ("Đài truyền thanh xã", "Loa thôn Nà Làng")
    assert loaded.slogan_ids == (slogan_ids[0], slogan_ids[1])
    assert (loaded.quantity, loaded.minutes, loaded.estimated_reach) == (12, 180, 2500)
    assert loaded.campaign_id is not None


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"quantity": 0}, "quantity", "Vui lòng nhập số lượt phát"),
        ({"quantity": -2}, "quantity", "không được là số âm"),
        ({"end_date": date(2026, 11, 1)}, "end_date", "trước ngày bắt đầu"),
        ({"title": ""}, "title", "Chưa nhập nội dung tuyên truyền"),
        ({"kind_id": None}, "kind_id", "Chưa chọn hình thức"),
        ({"slogan_ids": (99999,)}, "slogan_ids", "không còn trong thư viện"),
        ({"minutes": -1}, "minutes", "không được là số âm"),
    ],
)
def test_propaganda_problems_block_saving(
    store: Store, broadcast: PropagandaInput, change: dict[str, object], field: str, fragment: str
) -> None:
    with pytest.raises(InvalidRecordError) as raised, store.transaction() as session:
        create_propaganda(session, replace(broadcast, **change))  # type: ignore[arg-type]
    assert fragment in raised.value.result.errors[field]
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(PropagandaEvent)) == 0


def test_missing_minutes_for_a_broadcast_is_only_a_warning(store: Store, broadcast: PropagandaInput) -> None:
    with store.reading() as session:
        result = check_propaganda(session, replace(broadcast, minutes=None))
    assert result.ok and "số phút" in result.warnings["minutes"]


def test_duplicate_and_update_propaganda(store: Store, broadcast: PropagandaInput) -> None:
    with store.transaction() as session:
        first = create_propaganda(session, broadcast)
        second = duplicate_propaganda(session, first)
        update_propaganda(
            session, second, replace(broadcast, start_date=date(2026, 12, 1), end_date=date(2026, 12, 5))
        )
    with store.reading() as session:
        one, two = load_propaganda(session, first), load_propaganda(session, second)
    assert one.slogan_ids == two.slogan_ids and two.start_date == date(2026, 12, 1)
    assert one.start_date == date(2026, 11, 16)


def test_trash_undo_restore_and_empty(
    store: Store, training: ActivityInput, broadcast: PropagandaInput
) -> None:
    with store.transaction() as session:
        keep = create_activity(session, training, today=TODAY)
        gone = create_activity(session, replace(training, title="Họp dân bản Pắc Mòng"), today=TODAY)
        event = create_propaganda(session, broadcast)
    with store.transaction() as session:
        deletion = move_to_trash(session, RecordType.ACTIVITY, [gone, keep])
        move_to_trash(session, RecordType.PROPAGANDA_EVENT, [event])
    assert deletion.ids == (keep, gone) or set(deletion.ids) == {keep, gone}
    assert deletion.describe() == "Đã chuyển 2 hoạt động vào Thùng rác."
    with store.reading() as session:
        assert trash_count(session) == 3
        assert {(item.record_type, item.id) for item in trash_items(session)} == {
            (RecordType.ACTIVITY, keep),
            (RecordType.ACTIVITY, gone),
            (RecordType.PROPAGANDA_EVENT, event),
        }
    with store.transaction() as session:
        assert undo(session, deletion) == 2
        assert restore(session, RecordType.PROPAGANDA_EVENT, [event]) == 1
        assert trash_count(session) == 0
        move_to_trash(session, RecordType.ACTIVITY, [gone])
    with store.transaction() as session:
        assert empty_trash(session) == 1
    with store.reading() as session:
        assert set(session.scalars(select(Activity.id))) == {keep}
        assert session.get(PropagandaEvent, event) is not None
        assert trash_count(session) == 0


def test_trashing_twice_reports_only_what_moved(store: Store, training: ActivityInput) -> None:
    with store.transaction() as session:
        activity = create_activity(session, training, today=TODAY)
        assert move_to_trash(session, RecordType.ACTIVITY, [activity]).ids == (activity,)
        assert move_to_trash(session, RecordType.ACTIVITY, [activity]).ids == ()
