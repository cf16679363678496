"""Plain text ↔ styled paragraphs, so the officer types a section as in Word and gets headings and bullets.

One line is one paragraph. A line is read as the officer would read it in seeds 002 and 004:
- "- …" (or "+ …", "• …", "· …", "* …", "-Tuyên truyền") is a bullet;
- a short numbered line that does not end a sentence is a heading: "I. MỤC ĐÍCH" (Roman) a first-level
  heading, "1. Mục đích:" or "2) Phòng Y tế" a second-level one, "a) …" or "đ. …" a third-level one; a
  long numbered sentence ("1. Tổ chức tuyên truyền … cộng đồng.") stays a paragraph;
- anything else is a paragraph.
The number stays in the text, as typed. Where that reading is not what the officer wants, a marker
decides: "# " heading, "## " sub-heading, "> " plain paragraph. `format_paragraphs` writes markers only
where the reading would differ, so text → paragraphs → text gives the same paragraphs back.
Text is composed (NFC) on the way in: see core/domain/text.nfc.
"""

from __future__ import annotations

import re

from gender_equality_desk.core.domain.text import nfc
from gender_equality_desk.core.plans.model import Paragraphs
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle

HEADING_MAX = 160  # characters: longer numbered lines are sentences, not headings
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})[.)]\s")  # I. … XXXIX.
# "1. ", "2) ", "1.2. " — always closed by "." or ")": "1.500.000 đồng" is an amount, not a number.
_NUMBERED = re.compile(r"^\d+(\.\d+)*[.)]\s")
_LETTERED = re.compile(r"^[a-zđ][.)]\s")  # "a) ", "đ) ", "b. "
# Bullets as typed: a dash or bullet sign and a space, or a dash glued to the first word ("-Tuyên").
BULLET_SIGNS = "-+•–—·*▪●◦\uf0b7"
_BULLET = re.compile(rf"^[{re.escape(BULLET_SIGNS)}]\s+|^[-–—](?=[^\W\d_])")
_MARKERS = (("## ", ParagraphStyle.HEADING_3), ("# ", ParagraphStyle.HEADING_2), ("> ", ParagraphStyle.BODY))


def is_numbered(line: str) -> bool:
    """Does the line start with a typed number: "I. ", "1. ", "1) ", "1.2. ", "a) ", "đ. "?"""
    return any(pattern.match(line) for pattern in (_ROMAN, _NUMBERED, _LETTERED))


def is_bullet(line: str) -> bool:
    return _BULLET.match(line) is not None


def without_number(text: str) -> str:
    """ "1. Tổ chức …" → "Tổ chức …": for items the document numbers itself."""
    for pattern in (_ROMAN, _NUMBERED, _LETTERED):
        if match := pattern.match(text):
            return text[match.end() :].lstrip()
    return text


def _reading(line: str) -> Paragraph:
    """The style a line gets without a marker."""
    if _BULLET.match(line):
        return Paragraph(_BULLET.sub("", line, count=1), ParagraphStyle.BULLET)
    is_heading_like = len(line) <= HEADING_MAX and not line.endswith((".", ";", "./.", "”"))
    if is_heading_like and _ROMAN.match(line):
        return Paragraph(line, ParagraphStyle.HEADING_1)
    if is_heading_like and _NUMBERED.match(line):
        return Paragraph(line, ParagraphStyle.HEADING_2)
    if is_heading_like and _LETTERED.match(line):
        return Paragraph(line, ParagraphStyle.HEADING_3)
    return Paragraph(line, ParagraphStyle.BODY)


def read_line(raw: str) -> Paragraph | None:
    """One line of a text box as a paragraph; None for a line with nothing to print (blank, or a bullet
    sign alone, which would print as an empty bullet)."""
    line = " ".join(nfc(raw).split())
    if not line or _BULLET.sub("", line, count=1).strip(BULLET_SIGNS + " ") == "":
        return None
    for marker, style in _MARKERS:
        if line.startswith(marker):
            return Paragraph(line[len(marker) :].strip(), style)
    return _reading(line)


def parse_paragraphs(text: str) -> Paragraphs:
    return tuple(paragraph for raw in text.splitlines() if (paragraph := read_line(raw)) is not None)


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
