"""The slogan library: picker order, add/edit rules in Vietnamese, hide/unhide, favourites."""

from __future__ import annotations

import json
from datetime import date

import pytest

from gender_equality_desk.core import slogans
from gender_equality_desk.core.campaigns import ensure_action_month
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.slogans import SloganInput
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import PropagandaEvent, PropagandaKind, Slogan

THIS_YEAR = 2025


def texts(store: Store, *, include_hidden: bool = False) -> list[str]:
    with store.reading() as session:
        return [c.text for c in slogans.list_slogans(session, THIS_YEAR, include_hidden=include_hidden)]


def slogan_id(store: Store, text: str) -> int:
    with store.reading() as session:
        found = slogans.list_slogans(session, THIS_YEAR, include_hidden=True)
    return next(choice.id for choice in found if choice.text == text)


def test_library_is_seeded_with_the_catalogue_this_year_first_then_newest(store: Store) -> None:
    shipped = json.loads((resources_dir() / "catalogues" / "slogans.json").read_text("utf-8"))["items"]
    listed = texts(store)
    assert sorted(listed) == sorted(item["text"] for item in shipped)
    assert listed[0] == "Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số"  # 2025
    with store.reading() as session:
        years = [c.year or 0 for c in slogans.list_slogans(session, THIS_YEAR)][1:]
    assert years == sorted(years, reverse=True)


def test_favourites_come_first_and_can_be_unmarked(store: Store) -> None:
    old = "Chấm dứt bạo lực, vun đắp yêu thương"  # 2019
    with store.transaction() as session:
        slogans.set_favourite(session, slogan_id(store, old), True)
    assert texts(store)[0] == old
    with store.reading() as session:
        assert slogans.list_slogans(session, THIS_YEAR)[0].is_favourite
    with store.transaction() as session:
        slogans.set_favourite(session, slogan_id(store, old), False)
    assert texts(store)[0] != old


def test_add_cleans_the_text_and_appends(store: Store) -> None:
    with store.transaction() as session:
        new_id = slogans.add_slogan(
            session,
            SloganInput("  Nói không   với bạo lực gia đình ", 2025, "Tự soạn", "Gia đình"),
            THIS_YEAR,
        )
    with store.reading() as session:
        found = slogans.slogan_texts(session, (new_id,))[new_id]
    assert (found.text, found.year, found.source, found.theme_group) == (
        "Nói không với bạo lực gia đình", 2025, "Tự soạn", "Gia đình",
    )  # fmt: skip
    with store.reading() as session:
        assert "Gia đình" in slogans.theme_groups(session)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (SloganInput("   "), "Chưa nhập nội dung khẩu hiệu"),
        (SloganInput("x" * 301), "quá 300 ký tự"),
        (SloganInput("Khẩu hiệu mới", 1980), "Năm 1980 không hợp lệ. Vui lòng nhập năm từ 1990 đến 2026"),
        (SloganInput("Khẩu hiệu mới", 2027), "Năm 2027 không hợp lệ"),
        # Same text in other letter case (Vietnamese letters too) is a duplicate.
        (SloganInput("CHẤM DỨT BẠO LỰC, VUN ĐẮP YÊU THƯƠNG"), "đã có trong thư viện"),
    ],
)
def test_bad_input_is_refused_in_vietnamese_and_nothing_is_saved(
    store: Store, data: SloganInput, message: str
) -> None:
    before = texts(store, include_hidden=True)
    with pytest.raises(UserFacingError, match=message), store.transaction() as session:
        slogans.add_slogan(session, data, THIS_YEAR)
    assert texts(store, include_hidden=True) == before


def test_edit_keeps_its_own_text_but_refuses_another_slogans(store: Store) -> None:
    own = slogan_id(store, "Chấm dứt bạo lực, vun đắp yêu thương")
    with store.transaction() as session:
        slogans.edit_slogan(
            session, own, SloganInput("Chấm dứt bạo lực, vun đắp yêu thương", 2020, "Sửa", ""), THIS_YEAR
        )
    with store.reading() as session:
        assert slogans.slogan_texts(session, (own,))[own].year == 2020
    with pytest.raises(UserFacingError, match="đã có"), store.transaction() as session:
        slogans.edit_slogan(session, own, SloganInput("Chấm dứt bạo lực đối với phụ nữ và trẻ em"), THIS_YEAR)


def test_hidden_slogan_leaves_pickers_but_old_events_keep_it(store: Store) -> None:
    text = "Hãy hành động, đó có thể là người thân của bạn"
    hidden = slogan_id(store, text)
    with store.transaction() as session:
        slogans.set_favourite(session, hidden, True)
        kind = session.query(PropagandaKind).first()
        assert kind is not None
        event = PropagandaEvent(
            campaign=ensure_action_month(session, 2025), kind=kind, title="Treo băng rôn",
            start_date=date(2025, 11, 16), end_date=date(2025, 11, 16),
        )  # fmt: skip
        linked = session.get(Slogan, hidden)
        assert linked is not None
        event.slogans = [linked]
        session.add(event)
        session.flush()
        event_id = event.id
        slogans.set_hidden(session, hidden, True)
    assert text not in texts(store)
    assert text in texts(store, include_hidden=True)
    with store.reading() as session:
        kept = slogans.slogan_texts(session, (hidden,))[hidden]
        used = session.get(PropagandaEvent, event_id)
        assert used is not None and [s.text for s in used.slogans] == [text]
    assert kept.is_hidden and not kept.is_favourite  # hiding also unmarks
    with pytest.raises(UserFacingError, match="đang ẩn"), store.transaction() as session:
        slogans.set_favourite(session, hidden, True)
    with pytest.raises(UserFacingError, match="đang ẩn"), store.transaction() as session:
        slogans.add_slogan(session, SloganInput(text), THIS_YEAR)
    with store.transaction() as session:
        slogans.set_hidden(session, hidden, False)
    assert text in texts(store)


def test_unknown_slogan_is_a_clear_message(store: Store) -> None:
    with pytest.raises(UserFacingError, match="không còn trong thư viện"), store.transaction() as session:
        slogans.set_hidden(session, 999_999, True)
