"""The log's Địa điểm: the place typed and the village chosen, without saying the village twice."""

from __future__ import annotations

import pytest

from gender_equality_desk.core.reports.activity_log import place_with_village


@pytest.mark.parametrize(
    ("place", "village", "shown"),
    [
        ("", None, ""),
        ("Hội trường UBND xã", None, "Hội trường UBND xã"),
        ("", "Thôn Nà Lầm", "Thôn Nà Lầm"),
        ("Nhà văn hóa thôn Nà Lầm", "Thôn Nà Lầm", "Nhà văn hóa thôn Nà Lầm"),
        ("Nhà văn hóa Nà Lầm", "Thôn Nà Lầm", "Nhà văn hóa Nà Lầm"),
        ("Trường THCS", "Bản Chu", "Trường THCS, Bản Chu"),
        ("  Trường   THCS ", "Tổ dân phố 3", "Trường THCS, tổ dân phố 3"),
    ],
)
def test_place_and_village_without_repetition(place: str, village: str | None, shown: str) -> None:
    assert place_with_village(place, village) == shown
