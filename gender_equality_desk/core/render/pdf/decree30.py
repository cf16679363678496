"""Building blocks of a Decree-30 administrative document, shared by every PDF the app writes.

A report (this package's `render_pdf`) and the annual plan put the same frame around different
sections: `header_block` (issuing body | national title), `title_block` (document type and subject),
the caller's sections, `closing_block` ("Nơi nhận:" | signature), on pages numbered from page 2.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped, unused-ignore]
from reportlab.lib.units import mm  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped, unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    Flowable,
    HRFlowable,
    Spacer,
)
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from gender_equality_desk.core.render.pdf.fonts import REGULAR
from gender_equality_desk.core.render.pdf.styles import PAGE_NUMBER_SIZE, Decree30Styles, PageSetup
from gender_equality_desk.core.reports.content import MOTTO, NATIONAL_TITLE, DocumentHeader, SignatureBlock

RIGHT_COLUMN = 100 * mm  # national title at 12.5 pt bold is 92 mm wide
LEFT_COLUMN_MAX = 85 * mm
RULE = 0.6  # line width of the short rules under the issuing body, the motto and the subject
SIGNATURE_HINT = "(Ký, ghi rõ họ tên, đóng dấu)"
SIGNING_SPACE = 24 * mm  # room for the signature and the seal
# The issuing body goes on two lines, the administrative unit on the second: "ỦY BAN NHÂN DÂN / XÃ CAO LÂU".
_UNIT_BREAK = re.compile(r"\s+(?=(?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)\s)")


def markup(text: str) -> str:
    """Plain text as paragraph markup: XML escaped, runs of spaces kept (the blanks of "Số:      /BC")."""
    return re.sub(r"(?<= ) ", "\u00a0", escape(text))


def column_widths(frame_width: float) -> tuple[float, float, float]:
    """(left, gap, right): the left column, an empty gap on wide pages, the right column."""
    right = min(RIGHT_COLUMN, frame_width * 0.6)
    left = min(frame_width - right, LEFT_COLUMN_MAX)
    return left, frame_width - left - right, right


def _two_columns(left: list[Flowable], right: list[Flowable], frame_width: float) -> PdfTable:
    left_width, gap, right_width = column_widths(frame_width)
    table = PdfTable([[left, "", right]], colWidths=[left_width, gap, right_width], hAlign="LEFT")
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the cells switch to Helvetica (not embedded)
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the short rules; paragraphs fill the column
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def _rule(length: float, space_before: float = 1.5) -> HRFlowable:
    return HRFlowable(
        width=length, thickness=RULE, color=colors.black, spaceBefore=space_before, spaceAfter=2
    )


def _issuing_body_lines(issuing_body: str) -> str:
    return _UNIT_BREAK.sub("\n", issuing_body.strip(), count=1)


def header_block(header: DocumentHeader, styles: Decree30Styles, frame_width: float) -> list[Flowable]:
    """Issuing body and "Số: …" at left; national title, motto and italic place and date at right."""
    body_lines = _issuing_body_lines(header.issuing_body)
    body_style = styles.issuing_body
    widest = max(
        stringWidth(line, body_style.fontName, body_style.fontSize) for line in body_lines.split("\n")
    )
    left: list[Flowable] = []
    if header.parent_body.strip():
        left.append(PdfParagraph(markup(header.parent_body), styles.parent_body))
    left += [
        PdfParagraph(markup(body_lines).replace("\n", "<br/>"), body_style),
        _rule(widest * 0.4),
        PdfParagraph(markup(header.number_symbol), styles.number_symbol),
    ]
    motto = styles.motto
    right: list[Flowable] = [
        PdfParagraph(markup(NATIONAL_TITLE), styles.national_title),
        PdfParagraph(markup(MOTTO), motto),
        _rule(stringWidth(MOTTO, motto.fontName, motto.fontSize), space_before=0.5),
        PdfParagraph(markup(header.place_and_date), styles.place_and_date),
    ]
    return [_two_columns(left, right, frame_width)]


def title_block(
    document_type: str, subject: str, styles: Decree30Styles, frame_width: float
) -> list[Flowable]:
    """Centred bold "BÁO CÁO" and subject, a short rule under the subject (1/3 of its line)."""
    style = styles.subject
    line = min(stringWidth(subject, style.fontName, style.fontSize), frame_width)
    return [
        PdfParagraph(markup(document_type.upper()), styles.document_type),
        PdfParagraph(markup(subject), style),
        _rule(max(line / 3, 30 * mm), space_before=2),
        Spacer(1, 4 * mm),
    ]


def closing_block(signature: SignatureBlock, styles: Decree30Styles, frame_width: float) -> list[Flowable]:
    """ "Nơi nhận:" and its list at left, the signing authority, hint, space and signer at right."""
    left: list[Flowable] = [PdfParagraph("Nơi nhận:", styles.recipients_heading)]
    left += [PdfParagraph(markup(line), styles.recipients) for line in signature.recipients]
    authority = "<br/>".join(markup(line) for line in signature.authority_lines)
    right: list[Flowable] = [
        PdfParagraph(authority, styles.authority),
        PdfParagraph(SIGNATURE_HINT, styles.signature_hint),
        Spacer(1, SIGNING_SPACE),
        PdfParagraph(markup(signature.signer_name), styles.signer),
    ]
    return [Spacer(1, 5 * mm), _two_columns(left, right, frame_width)]


def page_number_painter(setup: PageSetup) -> Callable[[Canvas, object], None]:
    """A later-pages callback: the page number centred in the top margin (never on page 1)."""

    def paint(canvas: Canvas, document: object) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, PAGE_NUMBER_SIZE)
        x = setup.left + setup.frame_width / 2
        y = setup.size[1] - setup.top / 2 - PAGE_NUMBER_SIZE / 3
        canvas.drawCentredString(x, y, str(canvas.getPageNumber()))
        canvas.restoreState()

    return paint
