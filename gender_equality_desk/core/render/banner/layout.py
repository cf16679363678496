"""Auto-fit: the largest font size at which the slogan fits inside the margins, and where each line goes.

Pure arithmetic on the Tinos Bold advance widths (reportlab's metrics), in PDF points with the origin
at the bottom-left, so the PDF writer and the Qt preview place every line at the same spot.
A line's ink reaches `TOP_EM` above its baseline (Vietnamese capitals stack two marks, e.g. "Ẫ")
and `BOTTOM_EM` below it (dot below, "Ụ"); lines are `PITCH_EM` apart so stacked marks never touch.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]

from gender_equality_desk.core.render.banner.spec import BannerSpec, validate
from gender_equality_desk.core.render.pdf.fonts import BOLD, register_fonts

FONT = BOLD
TOP_EM = 0.95
BOTTOM_EM = 0.22
PITCH_EM = 1.22
MARGIN_OF_SHORT_SIDE = 0.1  # white-space all round: hems and eyelets take the edge of a banner
MARGIN_OF_WIDTH = 0.03
SECOND_LINE_SHARE = 0.22  # of the text box height, kept for the commune-name line
SECOND_LINE_GAP_SHARE = 0.04
SECOND_LINE_MAX_RATIO = 0.55  # the commune name never outshouts the slogan
LOGO_MAX_SHARE = 0.3  # of the text area's length: a wide picture must leave the slogan room
LOGO_GAP_OF_MARGIN = 0.5  # white-space between the logo and the text, as a share of the top margin
BANNER_MAX_LINES = 2
POSTER_MAX_LINES = 5

# Vietnamese writes syllables apart: a line break inside one of these words ("BẠO / LỰC") reads badly,
# so they are kept together when the slogan is split (common words of the gender-equality slogans).
KEEP_TOGETHER = frozenset(
    fold_pair
    for fold_pair in (
        "bạo lực", "bình đẳng", "phụ nữ", "trẻ em", "gia đình", "chấm dứt", "chung tay", "xã hội",
        "nam giới", "nữ giới", "giới tính", "phòng chống", "phòng, chống", "hành động", "tháng hành",
        "cộng đồng", "quyền lợi", "em gái", "hạnh phúc", "tiến bộ", "văn minh", "xâm hại",
        "nạn nhân", "hỗ trợ", "đẳng giới", "phát triển", "bền vững", "thực hiện", "tuyên truyền",
        "an toàn", "yêu thương", "tôn trọng", "thước đo", "quyền năng", "vị thế", "năng lực", "trình độ",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Box:
    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom


@dataclass(frozen=True)
class PlacedLine:
    text: str
    font_size: float
    x: float  # left end of the baseline
    baseline: float
    width: float

    @property
    def ink_top(self) -> float:
        return self.baseline + TOP_EM * self.font_size

    @property
    def ink_bottom(self) -> float:
        return self.baseline - BOTTOM_EM * self.font_size


@dataclass(frozen=True)
class BannerLayout:
    width: float
    height: float
    text_box: Box
    lines: tuple[PlacedLine, ...]  # the slogan's lines, then the second line if any
    slogan_line_count: int
    logo_box: Box | None = None  # the logo: left of `text_box` on wide sheets, above it on posters


def text_width(text: str, size: float = 1.0) -> float:
    register_fonts()
    return float(stringWidth(text, FONT, size))


def _block_height_em(line_count: int) -> float:
    return TOP_EM + BOTTOM_EM + (line_count - 1) * PITCH_EM


def balanced_breaks(words: list[str], line_count: int) -> list[str]:
    """Split `words` into `line_count` lines making the widest line as narrow as possible; among splits
    with the same widest line, the one whose lines are most even (no "LÀ" left alone on a line)."""
    widths = [text_width(word) for word in words]
    space = text_width(" ")
    count = len(words)

    def span(start: int, end: int) -> float:
        return sum(widths[start:end]) + space * (end - start - 1)

    # best[k][i]: (widest line, sum of squared line widths, split points) for the first i words on k lines.
    # For a fixed total width, the smaller the sum of squares, the more even the lines.
    inf = float("inf")
    best: list[list[tuple[float, float, tuple[int, ...]]]] = [
        [(inf, inf, ())] * (count + 1) for _ in range(line_count + 1)
    ]
    best[0][0] = (0.0, 0.0, ())
    for lines in range(1, line_count + 1):
        for end in range(lines, count + 1):
            for start in range(lines - 1, end):
                previous, squares, cuts = best[lines - 1][start]
                width = span(start, end)
                candidate = (max(previous, width), squares + width * width, (*cuts, start))
                if _better(candidate, best[lines][end]):
                    best[lines][end] = candidate
    cuts = (*best[line_count][count][2][1:], count)
    starts = (0, *cuts[:-1])
    return [" ".join(words[a:b]) for a, b in zip(starts, cuts, strict=True)]


def _better(
    candidate: tuple[float, float, tuple[int, ...]], current: tuple[float, float, tuple[int, ...]]
) -> bool:
    """Narrower widest line first (with a rounding tolerance), then more even lines."""
    if candidate[0] < current[0] * (1 - 1e-9):
        return True
    return candidate[0] <= current[0] * (1 + 1e-9) and candidate[1] < current[1]


def _tokens(text: str) -> list[str]:
    """Upper-case words, with the words of `KEEP_TOGETHER` joined so no line break falls inside."""
    words = text.upper().split()
    tokens: list[str] = []
    for word in words:
        pair = f"{tokens[-1].split(' ')[-1]} {word}".lower().rstrip(",.;:!?") if tokens else ""
        if pair in KEEP_TOGETHER:  # "BÌNH ĐẲNG," too: a comma after the pair does not split it
            tokens[-1] = f"{tokens[-1]} {word}"
        else:
            tokens.append(word)
    return tokens


def _fit(lines: list[str], box_width: float, box_height: float) -> float:
    """Largest size at which `lines` fit a box of this width and height."""
    widest = max(text_width(line) for line in lines)
    return min(box_width / widest, box_height / _block_height_em(len(lines)))


def _best_lines(text: str, box_width: float, box_height: float, max_lines: int) -> tuple[list[str], float]:
    forced = [" ".join(line.split()) for line in text.upper().splitlines() if line.strip()]
    if len(forced) > 1:  # the officer broke the lines by hand: keep them
        return forced, _fit(forced, box_width, box_height)
    words = _tokens(text)
    best: tuple[list[str], float] = ([], 0.0)
    for line_count in range(1, min(max_lines, len(words)) + 1):
        lines = balanced_breaks(words, line_count)
        size = _fit(lines, box_width, box_height)
        if size > best[1] * 1.0001:  # equal sizes: fewer lines reads better
            best = (lines, size)
    return best


def _place(lines: list[str], size: float, box: Box, top_of_block: float) -> list[PlacedLine]:
    placed = []
    baseline = top_of_block - TOP_EM * size
    for line in lines:
        width = text_width(line, size)
        placed.append(PlacedLine(line, size, box.left + (box.width - width) / 2, baseline, width))
        baseline -= PITCH_EM * size
    return placed


def _logo_box(box: Box, aspect: float, *, at_left: bool) -> Box:
    """At the left of a wide sheet: as high as the text area, centred vertically, narrowed (and then
    shorter) if it would take too much width. At the top of an upright poster: the same, turned."""
    if at_left:
        logo_width = min(box.height * aspect, LOGO_MAX_SHARE * box.width)
        logo_height = logo_width / aspect
        bottom = box.bottom + (box.height - logo_height) / 2
        return Box(box.left, bottom, box.left + logo_width, bottom + logo_height)
    logo_height = min(box.width / aspect, LOGO_MAX_SHARE * box.height)
    logo_width = logo_height * aspect
    left = box.left + (box.width - logo_width) / 2
    return Box(left, box.top - logo_height, left + logo_width, box.top)


def layout_banner(spec: BannerSpec) -> BannerLayout:
    """Font size, line breaks and positions for `spec`; every line stays inside the margins."""
    validate(spec)
    width, height = spec.width_pt, spec.height_pt
    margin_y = MARGIN_OF_SHORT_SIDE * min(width, height)
    margin_x = max(margin_y, MARGIN_OF_WIDTH * width)
    box = Box(margin_x, margin_y, width - margin_x, height - margin_y)
    logo_box = None
    if spec.logo is not None:
        at_left = width >= height
        logo_box = _logo_box(box, spec.logo.aspect, at_left=at_left)
        gap = LOGO_GAP_OF_MARGIN * margin_y
        if at_left:
            box = Box(logo_box.right + gap, box.bottom, box.right, box.top)
        else:
            box = Box(box.left, box.bottom, box.right, logo_box.bottom - gap)
    max_lines = BANNER_MAX_LINES if spec.is_street_banner else POSTER_MAX_LINES

    second = " ".join(spec.second_line.upper().split())
    main_height = box.height * (1 - SECOND_LINE_SHARE) if second else box.height
    lines, size = _best_lines(spec.text, box.width, main_height, max_lines)
    main_block = _block_height_em(len(lines)) * size
    if not second:
        top = box.top - (box.height - main_block) / 2
        placed = _place(lines, size, box, top)
        return BannerLayout(width, height, box, tuple(placed), len(placed), logo_box)

    gap = box.height * SECOND_LINE_GAP_SHARE
    band = box.height * SECOND_LINE_SHARE - gap
    second_size = min(_fit([second], box.width, band), SECOND_LINE_MAX_RATIO * size)
    second_block = _block_height_em(1) * second_size
    total = main_block + gap + second_block
    top = box.top - (box.height - total) / 2
    placed = _place(lines, size, box, top)
    placed += _place([second], second_size, box, top - main_block - gap)
    return BannerLayout(width, height, box, tuple(placed), len(lines), logo_box)
