"""PDF writer in the Decree 30/2020/NĐ-CP layout (reportlab, bundled Tinos font embedded).

`render_pdf` writes a report; other documents (the annual plan) compose the same building blocks from
`decree30` (header, title, closing, page numbers) around their own sections and call `document.write_pdf`.
"""

from gender_equality_desk.core.render.pdf.document import render_pdf, report_story, write_pdf

__all__ = ["render_pdf", "report_story", "write_pdf"]
