"""Plain text ↔ styled paragraphs, so the officer types a section as in Word and gets headings and bullets.

One line is one paragraph. A line is read as the officer would read it in seeds 002 and 004:
- "- …" (or "+ …", "• …") is a bullet;
- a short numbered line that does not end a sentence ("1. Mục đích:", "2. Phòng Y tế") is a heading,
  "a) …" a sub-heading; a long numbered sentence ("1. Tổ chức tuyên truyền … cộng đồng.") stays a paragraph;
- anything else is a paragraph.
Where that reading is not what the officer wants, a marker decides: "# " heading, "## " sub-heading,
"> " plain paragraph. `format_paragraphs` writes markers only where the reading would differ, so text →
paragraphs → text gives the same paragraphs back.
"""

from __future__ import annotations

import re

from gender_equality_desk.core.plans.model import Paragraphs
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle

HEADING_MAX = 160  # characters: longer numbered lines are sentences, not headings
_NUMBERED = re.compile(r"^\d+(\.\d+)*\.\s")
_LETTERED = re.compile(r"^[a-zđ]\)\s")
_BULLET = re.compile(r"^[-+•–]\s+")
_MARKERS = (("## ", ParagraphStyle.HEADING_3), ("# ", ParagraphStyle.HEADING_2), ("> ", ParagraphStyle.BODY))


def _reading(line: str) -> Paragraph:
    """The style a line gets without a marker."""
    if _BULLET.match(line):
        return Paragraph(_BULLET.sub("", line, count=1), ParagraphStyle.BULLET)
    is_heading_like = len(line) <= HEADING_MAX and not line.endswith((".", ";", "./.", "”"))
    if is_heading_like and _NUMBERED.match(line):
        return Paragraph(line, ParagraphStyle.HEADING_2)
    if is_heading_like and _LETTERED.match(line):
        return Paragraph(line, ParagraphStyle.HEADING_3)
    return Paragraph(line, ParagraphStyle.BODY)


def parse_paragraphs(text: str) -> Paragraphs:
    paragraphs: list[Paragraph] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        for marker, style in _MARKERS:
            if line.startswith(marker):
                paragraphs.append(Paragraph(line[len(marker) :].strip(), style))
                break
        else:
            paragraphs.append(_reading(line))
    return tuple(paragraphs)


def format_paragraphs(paragraphs: Paragraphs) -> str:
    lines: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.text
        if paragraph.style is ParagraphStyle.BULLET:
            line = f"- {text}"
        elif _reading(text) == paragraph:
            line = text
        elif paragraph.style is ParagraphStyle.HEADING_3:
            line = f"## {text}"
        elif paragraph.style in (ParagraphStyle.HEADING_1, ParagraphStyle.HEADING_2):
            line = f"# {text}"
        else:
            line = f"> {text}"
        lines.append(line)
    return "\n".join(lines)
