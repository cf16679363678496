"""A printed report sits inside the Decree 30 margins (left 30, right 15, top and bottom 20 mm) and
numbers its pages as the report PDFs do: centred in the top margin, from page 2 on."""

from __future__ import annotations

from pathlib import Path

import pytest

from .printed_lines import LEFT, MM, RIGHT, TOP, print_to_pdf, text_spots

PARAGRAPH = (
    "Đoạn {n}: Ủy ban nhân dân xã báo cáo kết quả thực hiện công tác bình đẳng giới trong năm, "
    "với nhiều hoạt động tuyên truyền ở các thôn."
)


@pytest.mark.parametrize("landscape", [False, True])
def test_the_text_keeps_the_decree_30_margins_and_pages_are_numbered_from_two(
    tmp_path: Path, landscape: bool
) -> None:
    html = "<p>Mở đầu báo cáo</p>" + "".join(f"<p>{PARAGRAPH.format(n=n)}</p>" for n in range(90))
    reader = print_to_pdf(html, tmp_path / "in.pdf", landscape=landscape)
    width = 297 if landscape else 210
    assert len(reader.pages) >= 3

    for number, page in enumerate(reader.pages, 1):
        assert round(float(page.mediabox.width) / MM) == width
        spots = text_spots(page)
        body = [spot for spot in spots if spot[0] != str(number)]
        assert min(x for _text, x, _y in body) == pytest.approx(LEFT, abs=0.3)  # was 50 mm: 30 + Qt's 2 cm
        numbers = [(x, y) for text, x, y in spots if text.isdigit() and text == str(number)]
        if number == 1:
            first_text, _x, first_baseline = body[0]
            assert first_text == "Mở đầu báo cáo" and TOP < first_baseline < TOP + 6  # was 44 mm
            assert numbers == []  # Decree 30: no number on the first page (it was printed bottom right)
        else:
            ((x, baseline),) = numbers
            assert LEFT + (width - LEFT - RIGHT) / 2 - 2 < x < LEFT + (width - LEFT - RIGHT) / 2
            assert baseline == pytest.approx(TOP / 2 + 13 / 3 / MM, abs=0.3)  # as the PDF writer puts it
