"""A whole Decree-30 document written to disk: the frame around the sections, pages numbered from 2."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import (  # type: ignore[import-untyped, unused-ignore]
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
)
from reportlab.platypus import Paragraph as PdfParagraph

from gender_equality_desk.core import disk_space
from gender_equality_desk.core.fileio import write_with
from gender_equality_desk.core.render.pdf.body import body_flowables, is_heading, paragraph
from gender_equality_desk.core.render.pdf.decree30 import (
    closing_block,
    header_block,
    page_number_painter,
    title_block,
)
from gender_equality_desk.core.render.pdf.fonts import REGULAR
from gender_equality_desk.core.render.pdf.styles import BODY_SIZE, PageSetup, decree30_styles
from gender_equality_desk.core.reports.content import Block, Paragraph, ReportContent


def build_pdf(path: Path, story: list[Flowable], setup: PageSetup, metadata: Mapping[str, str]) -> None:
    """Lay out `story` on A4 pages with the Decree-30 margins and write the PDF to `path`."""
    with path.open("wb") as handle:  # ours to close: reportlab leaves its own file open when a write fails
        _build(handle, story, setup, metadata)


def _build(handle: BinaryIO, story: list[Flowable], setup: PageSetup, metadata: Mapping[str, str]) -> None:
    document = SimpleDocTemplate(
        handle,
        pagesize=setup.size,
        leftMargin=setup.left,
        rightMargin=setup.right,
        topMargin=setup.top,
        bottomMargin=setup.bottom,
        title=metadata.get("title", ""),
        author=metadata.get("author", ""),
        subject=metadata.get("subject", ""),
        creator="Gender Equality Desk",
        lang="vi-VN",
        initialFontName=REGULAR,  # the canvas starts in Tinos, never in the non-embedded Helvetica
        initialFontSize=BODY_SIZE,
    )
    document.build(story, onFirstPage=_no_page_number, onLaterPages=page_number_painter(setup))


def _no_page_number(canvas: object, document: object) -> None:
    """Decree 30: the first page carries no number."""


def closing_start(blocks: tuple[Block, ...]) -> int:
    """Where the blocks that go with the signature begin: the closing sentence ("Trên đây là báo cáo
    …/.") and the headings right above it; len(blocks) when the body ends with a table."""
    if not blocks or not isinstance(blocks[-1], Paragraph):
        return len(blocks)
    start = len(blocks) - 1
    while start and is_heading(blocks[start - 1]):
        start -= 1
    return start


def report_story(content: ReportContent, setup: PageSetup) -> list[Flowable]:
    styles = decree30_styles(landscape_page=setup.landscape)
    width = setup.frame_width
    header = content.header
    split = closing_start(content.blocks)
    body = body_flowables(content.blocks[:split], styles, width)
    last: list[Flowable] = [
        paragraph(block, styles) for block in content.blocks[split:] if isinstance(block, Paragraph)
    ]
    if not last and body and isinstance(body[-1], PdfParagraph):
        last = [body.pop()]  # the note under a last table
    # Never a page that holds only "Nơi nhận:" and the signature.
    closing: list[Flowable] = closing_block(content.signature, styles, width)
    if last:
        closing = [KeepTogether([*last, *closing])]
    return [
        *header_block(header, styles, width),
        *title_block(header.document_type, header.subject, styles, width),
        *body,
        *closing,
    ]


def write_pdf(target: Path, story: list[Flowable], setup: PageSetup, metadata: Mapping[str, str]) -> Path:
    """Write atomically (temp file, fsync, rename): a failure leaves any earlier file at `target` intact."""
    try:
        write_with(target, lambda tmp: build_pdf(tmp, story, setup, metadata))
    except OSError as error:  # a full or read-only disk: said in Vietnamese, with the room left
        raise disk_space.explain(error, target.parent, f"tệp PDF “{target.name}”") from error
    return target


def render_pdf(content: ReportContent, target: Path) -> Path:
    """Write `content` as a Decree-30 PDF at `target` (A4, landscape when the content asks) and return it."""
    setup = PageSetup(landscape=content.landscape)
    metadata = {"title": content.header.subject, "subject": content.header.document_type.capitalize()}
    metadata.update(content.metadata)
    return write_pdf(target, report_story(content, setup), setup, metadata)
