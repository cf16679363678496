"""Report content, computed once and written by every renderer (PDF, XLSX, screen).

A report is an administrative document in the Decree 30/2020/NĐ-CP layout: a two-column header, the
document type and subject, a body of paragraphs and figure tables, then "Nơi nhận:" and the signature
block. Renderers decide how it looks; this module decides what it says, so the same numbers appear in
every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from gender_equality_desk.core.domain.vocabulary import LabelledEnum

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def place_and_date_line(place: str, day: date | None) -> str:
    """ "Cao Lâu, ngày 05 tháng 12 năm 2026" (days 01–09 and months 01–02 take a leading zero, Decree 30).

    With no day, the blanks the leader fills in by hand: "Cao Lâu, ngày     tháng     năm 2026".
    """
    if day is None:
        return f"{place}, ngày     tháng     năm {date.today().year}"
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


@dataclass(frozen=True)
class DocumentHeader:
    issuing_body: str  # "ỦY BAN NHÂN DÂN XÃ CAO LÂU" (upper case, bold)
    number_symbol: str  # "Số:      /BC-UBND"
    place_and_date: str  # see place_and_date_line
    document_type: str  # "BÁO CÁO", "KẾ HOẠCH"
    subject: str  # "Kết quả thực hiện Tháng hành động … năm 2026"
    parent_body: str = ""  # cơ quan chủ quản, above the issuing body (often empty after 2025)


class ParagraphStyle(LabelledEnum):
    BODY = ("body", "Đoạn văn")
    HEADING_1 = ("heading_1", "Đề mục La Mã (I., II.)")  # bold, upper case by the author
    HEADING_2 = ("heading_2", "Đề mục số (1., 2.)")  # bold
    HEADING_3 = ("heading_3", "Đề mục chữ (a), b))")  # bold italic
    BULLET = ("bullet", "Gạch đầu dòng")  # "- …"
    NOTE = ("note", "Ghi chú")  # italic, smaller


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: ParagraphStyle = ParagraphStyle.BODY


class CellKind(LabelledEnum):
    TEXT = ("text", "Chữ")
    INTEGER = ("integer", "Số nguyên")  # 1.500 in Vietnamese notation
    VND = ("vnd", "Số tiền (đồng)")
    PERCENT = ("percent", "Tỷ lệ %")  # stored as a fraction: 0.573 → 57,3%
    DATE = ("date", "Ngày")  # a datetime.date: "05/12/2026" in print, a real date in Excel


@dataclass(frozen=True)
class TableColumn:
    label: str
    kind: CellKind = CellKind.TEXT
    width: float = 1.0  # relative width; renderers scale to the page
    summed: bool = False  # the total row holds the sum of this column (a formula in XLSX)


# None: empty cell; a str in a number column: e.g. "<3" (suppressed); a date in a DATE column
Cell = str | int | float | date | None
# A count nobody recorded (children left blank on every activity) is printed "—", never 0.
NOT_RECORDED = "—"


@dataclass(frozen=True)
class TableRow:
    cells: tuple[Cell, ...]
    level: int = 0  # indentation of the first text cell (indicator sub-rows)
    bold: bool = False  # group rows such as "I. Gia đình"


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[TableColumn, ...]
    rows: tuple[TableRow, ...]
    total_label: str | None = None  # adds a total row "Tổng cộng" summing the `summed` columns
    note: str = ""  # printed under the table, e.g. the small-number suppression rule
    sheet_name: str = ""  # XLSX sheet name (≤ 31 characters); defaults to the title

    def __post_init__(self) -> None:
        width = len(self.columns)
        for row in self.rows:
            if len(row.cells) != width:
                raise ValueError(
                    f"row {row.cells!r} has {len(row.cells)} cells, table {self.title!r} has {width}"
                )

    def totals(self) -> tuple[Cell, ...]:
        """The total row's cells: the label in the first column, sums where `summed`, blanks elsewhere.

        A summed column adds its numbers; "—" (not recorded) cells are left out, and a column recorded
        nowhere totals "—" rather than a made-up 0. Any other text (a suppressed "<3") hides a number the
        table does not know, so no honest total exists: ValueError, never a total that silently left it out.
        """
        cells: list[Cell] = []
        for index, column in enumerate(self.columns):
            if index == 0:
                cells.append(self.total_label or "")
            elif column.summed:
                cells.append(self._column_total(index))
            else:
                cells.append(None)
        return tuple(cells)

    def _column_total(self, index: int) -> Cell:
        values = [row.cells[index] for row in self.rows if not row.bold]
        numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
        texts = {v for v in values if isinstance(v, str)}
        hidden = texts - {NOT_RECORDED}
        if hidden:
            raise ValueError(
                f"column {self.columns[index].label!r} of table {self.title!r} holds {sorted(hidden)!r}: "
                "a total over hidden numbers cannot be stated"
            )
        if not numbers and NOT_RECORDED in texts:
            return NOT_RECORDED
        return sum(numbers)


@dataclass(frozen=True)
class SignatureBlock:
    recipients: tuple[str, ...]  # "- Sở Nội vụ tỉnh Lạng Sơn;" … "- Lưu: VT."
    authority_lines: tuple[str, ...]  # ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    signer_name: str


Block = Paragraph | Table


@dataclass(frozen=True)
class ReportContent:
    header: DocumentHeader
    blocks: tuple[Block, ...]
    signature: SignatureBlock
    file_stem: str  # Vietnamese-safe ASCII, e.g. "BaoCao_ThangHanhDong_2026_XaCaoLau"
    landscape: bool = False  # whole document landscape (e.g. the activity log)
    metadata: dict[str, str] = field(default_factory=dict)  # PDF/XLSX document properties

    def tables(self) -> tuple[Table, ...]:
        return tuple(block for block in self.blocks if isinstance(block, Table))
