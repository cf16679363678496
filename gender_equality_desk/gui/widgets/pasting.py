"""A text box that takes what is pasted from Word or a PDF as the paragraphs it was (core.plans.pasted_text):
bullets drawn with any sign become "- " items, Word's numbers stay typed once, lines hard-wrapped by a
PDF are joined, accents are composed. Dropped text is read the same way."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QPlainTextEdit

from gender_equality_desk.core.domain.text import nfc
from gender_equality_desk.core.plans.markup import read_line
from gender_equality_desk.core.plans.pasted_text import html_text, pasted_text
from gender_equality_desk.core.reports.content import ParagraphStyle


def clipboard_text(source: QMimeData) -> str:
    """Word and PDF viewers offer plain text (Word's lists included); some programs only HTML."""
    if source.hasText() and source.text().strip():
        return source.text()
    return html_text(source.html()) if source.hasHtml() else ""


class PastedTextEdit(QPlainTextEdit):
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = clipboard_text(source)
        if not text.strip():
            super().insertFromMimeData(source)
            return
        shown = pasted_text(text)
        first = read_line(shown.split("\n", 1)[0])
        # Paragraphs, a heading or a bullet start on a line of their own, as in Word; a few words (or a
        # sign that reads as nothing on its own, "o") go in where the cursor is, spaces and all.
        own_line = "\n" in shown or (first is not None and first.style is not ParagraphStyle.BODY)
        if not own_line:
            shown = nfc(" ".join(text.splitlines()))
        cursor = self.textCursor()
        cursor.beginEditBlock()  # one Ctrl+Z undoes the whole paste
        cursor.removeSelectedText()
        line = cursor.block().text()
        before, after = line[: cursor.positionInBlock()].strip(), line[cursor.positionInBlock() :].strip()
        if own_line and before:
            shown = "\n" + shown
        if own_line and after:
            shown += "\n"
        cursor.insertText(shown)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
