"""Catalogue editing: rules, order, usage counts, and old records never broken by an edit."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core import catalogues
from gender_equality_desk.core.campaigns import ensure_action_month
from gender_equality_desk.core.catalogues import CatalogueKind
from gender_equality_desk.core.domain.vocabulary import QuantityUnit, VillageKind
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    PropagandaEvent,
    ResponsibleUnit,
    Village,
)
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.reference import responsible_unit_uuid

ACTIVITY = CatalogueKind.ACTIVITY_KIND
PROPAGANDA = CatalogueKind.PROPAGANDA_KIND
UNIT = CatalogueKind.RESPONSIBLE_UNIT
VILLAGE = CatalogueKind.VILLAGE


def labels(store: Store, kind: CatalogueKind) -> list[str]:
    with store.reading() as session:
        return [entry.label for entry in catalogues.list_entries(session, kind)]


def entry(store: Store, kind: CatalogueKind, label: str) -> catalogues.CatalogueEntry:
    with store.reading() as session:
        return next(e for e in catalogues.list_entries(session, kind) if e.label == label)


def add_villages(store: Store, *names: str) -> list[int]:
    with store.transaction() as session:
        return [catalogues.add_entry(session, VILLAGE, name) for name in names]


def add_activity(
    session: Session,
    kind_id: int,
    *,
    village_id: int | None = None,
    unit_id: int | None = None,
    deleted: bool = False,
) -> int:
    start = datetime(2025, 11, 20, 1, 30, tzinfo=UTC)
    row = Activity(
        campaign=ensure_action_month(session, 2025),
        kind_id=kind_id,
        title="Họp dân lồng ghép nội dung bình đẳng giới",
        start_at=start,
        end_at=start,
        village_id=village_id,
        responsible_unit_id=unit_id,
        is_deleted=deleted,
    )
    session.add(row)
    session.flush()
    return row.id


def add_event(session: Session, kind_id: int, *, village_id: int | None = None, deleted: bool = False) -> int:
    row = PropagandaEvent(
        campaign=ensure_action_month(session, 2025),
        kind_id=kind_id,
        title="Treo băng rôn",
        start_date=date(2025, 11, 16),
        end_date=date(2025, 11, 16),
        village_id=village_id,
        is_deleted=deleted,
    )
    session.add(row)
    session.flush()
    return row.id


def expect_error(message: str) -> pytest.RaisesExc[UserFacingError]:
    return pytest.raises(UserFacingError, match=message)


# -- seeding ----------------------------------------------------------------------------------------------


def test_responsible_units_are_seeded_once_in_catalogue_order(store: Store) -> None:
    units = labels(store, UNIT)
    assert units[0] == "Phòng Văn hóa – Xã hội"
    assert {"Hội Liên hiệp Phụ nữ xã", "Công an xã", "Trạm Y tế xã", "Tổ hòa giải ở cơ sở"} <= set(units)
    assert len(units) == len(set(units)) == 16
    open_store(DataLayout(store.path.parent)).close()
    assert labels(store, UNIT) == units


def test_a_renamed_or_deactivated_seeded_unit_does_not_come_back(store: Store) -> None:
    police = entry(store, UNIT, "Công an xã")
    health = entry(store, UNIT, "Trạm Y tế xã")
    with store.transaction() as session:
        catalogues.rename_entry(session, UNIT, police.id, "Công an xã Cao Lâu")
        catalogues.set_active(session, UNIT, health.id, False)
        catalogues.move_entry(session, UNIT, health.id, -20)
    before = labels(store, UNIT)
    open_store(DataLayout(store.path.parent)).close()
    assert labels(store, UNIT) == before
    assert "Công an xã" not in before
    assert entry(store, UNIT, "Trạm Y tế xã").is_active is False
    with store.reading() as session:
        uuid = session.scalars(select(ResponsibleUnit.uuid).where(ResponsibleUnit.id == police.id)).one()
    assert uuid == responsible_unit_uuid("police")


def test_a_unit_the_officer_already_typed_is_not_seeded_twice(layout: DataLayout) -> None:
    opened = open_store(layout)
    with opened.transaction() as session:
        session.execute(ResponsibleUnit.__table__.delete())
        session.add(ResponsibleUnit(name="HỘI LIÊN HIỆP PHỤ NỮ XÃ", sort_order=1))
    opened.close()
    reopened = open_store(layout)
    try:
        names = labels(reopened, UNIT)
    finally:
        reopened.close()
    assert names[0] == "HỘI LIÊN HIỆP PHỤ NỮ XÃ"
    assert "Hội Liên hiệp Phụ nữ xã" not in names
    assert len(names) == 16


# -- adding and naming ------------------------------------------------------------------------------------


def test_add_appends_an_active_entry_at_the_end(store: Store) -> None:
    first, second = add_villages(store, "Thôn Nà Làng", "  bản   Pắc  Mòng ")
    with store.reading() as session:
        entries = catalogues.list_entries(session, VILLAGE)
        kinds = {name: kind for name, kind in session.execute(select(Village.name, Village.kind))}
    assert [(e.id, e.label, e.is_active, e.usage_count) for e in entries] == [
        (first, "Thôn Nà Làng", True, 0),
        (second, "bản Pắc Mòng", True, 0),
    ]
    assert entries[0].sort_order < entries[1].sort_order
    assert kinds["bản Pắc Mòng"] is VillageKind.BAN

    with store.transaction() as session:
        new_id = catalogues.add_entry(session, ACTIVITY, "Ngày hội gia đình")
        code = session.get_one(ActivityKind, new_id).code
    assert labels(store, ACTIVITY)[-1] == "Ngày hội gia đình"
    assert code.startswith("user_")


def test_a_propaganda_kind_is_added_with_its_unit(store: Store) -> None:
    with store.transaction() as session:
        catalogues.add_entry(
            session,
            PROPAGANDA,
            "Bản tin trên nhóm Zalo thôn",
            unit=QuantityUnit.ARTICLE,
            counts_minutes=False,
        )
        catalogues.add_entry(
            session, PROPAGANDA, "Phát thanh lưu động", unit=QuantityUnit.BROADCAST, counts_minutes=True
        )
    added = entry(store, PROPAGANDA, "Bản tin trên nhóm Zalo thôn")
    assert (added.unit, added.counts_minutes) == (QuantityUnit.ARTICLE, False)
    radio = entry(store, PROPAGANDA, "Phát thanh lưu động")
    assert (radio.unit, radio.counts_minutes) == (QuantityUnit.BROADCAST, True)
    with expect_error("Chưa chọn đơn vị tính"), store.transaction() as session:
        catalogues.add_entry(session, PROPAGANDA, "Sân khấu hóa")
    with pytest.raises(ValueError), store.transaction() as session:
        catalogues.add_entry(session, UNIT, "Hội Người cao tuổi xã", unit=QuantityUnit.PIECE)
    assert entry(store, UNIT, "Công an xã").unit is None


@pytest.mark.parametrize(
    ("kind", "name", "message"),
    [
        (VILLAGE, "   ", "Chưa nhập tên thôn, bản. Vui lòng nhập tên thôn, bản."),
        (ACTIVITY, "", "Chưa nhập tên loại hoạt động. Vui lòng nhập tên loại hoạt động."),
        (UNIT, "\t", "Chưa nhập tên đơn vị. Vui lòng nhập tên đơn vị."),
        (VILLAGE, "Thôn " + "x" * 116, "Tên thôn, bản dài 121 ký tự, vượt quá 120 ký tự cho phép."),
        (PROPAGANDA, "y" * 201, "Tên hình thức tuyên truyền dài 201 ký tự, vượt quá 200 ký tự cho phép."),
        (ACTIVITY, "tập HUẤN", "“Tập huấn” đã có trong danh mục loại hoạt động. Vui lòng nhập tên khác."),
        (UNIT, "công an XÃ", "“Công an xã” đã có trong danh mục đơn vị phụ trách. Vui lòng nhập tên khác."),
    ],
)
def test_bad_names_are_refused_and_nothing_is_saved(
    store: Store, kind: CatalogueKind, name: str, message: str
) -> None:
    before = labels(store, kind)
    unit = QuantityUnit.PIECE if kind is PROPAGANDA else None
    with pytest.raises(UserFacingError) as raised, store.transaction() as session:
        catalogues.add_entry(session, kind, name, unit=unit)
    assert str(raised.value).startswith(message)
    assert labels(store, kind) == before


def test_a_name_typed_with_decomposed_letters_is_the_same_name(store: Store) -> None:
    decomposed = unicodedata.normalize("NFD", "Thôn Đông Bàn")
    assert decomposed != "Thôn Đông Bàn"
    add_villages(store, decomposed)
    assert labels(store, VILLAGE) == ["Thôn Đông Bàn"]
    with expect_error("đã có trong danh mục"):
        add_villages(store, "thôn đông bàn")


def test_a_duplicate_of_an_inactive_entry_suggests_using_it_again(store: Store) -> None:
    (village_id,) = add_villages(store, "Thôn Khòn Pát")
    with store.transaction() as session:
        catalogues.set_active(session, VILLAGE, village_id, False)
    with expect_error("“Thôn Khòn Pát” đã có .* nhưng đang ngừng dùng. Hãy chọn mục đó và bấm “Dùng lại”"):
        add_villages(store, "THÔN KHÒN PÁT")
    assert labels(store, VILLAGE) == ["Thôn Khòn Pát"]


def test_rename_keeps_the_entry_and_checks_the_name(store: Store) -> None:
    first, second = add_villages(store, "Thôn Nà Làng", "Thôn Bó Củng")
    with store.transaction() as session:
        catalogues.rename_entry(session, VILLAGE, first, "thôn nà làng")  # its own name in another case
        catalogues.rename_entry(session, VILLAGE, second, "Bản Bó Củng")
    assert labels(store, VILLAGE) == ["thôn nà làng", "Bản Bó Củng"]
    with store.reading() as session:
        assert session.get_one(Village, second).kind is VillageKind.BAN
    with expect_error("“Bản Bó Củng” đã có"), store.transaction() as session:
        catalogues.rename_entry(session, VILLAGE, first, "bản bó củng")
    with expect_error("Chưa nhập tên thôn, bản"), store.transaction() as session:
        catalogues.rename_entry(session, VILLAGE, first, " ")
    with expect_error("Không tìm thấy thôn, bản này"), store.transaction() as session:
        catalogues.rename_entry(session, VILLAGE, 9999, "Thôn Mới")
    assert labels(store, VILLAGE) == ["thôn nà làng", "Bản Bó Củng"]


# -- deactivating never breaks old records -------------------------------------------------------------


def test_old_records_keep_their_kind_after_deactivation_and_rename(store: Store) -> None:
    training = entry(store, ACTIVITY, "Tập huấn")
    police = entry(store, UNIT, "Công an xã")
    (village_id,) = add_villages(store, "Thôn Nà Làng")
    with store.transaction() as session:
        activity_id = add_activity(session, training.id, village_id=village_id, unit_id=police.id)
    with store.transaction() as session:
        catalogues.rename_entry(session, ACTIVITY, training.id, "Tập huấn cộng tác viên")
        catalogues.set_active(session, ACTIVITY, training.id, False)
        catalogues.set_active(session, UNIT, police.id, False)
        catalogues.set_active(session, VILLAGE, village_id, False)

    with store.reading() as session:
        old = session.get_one(Activity, activity_id)
        assert old.kind.label == "Tập huấn cộng tác viên"
        assert old.responsible_unit is not None and old.responsible_unit.name == "Công an xã"
        assert old.village is not None and old.village.name == "Thôn Nà Làng"
        offered = dict(catalogues.active_choices(session, ACTIVITY))
        assert training.id not in offered
        assert "Lễ phát động, mít tinh" in offered.values()
        assert police.id not in dict(catalogues.active_choices(session, UNIT))
        assert catalogues.active_choices(session, VILLAGE) == []
        # Editing the old record still shows what it uses.
        kept = catalogues.active_choices(session, ACTIVITY, keep_id=training.id)
        assert (training.id, "Tập huấn cộng tác viên") in kept
        listed = catalogues.list_entries(session, ACTIVITY)
        assert [e.id for e in catalogues.list_entries(session, ACTIVITY, include_inactive=False)] == [
            e.id for e in listed if e.is_active
        ]
    assert entry(store, ACTIVITY, "Tập huấn cộng tác viên").usage_count == 1

    with store.transaction() as session:
        catalogues.set_active(session, ACTIVITY, training.id, True)
        assert training.id in dict(catalogues.active_choices(session, ACTIVITY))


def test_active_choices_follow_the_order(store: Store) -> None:
    with store.reading() as session:
        ids = [e.id for e in catalogues.list_entries(session, PROPAGANDA)]
        choices = catalogues.active_choices(session, PROPAGANDA)
    assert [choice_id for choice_id, _ in choices] == ids
    assert choices[0][1] == "Treo băng rôn, khẩu hiệu"


def test_the_last_active_kind_cannot_be_deactivated(store: Store) -> None:
    with store.reading() as session:
        kinds = catalogues.list_entries(session, PROPAGANDA)
    with store.transaction() as session:
        for kind in kinds[1:]:
            catalogues.set_active(session, PROPAGANDA, kind.id, False)
    message = "Không thể ngừng dùng “Treo băng rôn, khẩu hiệu”: cần giữ ít nhất một hình thức tuyên truyền"
    with expect_error(message), store.transaction() as session:
        catalogues.set_active(session, PROPAGANDA, kinds[0].id, False)
    assert entry(store, PROPAGANDA, "Treo băng rôn, khẩu hiệu").is_active
    # Villages and units are optional on a record: all of them may be out of use.
    (village_id,) = add_villages(store, "Thôn Nà Làng")
    with store.transaction() as session:
        catalogues.set_active(session, VILLAGE, village_id, False)
        catalogues.set_active(session, VILLAGE, village_id, False)  # twice is harmless
    assert entry(store, VILLAGE, "Thôn Nà Làng").is_active is False


# -- order and usage ------------------------------------------------------------------------------------


def test_move_and_reorder(store: Store) -> None:
    a, b, c = add_villages(store, "Thôn A", "Thôn B", "Thôn C")
    with store.transaction() as session:
        assert catalogues.move_entry(session, VILLAGE, c, -1) == 1
    assert labels(store, VILLAGE) == ["Thôn A", "Thôn C", "Thôn B"]
    with store.transaction() as session:
        assert catalogues.move_entry(session, VILLAGE, a, 5) == 2  # stops at the end
        assert catalogues.move_entry(session, VILLAGE, c, -5) == 0
    assert labels(store, VILLAGE) == ["Thôn C", "Thôn B", "Thôn A"]
    with store.reading() as session:
        assert [e.sort_order for e in catalogues.list_entries(session, VILLAGE)] == [1, 2, 3]
    with store.transaction() as session:
        catalogues.reorder(session, VILLAGE, [b, a, c])
    assert labels(store, VILLAGE) == ["Thôn B", "Thôn A", "Thôn C"]
    with expect_error("Danh mục vừa thay đổi"), store.transaction() as session:
        catalogues.reorder(session, VILLAGE, [b, a])
    assert labels(store, VILLAGE) == ["Thôn B", "Thôn A", "Thôn C"]


def test_usage_counts_only_live_records(store: Store) -> None:
    training = entry(store, ACTIVITY, "Tập huấn")
    banner = entry(store, PROPAGANDA, "Treo băng rôn, khẩu hiệu")
    women = entry(store, UNIT, "Hội Liên hiệp Phụ nữ xã")
    village_id, other_village = add_villages(store, "Thôn Nà Làng", "Thôn Bó Củng")
    with store.transaction() as session:
        add_activity(session, training.id, village_id=village_id, unit_id=women.id)
        add_activity(session, training.id, village_id=village_id)
        add_activity(session, training.id, village_id=village_id, unit_id=women.id, deleted=True)
        add_event(session, banner.id, village_id=village_id)
        add_event(session, banner.id, deleted=True)
    assert entry(store, ACTIVITY, "Tập huấn").usage_count == 2
    assert entry(store, PROPAGANDA, "Treo băng rôn, khẩu hiệu").usage_count == 1
    assert entry(store, UNIT, "Hội Liên hiệp Phụ nữ xã").usage_count == 1
    assert entry(store, VILLAGE, "Thôn Nà Làng").usage_count == 3  # two activities and one event
    assert entry(store, VILLAGE, "Thôn Bó Củng").usage_count == 0
    assert other_village != village_id


# -- how propaganda kinds are counted ---------------------------------------------------------------------


def test_counting_may_change_freely_while_unused(store: Store) -> None:
    with store.transaction() as session:
        new_id = catalogues.add_entry(session, PROPAGANDA, "Sân khấu hóa", unit=QuantityUnit.PIECE)
        catalogues.set_counting(session, new_id, QuantityUnit.SESSION, True)
    added = entry(store, PROPAGANDA, "Sân khấu hóa")
    assert (added.unit, added.counts_minutes) == (QuantityUnit.SESSION, True)


def test_counting_of_a_used_kind_keeps_the_meaning_of_old_quantities(store: Store) -> None:
    banner = entry(store, PROPAGANDA, "Treo băng rôn, khẩu hiệu")
    radio = entry(store, PROPAGANDA, "Phát thanh trên đài truyền thanh xã, loa thôn")
    with store.transaction() as session:
        add_event(session, banner.id)
        add_event(session, radio.id)
    used = "Đã có 1 bản ghi dùng hình thức “Treo băng rôn, khẩu hiệu” với đơn vị “cái”"
    with expect_error(used), store.transaction() as session:
        catalogues.set_counting(session, banner.id, QuantityUnit.COPY, False)
    with expect_error("với đơn vị “lượt phát” và số phút"), store.transaction() as session:
        catalogues.set_counting(session, radio.id, QuantityUnit.BROADCAST, False)
    with store.transaction() as session:
        catalogues.set_counting(session, banner.id, QuantityUnit.PIECE, True)  # adds minutes: harmless
        catalogues.set_counting(session, radio.id, QuantityUnit.BROADCAST, True)  # unchanged
    assert entry(store, PROPAGANDA, "Treo băng rôn, khẩu hiệu").counts_minutes is True
    assert entry(store, PROPAGANDA, "Treo băng rôn, khẩu hiệu").unit is QuantityUnit.PIECE
