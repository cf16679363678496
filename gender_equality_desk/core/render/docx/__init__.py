"""Word (.docx) writer in the Decree 30/2020/NĐ-CP layout (python-docx), for documents the leader edits,
stamps and signs in Word: the same `ReportContent` as the PDF writer."""

from gender_equality_desk.core.render.docx.document import render_docx

__all__ = ["render_docx"]
