"""Search finds a record whichever way its words and the typed words were encoded: composed (Unikey's
"Unicode dựng sẵn") or decomposed ("Unicode tổ hợp", text copied from a PDF)."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.records.activity_list import (
    ActivityFilter,
    ActivitySort,
    activity_ids,
    count_activities,
)
from gender_equality_desk.core.store.engine import Store

from .conftest import activity_kind_id

TITLE = "Tọa đàm “Phụ nữ với an toàn trên không gian mạng” tại thôn Đông Bàn"
OTHER = "Hội thi tìm hiểu pháp luật về hôn nhân và gia đình"
# Every Vietnamese vowel with every tone, đ, and capitals: what fold must treat the same either way.
VIETNAMESE = "aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ " + "".join(
    unicodedata.normalize("NFC", base + tone)
    for base in "aăâeêioôơuưy"
    for tone in "\u0300\u0301\u0303\u0309\u0323"
)


def _record(store: Store, title: str) -> int:
    with store.transaction() as session:
        return create_activity(
            session,
            ActivityInput(
                kind_id=activity_kind_id(store, "conference"),
                title=title,
                start_at=local_datetime(date(2026, 11, 18), 8),
                end_at=local_datetime(date(2026, 11, 18), 11),
                participants_total=40,
            ),
            today=date(2026, 11, 23),
        )


def _found(store: Store, typed: str) -> list[int]:
    with store.reading() as session:
        flt = ActivityFilter(text=typed)
        ids = list(activity_ids(session, flt, ActivitySort()))
        assert count_activities(session, flt) == len(ids)
    return ids


def test_a_decomposed_query_finds_composed_text(store: Store) -> None:
    wanted = _record(store, TITLE)
    _record(store, OTHER)
    for typed in ("an toàn không gian mạng", "Đông Bàn", "tọa đàm phụ nữ"):
        assert _found(store, unicodedata.normalize("NFD", typed)) == [wanted]
        assert _found(store, typed) == [wanted]


def test_decomposed_text_kept_by_an_older_version_is_found_by_a_composed_query(store: Store) -> None:
    wanted = _record(store, TITLE)
    _record(store, OTHER)
    decomposed = unicodedata.normalize("NFD", TITLE)
    connection = sqlite3.connect(store.path)
    with connection:  # as an older version stored it (its search text computed from the decomposed title)
        connection.execute(
            "UPDATE activity SET title = ?, search_text = ? WHERE id = ?",
            (decomposed, fold(decomposed), wanted),
        )
    connection.close()
    assert _found(store, "Đông Bàn") == [wanted]
    assert _found(store, unicodedata.normalize("NFD", "không gian mạng")) == [wanted]


@given(st.text(alphabet=VIETNAMESE, max_size=40))
def test_the_search_key_does_not_depend_on_the_encoding(text: str) -> None:
    """The stored search text and the FTS query are both fold(…): equal for composed and decomposed input,
    so the index never needs rebuilding when text is composed."""
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))
