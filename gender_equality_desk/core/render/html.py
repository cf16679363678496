"""The on-screen writer: a report as HTML for the Báo cáo page's preview and for printing.

Only the subset of HTML 4 and CSS that Qt's rich-text engine (QTextDocument) understands is used, so the
preview, the printout and the PDF show the same words and numbers in the same order: the Decree 30
two-column header as a borderless table, the document type and subject centred, paragraphs with their
heading styles, figure tables with a total row, then "Nơi nhận:" beside the signature block.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from gender_equality_desk.core.reports.content import (
    MOTTO,
    NATIONAL_TITLE,
    Cell,
    CellKind,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    Table,
)
from gender_equality_desk.core.reports.formatting import format_cell

FONT_FAMILY = "'Tinos', 'Times New Roman', 'Liberation Serif', serif"
BODY_PT = 13
SMALL_PT = 11

_PARAGRAPH_STYLES: dict[ParagraphStyle, str] = {
    # 38px: 1 cm at 96 px per inch; Qt's rich text ignores cm, mm and pt here (print scales it: printing.py).
    ParagraphStyle.BODY: "text-indent: 38px; text-align: justify;",
    ParagraphStyle.HEADING_1: "font-weight: bold; text-indent: 38px;",
    ParagraphStyle.HEADING_2: "font-weight: bold; text-indent: 38px;",
    ParagraphStyle.HEADING_3: "font-weight: bold; font-style: italic; text-indent: 38px;",
    ParagraphStyle.BULLET: "text-indent: 38px; text-align: justify;",
    ParagraphStyle.NOTE: f"font-style: italic; font-size: {SMALL_PT}pt;",
}
_HEADINGS = (ParagraphStyle.HEADING_1, ParagraphStyle.HEADING_2, ParagraphStyle.HEADING_3)


def render_html(content: ReportContent) -> str:
    """The whole report as one HTML document."""
    parts = [
        # Qt breaks "05/12/2026" after each slash and "1.500.000" after each dot in a narrow column:
        # figures and dates (class "n") keep one line; a class keeps a 100,000-row log's HTML short.
        "<html><head><meta charset='utf-8'><style>td.n { white-space: nowrap; }</style></head>",
        f'<body style="font-family: {FONT_FAMILY}; font-size: {BODY_PT}pt;">',
        _header(content),
        *(_block(block) for block in content.blocks),
        _signature(content),
        "</body></html>",
    ]
    return "\n".join(parts)


def _header(content: ReportContent) -> str:
    header = content.header
    left = []
    if header.parent_body:
        left.append(f"<div>{escape(header.parent_body.upper())}</div>")
    left.append(f"<div><b>{escape(header.issuing_body.upper())}</b></div>")
    left.append("<div>———</div>")
    left.append(f"<div>{escape(header.number_symbol)}</div>")
    right = [
        f"<div><b>{escape(NATIONAL_TITLE)}</b></div>",
        f"<div><b>{escape(MOTTO)}</b></div>",
        "<div>———————</div>",
        f"<div><i>{escape(header.place_and_date)}</i></div>",
    ]
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='border: none;'><tr>"
        f"<td width='38%' align='center' valign='top'>{''.join(left)}</td>"
        f"<td width='62%' align='center' valign='top'>{''.join(right)}</td>"
        "</tr></table>"
        f"<p align='center' style='margin-top: 18px;'><b>{escape(header.document_type.upper())}</b><br/>"
        f"<b>{escape(header.subject)}</b></p>"
    )


def _block(block: Paragraph | Table) -> str:
    if isinstance(block, Table):
        return _table(block)
    text = escape(block.text)
    if block.style is ParagraphStyle.BULLET and not text.startswith("-"):
        text = f"- {text}"
    # Headings are <h4>, the level Qt sets no bigger type for: printing keeps them with what follows.
    tag = "h4" if block.style in _HEADINGS else "p"
    return f'<{tag} style="{_PARAGRAPH_STYLES[block.style]} margin: 3px 0;">{text}</{tag}>'


def _table(table: Table) -> str:
    columns = table.columns
    total = sum(column.width for column in columns) or 1.0
    head = "".join(
        f"<th width='{round(100 * column.width / total)}%' bgcolor='#eeeeee'>{escape(column.label)}</th>"
        for column in columns
    )
    body = "".join(_row(table, row.cells, bold=row.bold, level=row.level) for row in table.rows)
    if table.total_label is not None:
        body += _total_row(table)
    note = (
        f"<p style='font-style: italic; font-size: {SMALL_PT}pt;'>{escape(table.note)}</p>"
        if table.note
        else ""
    )
    return (
        f"<p align='center' style='margin-top: 8px;'><b>{escape(table.title)}</b></p>"
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        f"style='border-collapse: collapse; border-color: #000; font-size: {SMALL_PT}pt;'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{note}"
    )


def _row(table: Table, cells: tuple[Cell, ...], *, bold: bool, level: int) -> str:
    return "<tr>" + "".join(_cells(table, cells, bold=bold, level=level)) + "</tr>"


def _total_row(table: Table) -> str:
    """The total label spans the empty cells after it, as in the PDF and XLSX: alone in a narrow first
    column (the log's STT) it broke as "Tổn g cộng"."""
    totals = table.totals()
    span = next((index for index, value in enumerate(totals) if index and value is not None), len(totals))
    label = f"<td colspan='{span}' align='center' valign='top'><b>{escape(table.total_label or '')}</b></td>"
    return "<tr>" + label + "".join(list(_cells(table, totals, bold=True, level=0))[span:]) + "</tr>"


def _cells(table: Table, cells: tuple[Cell, ...], *, bold: bool, level: int) -> Iterator[str]:
    for index, (column, value) in enumerate(zip(table.columns, cells, strict=True)):
        text = escape(format_cell(value, column.kind))
        if index == 0 and level:
            text = "&nbsp;" * (4 * level) + text
        if bold:
            text = f"<b>{text}</b>"
        if column.kind is CellKind.TEXT:
            yield f"<td align='left' valign='top'>{text}</td>"
        else:
            align = "center" if column.kind is CellKind.DATE else "right"
            yield f"<td class='n' align='{align}' valign='top'>{text}</td>"


def _signature(content: ReportContent) -> str:
    signature = content.signature
    recipients = "".join(f"<div>{escape(line)}</div>" for line in signature.recipients)
    authority = "".join(f"<div><b>{escape(line.upper())}</b></div>" for line in signature.authority_lines)
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top: 16px; border: none;'><tr>"
        f"<td width='50%' valign='top' style='font-size: {SMALL_PT}pt;'>"
        f"<div><b><i>Nơi nhận:</i></b></div>{recipients}</td>"
        f"<td width='50%' align='center' valign='top'>{authority}"
        "<div><i>(Ký, ghi rõ họ tên, đóng dấu)</i></div><br/><br/><br/><br/>"
        f"<div><b>{escape(signature.signer_name)}</b></div></td>"
        "</tr></table>"
    )
