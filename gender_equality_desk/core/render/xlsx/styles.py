"""Named cell styles of the workbook, with Vietnamese names the officer sees in Excel's "Cell Styles".

Named styles rather than ad-hoc formatting: a row the officer adds can be given "Biểu - số" in two clicks
and looks like the rest, and each cell carries one style id, which keeps 100,000-row sheets fast to write.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

from gender_equality_desk.core.reports.content import CellKind

FONT_NAME = "Times New Roman"  # Decree 30; LibreOffice substitutes the metric-compatible Tinos/Liberation
TABLE_PT = 12
BODY_PT = 13
TITLE_PT = 13
NOTE_PT = 11

# "#,##0" is stored locale-free: the "," means "this computer's thousands separator". The [$-42A] tag
# (Vietnamese) makes LibreOffice show "1.500.000" and "57,3%" on any computer; Excel takes separators
# from the Windows regional settings whatever the tag says, so it shows "1.500.000" on a PC set to
# Vietnamese and "1,500,000" on one set to English. The cell stays a real number either way (SUM and
# the officer's edits work); writing "1.500.000" as text would fix the look and break the arithmetic.
VIETNAMESE = "[$-42A]"
INTEGER_FORMAT = f"{VIETNAMESE}#,##0"
# Money in đồng: no currency sign (the column header says "(đồng)"), a dash for zero as Vietnamese
# accounting tables print it.
VND_FORMAT = f'{VIETNAMESE}#,##0;-#,##0;"-"'
PERCENT_FORMAT = f"{VIETNAMESE}0.0%"  # stored as a fraction: 0.573 → "57,3%"
DATE_FORMAT = "dd/mm/yyyy"  # a real date (sortable, filterable), shown the Vietnamese way on any PC

_THIN = Side(style="thin", color="000000")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")

# Style names (Vietnamese: they appear in the officer's spreadsheet program).
TITLE = "Biểu - tiêu đề"
ISSUER = "Biểu - cơ quan"
HEADER = "Biểu - tiêu đề cột"
NOTE = "Biểu - ghi chú"
DOC_CENTRED_BOLD = "Văn bản - giữa đậm"
DOC_CENTRED_ITALIC = "Văn bản - giữa nghiêng"
DOC_CENTRED = "Văn bản - giữa"
DOC_TYPE = "Văn bản - loại văn bản"
DOC_SUBJECT = "Văn bản - trích yếu"
DOC_BODY = "Văn bản - đoạn"
DOC_HEADING = "Văn bản - đề mục"
DOC_HEADING_ITALIC = "Văn bản - đề mục nghiêng"
DOC_NOTE = "Văn bản - ghi chú"
DOC_LINK = "Văn bản - liên kết"
DOC_RECIPIENTS_TITLE = "Văn bản - nơi nhận"
DOC_RECIPIENT = "Văn bản - nơi nhận (dòng)"

_CELL_STYLE_NAMES: dict[tuple[CellKind, bool], str] = {
    (CellKind.TEXT, False): "Biểu - chữ",
    (CellKind.TEXT, True): "Biểu - chữ đậm",
    (CellKind.INTEGER, False): "Biểu - số",
    (CellKind.INTEGER, True): "Biểu - số đậm",
    (CellKind.VND, False): "Biểu - tiền",
    (CellKind.VND, True): "Biểu - tiền đậm",
    (CellKind.PERCENT, False): "Biểu - tỷ lệ",
    (CellKind.PERCENT, True): "Biểu - tỷ lệ đậm",
    (CellKind.DATE, False): "Biểu - ngày",
    (CellKind.DATE, True): "Biểu - ngày đậm",
}
_NUMBER_FORMATS = {
    CellKind.INTEGER: INTEGER_FORMAT,
    CellKind.VND: VND_FORMAT,
    CellKind.PERCENT: PERCENT_FORMAT,
    CellKind.DATE: DATE_FORMAT,
}
TEXT_IN_NUMBER_COLUMN = "Biểu - chữ trong cột số"  # "<3" (suppressed small numbers), right-aligned
TEXT_IN_NUMBER_COLUMN_BOLD = "Biểu - chữ trong cột số đậm"  # "—" in the total row: nothing recorded
TOTAL_LABEL = "Biểu - dòng tổng"


def cell_style(kind: CellKind, bold: bool) -> str:
    return _CELL_STYLE_NAMES[(kind, bold)]


def _font(size: int = TABLE_PT, bold: bool = False, italic: bool = False, **extra: object) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, **extra)  # type: ignore[arg-type]


def _table_styles() -> list[NamedStyle]:
    styles = []
    for (kind, bold), name in _CELL_STYLE_NAMES.items():
        text = kind is CellKind.TEXT
        centred = kind is CellKind.DATE
        styles.append(
            NamedStyle(
                name=name,
                font=_font(bold=bold),
                border=GRID,
                alignment=Alignment(
                    horizontal="left" if text else "center" if centred else "right",
                    vertical="center",
                    wrap_text=text,
                    indent=0 if text or centred else 1,
                ),
                number_format=_NUMBER_FORMATS.get(kind, "General"),
            )
        )
    styles += [
        *(
            NamedStyle(
                name=name,
                font=_font(bold=bold),
                border=GRID,
                alignment=Alignment(horizontal="right", vertical="center", indent=1),
            )
            for name, bold in ((TEXT_IN_NUMBER_COLUMN, False), (TEXT_IN_NUMBER_COLUMN_BOLD, True))
        ),
        NamedStyle(
            name=TOTAL_LABEL,
            font=_font(bold=True),
            border=GRID,
            alignment=Alignment(horizontal="center", vertical="center"),
        ),
        NamedStyle(
            name=HEADER,
            font=_font(bold=True),
            border=GRID,
            fill=_HEADER_FILL,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        ),
        NamedStyle(
            name=TITLE,
            font=_font(TITLE_PT, bold=True),
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
        ),
        NamedStyle(name=ISSUER, font=_font(bold=True), alignment=Alignment(horizontal="left")),
        NamedStyle(
            name=NOTE,
            font=_font(NOTE_PT, italic=True),
            alignment=Alignment(horizontal="left", vertical="top", wrap_text=True),
        ),
    ]
    return styles


def _document_styles() -> list[NamedStyle]:
    centred = Alignment(horizontal="center", vertical="top", wrap_text=True)
    justified = Alignment(horizontal="justify", vertical="top", wrap_text=True)
    return [
        NamedStyle(name=DOC_CENTRED_BOLD, font=_font(TABLE_PT, bold=True), alignment=centred),
        NamedStyle(name=DOC_CENTRED_ITALIC, font=_font(BODY_PT, italic=True), alignment=centred),
        NamedStyle(name=DOC_CENTRED, font=_font(BODY_PT), alignment=centred),
        NamedStyle(name=DOC_TYPE, font=_font(14, bold=True), alignment=centred),
        NamedStyle(name=DOC_SUBJECT, font=_font(BODY_PT, bold=True), alignment=centred),
        NamedStyle(name=DOC_BODY, font=_font(BODY_PT), alignment=justified),
        NamedStyle(name=DOC_HEADING, font=_font(BODY_PT, bold=True), alignment=justified),
        NamedStyle(name=DOC_HEADING_ITALIC, font=_font(BODY_PT, bold=True, italic=True), alignment=justified),
        NamedStyle(name=DOC_NOTE, font=_font(NOTE_PT, italic=True), alignment=justified),
        NamedStyle(
            name=DOC_LINK,
            font=_font(BODY_PT, italic=True, underline="single", color="0563C1"),
            alignment=Alignment(horizontal="left", vertical="top", wrap_text=True),
        ),
        NamedStyle(
            name=DOC_RECIPIENTS_TITLE,
            font=_font(TABLE_PT, bold=True, italic=True),
            alignment=Alignment(horizontal="left", vertical="top"),
        ),
        NamedStyle(
            name=DOC_RECIPIENT,
            font=_font(NOTE_PT),
            alignment=Alignment(horizontal="left", vertical="top", wrap_text=True),
        ),
    ]


def register_styles(workbook: Workbook) -> None:
    for style in (*_table_styles(), *_document_styles()):
        workbook.add_named_style(style)
