"""What a PDF page really draws, read back from its content stream: stroked straight lines and text runs.

Works on reportlab's and on Qt's PDF output alike (both stroke marks as `m`/`l`/`S` and show text with
`Tj`), so a test can hold either file against core's tile list. Positions are in points measured from
the page's top-left corner: Qt rounds the page to whole points and anchors its drawing at the top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.generic import ContentStream

from gender_equality_desk.core.render.banner.tiles import (
    BLACK,
    GLUE_DASH,
    GLUE_PASSES,
    GLUE_WIDTH,
    LABEL_SIZE,
    MARK_WIDTH,
    Tile,
    TiledBanner,
)

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
TOLERANCE = 0.02  # points: far below a visible drift, above the 6-digit rounding in the files


@dataclass(frozen=True)
class Stroke:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: tuple[float, float, float]
    dash: tuple[float, ...]
    phase: float


@dataclass(frozen=True)
class TextRun:
    text: str
    x: float
    baseline: float
    size: float


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF's row-vector convention: `cm` pre-multiplies the current matrix)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def strokes(reader: PdfReader, page: PageObject) -> list[Stroke]:
    """Every straight segment stroked on `page` (not inside form XObjects: the banner itself)."""
    height = float(page.mediabox.top)
    state: dict[str, Any] = {"ctm": IDENTITY, "w": 1.0, "rgb": (0.0, 0.0, 0.0), "dash": (), "phase": 0.0}
    stack: list[dict[str, Any]] = []
    path: list[tuple[float, float, float, float]] = []
    point = (0.0, 0.0)
    found = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        values = [float(v) for v in operands if isinstance(v, (int, float))]
        match operator:
            case b"q":
                stack.append(dict(state))
            case b"Q":
                state = stack.pop()
            case b"cm":
                state["ctm"] = _times(tuple(values), state["ctm"])  # type: ignore[arg-type]
            case b"w":
                state["w"] = values[0] * math.sqrt(abs(state["ctm"][0] * state["ctm"][3]))
            case b"RG" | b"SCN" if len(values) == 3:
                state["rgb"] = tuple(values)
            case b"d":
                state["dash"], state["phase"] = tuple(float(v) for v in operands[0]), float(operands[1])
            case b"m":
                point = _apply(state["ctm"], *values)
            case b"l":
                end = _apply(state["ctm"], *values)
                path.append((point[0], height - point[1], end[0], height - end[1]))
                point = end
            case b"S":
                found += [
                    Stroke(*line, state["w"], state["rgb"], state["dash"], state["phase"]) for line in path
                ]
                path = []
            case b"n" | b"f" | b"f*" | b"F" | b"B" | b"B*" | b"b" | b"b*":
                path = []
    return found


def text_runs(page: PageObject) -> list[TextRun]:
    """Small text shown on `page` (the labels), glyphs on one baseline joined into one run (Qt shows
    glyph by glyph). The banner's own words, far larger than `LABEL_SIZE`, are left out."""
    height = float(page.mediabox.top)
    runs: list[TextRun] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        m = _times(tuple(tm), tuple(cm))  # type: ignore[arg-type]
        x, y = _apply(m, 0, 0)
        scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
        if not text.strip() or size * scale > LABEL_SIZE + TOLERANCE:
            return
        if runs and abs(runs[-1].baseline - (height - y)) < TOLERANCE and x > runs[-1].x:
            runs[-1] = TextRun(runs[-1].text + text, runs[-1].x, runs[-1].baseline, runs[-1].size)
        else:
            runs.append(TextRun(text, x, height - y, size * scale))

    page.extract_text(visitor_text=visit)
    return runs


def expected_strokes(tile: Tile, page_height: float) -> list[Stroke]:
    """What core says `tile` strokes: each glue line once per colour pass, then the cut marks."""
    black = _rgb(BLACK)
    lines = [
        Stroke(g.x1, page_height - g.y1, g.x2, page_height - g.y2, GLUE_WIDTH, _rgb(c), (GLUE_DASH,) * 2, p)
        for c, p in GLUE_PASSES
        for g in tile.glue_lines
    ]
    return lines + [
        Stroke(m.x1, page_height - m.y1, m.x2, page_height - m.y2, MARK_WIDTH, black, (), 0.0)
        for m in tile.cut_marks
    ]


def _rgb(colour: str) -> tuple[float, float, float]:
    return (int(colour[1:3], 16) / 255, int(colour[3:5], 16) / 255, int(colour[5:7], 16) / 255)


def _close(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    if len(a) != len(b):
        return False
    for left, right in zip(a, b, strict=True):
        if isinstance(left, tuple):
            if not _close(left, right):
                return False
        elif isinstance(left, str):
            if " ".join(left.split()) != " ".join(right.split()):
                return False
        elif abs(left - right) > TOLERANCE:
            return False
    return True


def differences(tiled: TiledBanner, reader: PdfReader, pages: list[int] | None = None) -> list[str]:
    """Where the PDF draws otherwise than `tiled` says (empty when every mark, line and text matches)."""
    problems = []
    if len(reader.pages) != len(tiled.tiles):
        problems.append(f"{len(reader.pages)} pages drawn, {len(tiled.tiles)} tiles listed")
    for index in pages if pages is not None else range(len(tiled.tiles)):
        tile, page = tiled.tiles[index], reader.pages[index]
        drawn = [astuple(s) for s in strokes(reader, page)]
        wanted = [astuple(s) for s in expected_strokes(tile, tiled.page_height)]
        if len(drawn) != len(wanted) or not all(_close(d, w) for d, w in zip(drawn, wanted, strict=True)):
            problems.append(f"page {tile.number}: strokes {drawn} != {wanted}")
        runs = [astuple(r) for r in text_runs(page)]
        texts = [(t.text, t.x, tiled.page_height - t.baseline, t.size) for t in (tile.label, tile.tag)]
        if len(runs) != len(texts) or not all(_close(r, t) for r, t in zip(runs, texts, strict=True)):
            problems.append(f"page {tile.number}: texts {runs} != {texts}")
    return problems


def astuple(item: Stroke | TextRun) -> tuple[Any, ...]:
    return tuple(getattr(item, name) for name in item.__dataclass_fields__)
