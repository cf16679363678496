"""Text pasted into a plan's text box from Word or a PDF, read as the paragraphs it was.

What the clipboard holds as plain text:
- Word: one paragraph a line. A list item starts with the bullet or number Word drew, then a tab:
  "·\\tTuyên truyền …" (the Symbol-font bullet), "o\\t…" (Courier New, second level), "§\\t…" (Wingdings,
  third level), "\\uf0b7\\t…" (the Symbol bullet as some programs pass it on), "1.\\tMục đích",
  "a)\\t…", "II.\\tNỘI DUNG". Once pasted, numbers Word drew are plain typed text.
- A PDF viewer: one printed line a line, so paragraphs arrive hard-wrapped; a bullet or a number may
  stand alone on its line; a page break leaves blank lines in the middle of a sentence; accents may
  arrive decomposed.
- Where only HTML is offered, `html_text` takes its paragraphs out first.

The result is the editor's own structure (core/plans/markup): bullets become "- …" items whatever sign
they were drawn with, typed numbers are read as headings ("I." first level, "1." second, "a)" third) or
stay at the head of a numbered paragraph; a lone sign never becomes an empty bullet. Lines are joined
into one paragraph when the line before does not end a sentence and the next starts in lower case (or,
in text hard-wrapped by a PDF, when the line before runs to the full width or ends with a comma);
every other line break is a real paragraph break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from gender_equality_desk.core.domain.text import nfc
from gender_equality_desk.core.plans import markup
from gender_equality_desk.core.plans.model import Paragraphs
from gender_equality_desk.core.reports.content import Paragraph, ParagraphStyle

# Signs drawn as bullets by Word (Symbol, Wingdings, Courier New), PDF text layers and officers.
BULLETS = "-+•–—·*▪■□●○◦►▸➢➤✓✔❖\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc"
# Bullets that are also letters or signs in running text: a bullet only before a tab (Word) or before a
# capital (a PDF), or alone on a line.
AMBIGUOUS_BULLETS = "o§Øüv"
_NOT_GLUED = "*+"  # "*Lưu ý", "+5": a sign glued to a word is a bullet ("-Tuyên", "•Treo") except these
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SENTENCE_END = ".!?…"
_CLOSING = "”’\"')]»"
FULL_LINE = 0.8  # of the widest line: a line this long in hard-wrapped text ran on
MIN_WRAP_WIDTH = 50  # characters: narrower lines are a list, not a wrapped paragraph
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


@dataclass
class _Line:
    text: str  # single spaces, no bullet sign
    bullet: bool
    width: int  # length of the physical line it ends with

    @property
    def marker_only(self) -> bool:
        return (self.bullet and not self.text) or (not self.bullet and _is_number_only(self.text))


def _is_number_only(text: str) -> bool:
    return " " not in text and markup.is_numbered(text + " ")


def _split_bullet(line: str) -> tuple[bool, str]:
    """(is a bullet item, the line without its sign). `line` is stripped on the left, tabs kept."""
    first, rest = line[:1], line[1:]
    if not first:
        return False, line
    if first in BULLETS and (not rest or rest[0].isspace()):
        return True, rest
    if first not in _NOT_GLUED and first in BULLETS and rest[:1].isalpha():
        return True, rest
    if first in AMBIGUOUS_BULLETS:
        after = rest.lstrip()
        if not rest or rest[0] == "\t" or (rest[0].isspace() and after[:1].isupper()):
            return True, rest
    return False, line


def _lines(text: str) -> list[_Line]:
    # Blank lines carry no meaning of their own: a PDF leaves them at page breaks, mid-sentence.
    lines: list[_Line] = []
    for raw in nfc(text).translate(_INVISIBLE).splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        bullet, rest = _split_bullet(stripped)
        words = " ".join(rest.split())
        lines.append(_Line(words, bullet, len(" ".join(stripped.split()))))
    return lines


def _attach_lone_markers(lines: list[_Line]) -> list[_Line]:
    """A bullet or number alone on its line (PDF copies) belongs to the next line."""
    merged: list[_Line] = []
    pending: _Line | None = None
    for line in lines:
        if pending is not None:
            if pending.bullet and not line.bullet and not markup.is_numbered(line.text):
                line = _Line(line.text, True, line.width)
            elif not pending.bullet and not line.bullet:
                line = _Line(f"{pending.text} {line.text}", False, line.width)
            elif not pending.bullet:  # a number before a bullet line: keep the number, as typed
                merged.append(pending)
            # else: an empty bullet before a list item of its own (Word's empty list line): dropped
            pending = None
        if line.marker_only:
            pending = line
        else:
            merged.append(line)
    return merged  # a marker alone at the very end carries nothing: dropped


def _ends_sentence(text: str) -> bool:
    last = text.rstrip(_CLOSING)[-1:]
    return last != "" and last in _SENTENCE_END


def _hard_wrapped(lines: list[_Line]) -> int | None:
    """The wrap width when the text looks hard-wrapped (several lines near one width), else None."""
    widths = [line.width for line in lines]
    if len(widths) < 3:
        return None
    widest = max(widths)
    full = sum(width >= FULL_LINE * widest for width in widths)
    return widest if widest >= MIN_WRAP_WIDTH and full >= max(2, len(widths) // 3) else None


def _continues(previous: _Line, line: _Line, wrap_width: int | None) -> bool:
    if line.bullet or markup.is_numbered(line.text) or _ends_sentence(previous.text):
        return False
    if line.text[:1].islower():
        return True
    if wrap_width is None:
        return False
    return previous.text.endswith(",") or previous.width >= FULL_LINE * wrap_width


def _joined(lines: list[_Line]) -> list[_Line]:
    wrap_width = _hard_wrapped(lines)
    # A page number alone between the halves of a wrapped paragraph is the PDF's, not the plan's.
    if wrap_width is not None:
        lines = [line for line in lines if line.bullet or not _PAGE_NUMBER.match(line.text)]
    paragraphs: list[_Line] = []
    for line in lines:
        if paragraphs and _continues(paragraphs[-1], line, wrap_width):
            last = paragraphs[-1]
            paragraphs[-1] = _Line(f"{last.text} {line.text}", last.bullet, line.width)
        else:
            paragraphs.append(line)
    return paragraphs


def pasted_paragraphs(text: str) -> Paragraphs:
    """The paragraphs of pasted plain text (see the module docstring)."""
    paragraphs: list[Paragraph] = []
    for line in _joined(_attach_lone_markers(_lines(text))):
        if line.bullet:
            if line.text:
                paragraphs.append(Paragraph(line.text, ParagraphStyle.BULLET))
        elif (paragraph := markup.read_line(line.text)) is not None:
            paragraphs.append(paragraph)
    return tuple(paragraphs)


def pasted_text(text: str) -> str:
    """What the text box shows for pasted text: its paragraphs in the box's own notation."""
    return markup.format_paragraphs(pasted_paragraphs(text))


class _HtmlParagraphs(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "blockquote", "dt",
                         "dd", "table", "ul", "ol", "section", "article", "pre"})  # fmt: skip
    _HIDDEN = frozenset({"style", "script", "head", "title", "xml", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._words: list[str] = []
        self._hidden = 0
        self._lists: list[list[int]] = []  # per open list: [number of the next item] or [] for bullets

    def end_line(self) -> None:
        line = " ".join("".join(self._words).split())
        if line:
            self.lines.append(line)
        self._words = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.end_line()
        if tag in ("ul", "ol"):
            self._lists.append([1] if tag == "ol" else [])
        elif tag == "li" and self._lists:
            # A browser's list draws its own bullets and numbers: put them into the text.
            current = self._lists[-1]
            if current:
                self._words.append(f"{current[0]}. ")
                current[0] += 1
            else:
                self._words.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._words.append(" ")  # the cells of a table row, side by side on its line
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.end_line()
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._words.append(data)


def html_text(html: str) -> str:
    """The paragraphs of an HTML clipboard (Word, LibreOffice, a browser) as lines of plain text."""
    parser = _HtmlParagraphs()
    parser.feed(html)
    parser.close()
    parser.end_line()
    return "\n".join(parser.lines)
