"""The JSON array reader: the same items as json.loads however the bytes are cut, and a clear refusal
for anything that is not one array of items of bounded length."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from gender_equality_desk.core.exchange.json_stream import JsonStreamError, iter_array

SAMPLE = [
    {"uuid": "a", "title": "Họp dân thôn Nà Làng", "n": 12345678901234567890, "x": None, "f": 1.5e3},
    [1, 2, [3]],
    "chuỗi có “ngoặc” và \\u005c",
    -0.25,
    True,
    {},
    12,
]


def _cut(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 100_000])
def test_items_are_those_of_json_loads_whatever_the_chunks(size: int) -> None:
    for text in (json.dumps(SAMPLE, ensure_ascii=False), json.dumps(SAMPLE, indent=1), " [ ] ", "[7]"):
        data = text.encode("utf-8")
        assert list(iter_array(_cut(data, size), max_item_chars=1000)) == json.loads(data)


def test_a_number_cut_between_two_chunks_is_read_whole() -> None:
    assert list(iter_array([b"[1", b"23", b"45]"], max_item_chars=100)) == [12345]


@pytest.mark.parametrize(
    "data",
    [b"", b"{}", b"[1,", b"[1 2]", b"[1]x", b"[1],[2]", b"[\xff]", b"[\"open]", b"[1,]", b"[" * 100_000],
)
def test_anything_but_one_array_is_refused(data: bytes) -> None:
    with pytest.raises(JsonStreamError):
        list(iter_array(_cut(data, 5), max_item_chars=1_000_000))


def test_an_item_longer_than_allowed_is_refused_without_reading_on() -> None:
    read: list[int] = []

    def endless() -> Iterator[bytes]:  # one item that never ends: the reader must stop by itself
        yield b'[{"junk": ['
        while True:
            read.append(1)
            yield b"[],"

    items: Any = iter_array(endless(), max_item_chars=3_000)
    with pytest.raises(JsonStreamError, match="too long"):
        next(items)
    assert 900 <= len(read) <= 1_100  # ~3,000 characters, then it gave up


def test_a_long_item_that_ends_is_still_too_long() -> None:
    data = json.dumps(["x" * 5_000, 1]).encode()
    with pytest.raises(JsonStreamError, match="too long"):
        list(iter_array([data], max_item_chars=4_000))
