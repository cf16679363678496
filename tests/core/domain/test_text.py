from __future__ import annotations

import pytest

from gender_equality_desk.core.domain.text import fold, format_vnd, group_thousands, parse_vnd


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Bình đẳng giới", "binh dang gioi"),
        ("BÌNH  ĐẲNG", "binh dang"),
        ("Thôn Nà Làng", "thon na lang"),
        ("Tuyên truyền lưu động", "tuyen truyen luu dong"),
        ("Hòa giải ở cơ sở", "hoa giai o co so"),
    ],
)
def test_fold_removes_diacritics_and_case(text: str, key: str) -> None:
    assert fold(text) == key


def test_fold_is_stable_for_precomposed_and_decomposed_input() -> None:
    import unicodedata

    text = "Đảm bảo an sinh xã hội"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text) == "dam bao an sinh xa hoi"


def test_money_display() -> None:
    assert group_thousands(1500000) == "1.500.000"
    assert group_thousands(0) == "0"
    assert group_thousands(999) == "999"
    assert format_vnd(1500000) == "1.500.000 đ"


@pytest.mark.parametrize(
    ("text", "value"), [("1.500.000", 1500000), ("1 500 000 đ", 1500000), ("", 0), ("750000", 750000)]
)
def test_parse_vnd(text: str, value: int) -> None:
    assert parse_vnd(text) == value


@pytest.mark.parametrize(
    ("text", "fragment"), [("-5000", "không được âm"), ("1,5 triệu", "không phải số tiền")]
)
def test_parse_vnd_rejects_with_vietnamese_message(text: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_vnd(text)


def test_nfc_all_composes_text_inside_containers_and_dataclasses() -> None:
    import unicodedata
    from dataclasses import dataclass

    from gender_equality_desk.core.domain.text import nfc_all
    from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle

    @dataclass(frozen=True)
    class Item:
        title: str
        lines: tuple[str, ...]
        count: int

    nfd = unicodedata.normalize("NFD", "Tuyên truyền lưu động")
    value = {nfd: [Item(nfd, (nfd, "x"), 3), Paragraph(nfd, ParagraphStyle.BULLET)]}
    assert nfc_all(value) == {
        "Tuyên truyền lưu động": [
            Item("Tuyên truyền lưu động", ("Tuyên truyền lưu động", "x"), 3),
            Paragraph("Tuyên truyền lưu động", ParagraphStyle.BULLET),
        ]
    }
    composed = (Paragraph("Đã composed", ParagraphStyle.HEADING_2), ParagraphStyle.BODY, 7)
    assert nfc_all(composed) is composed  # nothing to do: the very same object, enums untouched
