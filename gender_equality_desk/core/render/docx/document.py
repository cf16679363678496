"""A `ReportContent` as a Word document: A4, Decree-30 margins, the two-column header, numbered pages
from page 2, headings, bullets, figure tables, "Nơi nhận:" and the signature table."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.fileio import write_with
from gender_equality_desk.core.render.docx.styles import (
    BODY_LINE,
    BODY_SIZE,
    CENTRE,
    FIRST_LINE_INDENT,
    JUSTIFY,
    LEFT_COLUMN_MM,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_COLUMN_MM,
    Look,
    add_text,
    short_rule,
    space,
)
from gender_equality_desk.core.render.docx.tables import add_figure_table, column_table
from gender_equality_desk.core.render.pdf.decree30 import SIGNATURE_HINT
from gender_equality_desk.core.reports.content import (
    MOTTO,
    NATIONAL_TITLE,
    DocumentHeader,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    SignatureBlock,
)

_LOOKS = {
    ParagraphStyle.BODY: Look(BODY_SIZE),
    ParagraphStyle.HEADING_1: Look(BODY_SIZE, bold=True),
    ParagraphStyle.HEADING_2: Look(BODY_SIZE, bold=True),
    ParagraphStyle.HEADING_3: Look(BODY_SIZE, bold=True, italic=True),
    ParagraphStyle.BULLET: Look(BODY_SIZE),
    ParagraphStyle.NOTE: Look(12, italic=True),
}


def _cell_paragraph(cell: _Cell, text: str, look: Look, *, first: bool = False) -> DocxParagraph:
    paragraph: DocxParagraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.alignment = CENTRE
    add_text(paragraph, text, look)
    space(paragraph)
    return paragraph


def _header(document: DocxDocument, header: DocumentHeader) -> None:
    left, right = column_table(document, (LEFT_COLUMN_MM, RIGHT_COLUMN_MM))
    first = True
    if header.parent_body.strip():
        _cell_paragraph(left, header.parent_body, Look(13), first=True)
        first = False
    body = header.issuing_body.strip()
    for unit in ("XÃ ", "PHƯỜNG ", "THỊ TRẤN ", "HUYỆN ", "TỈNH ", "THÀNH PHỐ "):
        at = body.find(" " + unit)
        if at > 0:
            body = body[:at] + "\n" + body[at + 1 :]
            break
    _cell_paragraph(left, body, Look(13, bold=True), first=first)
    widest = max(len(line) for line in body.split("\n"))
    short_rule(left.add_paragraph(), LEFT_COLUMN_MM, min(widest * 2.6 * 0.4, LEFT_COLUMN_MM))
    _cell_paragraph(left, header.number_symbol, Look(13))

    _cell_paragraph(right, NATIONAL_TITLE, Look(12.5, bold=True), first=True)
    _cell_paragraph(right, MOTTO, Look(13.5, bold=True))
    short_rule(right.add_paragraph(), RIGHT_COLUMN_MM, 62)
    date_line = _cell_paragraph(right, header.place_and_date, Look(14, italic=True))
    space(date_line, before=4)


def _title(document: DocxDocument, header: DocumentHeader) -> None:
    kind = document.add_paragraph()
    kind.alignment = CENTRE
    add_text(kind, header.document_type.upper(), Look(14, bold=True))
    space(kind, before=18)
    kind.paragraph_format.keep_with_next = True
    subject = document.add_paragraph()
    subject.alignment = CENTRE
    add_text(subject, header.subject, Look(14, bold=True))
    space(subject)
    subject.paragraph_format.keep_with_next = True
    short_rule(document.add_paragraph(), 165, 45)


def add_body_paragraph(document: DocxDocument, block: Paragraph) -> DocxParagraph:
    paragraph = document.add_paragraph()
    paragraph.alignment = JUSTIFY
    text = block.text
    if block.style is ParagraphStyle.BULLET and not text.startswith("- "):
        text = f"- {text}"
    add_text(paragraph, text, _LOOKS[block.style])
    heading = block.style in (ParagraphStyle.HEADING_1, ParagraphStyle.HEADING_2, ParagraphStyle.HEADING_3)
    space(paragraph, before=6 if heading else 3, after=3, line=BODY_LINE)
    paragraph.paragraph_format.first_line_indent = FIRST_LINE_INDENT
    paragraph.paragraph_format.keep_with_next = heading
    return paragraph


def _closing(document: DocxDocument, signature: SignatureBlock) -> None:
    space(document.add_paragraph(), after=0)
    left, right = column_table(document, (LEFT_COLUMN_MM, RIGHT_COLUMN_MM))
    heading = left.paragraphs[0]
    add_text(heading, "Nơi nhận:", Look(12, bold=True, italic=True))
    space(heading)
    for line in signature.recipients:
        paragraph = left.add_paragraph()
        add_text(paragraph, line, Look(11))
        space(paragraph)
    _cell_paragraph(right, "\n".join(signature.authority_lines), Look(13.5, bold=True), first=True)
    _cell_paragraph(right, SIGNATURE_HINT, Look(13, italic=True))
    gap = right.add_paragraph()
    space(gap, before=0, after=0, line=Mm(24))
    _cell_paragraph(right, signature.signer_name, Look(14, bold=True))


def _page_numbers(document: DocxDocument) -> None:
    """Decree 30: pages numbered from page 2, centred in the top margin."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTRE
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = paragraph.add_run("")
    add_text(paragraph, "", Look(13))
    field.append(run._element)
    paragraph._p.append(field)


def build_document(content: ReportContent) -> DocxDocument:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    if content.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = PAGE_HEIGHT, PAGE_WIDTH
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance = Mm(8)
    properties = document.core_properties
    properties.title = content.metadata.get("title", content.header.subject)
    properties.subject = content.metadata.get("subject", content.header.document_type.capitalize())
    properties.author = content.metadata.get("author", "")
    properties.language = "vi-VN"

    _header(document, content.header)
    _title(document, content.header)
    for block in content.blocks:
        if isinstance(block, Paragraph):
            add_body_paragraph(document, block)
        else:
            add_figure_table(document, block)
    _closing(document, content.signature)
    _page_numbers(document)
    # python-docx starts with one empty paragraph before our header table: drop it.
    first = document.paragraphs[0]
    if not first.text and first._p.getprevious() is None:
        first._p.getparent().remove(first._p)
    return document


def render_docx(content: ReportContent, target: Path) -> Path:
    """Write `content` as a .docx at `target`, atomically (a failure leaves an earlier file intact)."""
    document = build_document(content)
    try:
        write_with(target, lambda tmp: document.save(str(tmp)))
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserFacingError(
            f"Không ghi được tệp Word “{target}” ({reason}). Vui lòng kiểm tra thư mục còn chỗ trống, "
            "tệp không đang mở trong Word, rồi thử lại."
        ) from error
    return target


__all__ = ["WD_TABLE_ALIGNMENT", "build_document", "render_docx"]
