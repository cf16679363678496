"""The six-month and annual gender-equality report, and the domestic-violence statistics table.

Both are built from indicator rows kept as data (core/reports/indicators.py), so the province's own form
is matched by editing rows in Cài đặt rather than code. Counts go to the receiving authority exact; in a
report the officer marks for publication, counts of victims' cases from 1 to 2 print "<3"
(core/reports/suppression.py). Each report says which of the two it is, and cites its form when the officer
filled one in (core/reports/report_forms.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy.orm import Session

from gender_equality_desk.core.domain import validation
from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import ProfileInput, load_profile
from gender_equality_desk.core.reports.content import (
    NOT_RECORDED,
    Block,
    Cell,
    CellKind,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.figures import Period
from gender_equality_desk.core.reports.formatting import by_sex
from gender_equality_desk.core.reports.indicators import (
    Figure,
    FigureProvider,
    IndicatorRow,
    figure_values,
    list_indicators,
    record_figures,
    row_figures,
)
from gender_equality_desk.core.reports.letterhead import document_header, signature_block
from gender_equality_desk.core.reports.naming import ascii_file_stem, commune_in_sentence
from gender_equality_desk.core.reports.report_forms import form_line, load_report_form
from gender_equality_desk.core.reports.suppression import audience_line, file_marks, shown_count

GENDER_EQUALITY = "gender-equality"
DV_STATISTICS = "dv-statistics"

H1 = ParagraphStyle.HEADING_1
NOTE = ParagraphStyle.NOTE

INDICATOR_COLUMNS = (
    TableColumn("TT", width=0.5),
    TableColumn("Chỉ tiêu", width=4.3),
    TableColumn("Đơn vị tính", width=1.0),
    TableColumn("Kết quả", CellKind.INTEGER, width=1.45),
    TableColumn("Ghi chú", width=1.5),
)


def _months_from_new_year(start: date, end: date) -> int | None:
    """6 for the first half of a year, 12 for a whole year, None for any other period."""
    if start != date(start.year, 1, 1):
        return None
    return {date(start.year, 6, 30): 6, date(start.year, 12, 31): 12}.get(end)


def period_phrase(start: date, end: date) -> str:
    """ "6 tháng đầu năm 2026", "năm 2026", or "từ ngày 01/03/2026 đến ngày 31/08/2026"."""
    months = _months_from_new_year(start, end)
    if months == 6:
        return f"6 tháng đầu năm {start.year}"
    if months == 12:
        return f"năm {start.year}"
    return f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"


def _profile(session: Session) -> ProfileInput:
    profile = load_profile(session)
    if profile is None:
        raise UserFacingError(
            "Chưa có thông tin xã. Vui lòng nhập thông tin xã trong Cài đặt trước khi lập báo cáo."
        )
    return profile


def _check_period(start: date, end: date) -> None:
    wrong_order = validation.date_order(start, end)
    if wrong_order:
        raise UserFacingError(wrong_order)


def indicator_table(
    title: str,
    rows: Sequence[IndicatorRow],
    values: dict[str, Figure],
    *,
    for_publication: bool = False,
    sheet_name: str = "",
    note: str = "",
) -> Table:
    """The rows with their figures; a row whose figure the app cannot compute stays blank to fill in.
    Case counts from 1 to 2 print "<3" only `for_publication`."""
    body = []
    for row, figure in zip(rows, row_figures(rows, values), strict=True):
        cell: Cell = None
        if figure.computed:
            cell = NOT_RECORDED if figure.value is None else figure.value
            if figure.counts_cases and figure.value is not None:
                cell = shown_count(figure.value, for_publication)
        body.append(
            TableRow((row.number, row.label, row.unit, cell, row.note), level=row.level, bold=row.is_group)
        )
    return Table(title=title, columns=INDICATOR_COLUMNS, rows=tuple(body), note=note, sheet_name=sheet_name)


def heading_notes(session: Session, report_kind: str, for_publication: bool) -> tuple[Paragraph, ...]:
    """Under the subject: the form the report follows (when the officer named one) and whether its counts
    are exact for the receiving authority or prepared for publication."""
    cited = form_line(load_report_form(session, report_kind))
    lines = (cited, audience_line(for_publication)) if cited else (audience_line(for_publication),)
    return tuple(Paragraph(line, NOTE) for line in lines)


def gender_equality_report(
    session: Session,
    start: date,
    end: date,
    *,
    day: date | None = None,
    providers: Sequence[FigureProvider] = (record_figures,),
    for_publication: bool = False,
) -> ReportContent:
    _check_period(start, end)
    profile = _profile(session)
    phrase = period_phrase(start, end)
    values = figure_values(session, Period(start, end), providers)
    rows = list_indicators(session, GENDER_EQUALITY)
    table = indicator_table(
        f"Biểu chỉ tiêu kết quả công tác bình đẳng giới {phrase}",
        rows,
        values,
        for_publication=for_publication,
        sheet_name="Chỉ tiêu",
    )
    subject = f"Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ {phrase}"
    blocks: tuple[Block, ...] = (
        *heading_notes(session, GENDER_EQUALITY, for_publication),
        Paragraph(
            f"Thực hiện kế hoạch công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm {start.year}, "
            f"Ủy ban nhân dân {commune_in_sentence(profile.commune_name, profile.issuing_body)} báo cáo "
            f"kết quả thực hiện {phrase} như sau:"
        ),
        Paragraph("I. KẾT QUẢ THỰC HIỆN", H1),
        Paragraph(results_sentence(values)),
        table,
        Paragraph("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", H1),
        Paragraph("(Cán bộ bổ sung nội dung trước khi trình ký.)", ParagraphStyle.NOTE),
        Paragraph("III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI VÀ ĐỀ XUẤT, KIẾN NGHỊ", H1),
        Paragraph("(Cán bộ bổ sung nội dung trước khi trình ký.)", ParagraphStyle.NOTE),
    )
    return ReportContent(
        header=document_header(profile, document_type="Báo cáo", symbol="BC-UBND", subject=subject, day=day),
        blocks=blocks,
        signature=signature_block(profile, (profile.receiving_authority, "TT Đảng ủy, HĐND xã")),
        file_stem=_file_stem(("BaoCao", "BinhDangGioi"), start, end, profile.commune_name, for_publication),
        metadata={"title": subject, "author": profile.issuing_body},
    )


# Under the DV table: a case with several forms is counted under each, so the form rows may add up to more.
SEVERAL_FORMS_NOTE = (
    "Một vụ có thể có nhiều hình thức bạo lực nên được tính ở từng hình thức; tổng các dòng theo hình thức "
    "có thể lớn hơn số vụ."
)


def dv_statistics_report(
    session: Session,
    start: date,
    end: date,
    *,
    day: date | None = None,
    providers: Sequence[FigureProvider] = (record_figures,),
    for_publication: bool = False,
) -> ReportContent:
    _check_period(start, end)
    profile = _profile(session)
    phrase = period_phrase(start, end)
    values = figure_values(session, Period(start, end), providers)
    table = indicator_table(
        f"Thống kê về phòng, chống bạo lực gia đình {phrase}",
        list_indicators(session, DV_STATISTICS),
        values,
        for_publication=for_publication,
        sheet_name="Bạo lực gia đình",
        note=(f"{SEVERAL_FORMS_NOTE} Số liệu không có thông tin nhận diện. {audience_line(for_publication)}"),
    )
    subject = f"Số liệu thống kê về phòng, chống bạo lực gia đình {phrase}"
    return ReportContent(
        header=document_header(profile, document_type="Báo cáo", symbol="BC-UBND", subject=subject, day=day),
        blocks=(*heading_notes(session, DV_STATISTICS, for_publication), table),
        signature=signature_block(profile, (profile.receiving_authority,)),
        file_stem=_file_stem(("ThongKe", "BaoLucGiaDinh"), start, end, profile.commune_name, for_publication),
        metadata={"title": subject, "author": profile.issuing_body},
    )


def results_sentence(values: Mapping[str, Figure]) -> str:
    """The period in one sentence, from the same figures as the table: nữ + nam + chưa rõ giới tính add up
    to the participants, and nothing reads "0 …" (a kind of work not done is said so, or left out)."""

    def n(key: str) -> int:
        return values.get(key) or 0

    if not n("activities.count"):
        parts = ["chưa ghi nhận hoạt động truyền thông, hưởng ứng nào đã thực hiện"]
    else:
        organised = f"đã tổ chức {_n(n('activities.count'))} hoạt động truyền thông, hưởng ứng"
        if n("activities.participants_total"):
            female, male = n("activities.participants_female"), n("activities.participants_male")
            sexes = by_sex(female, male, n("activities.participants_sex_unknown"), " lượt")
            organised += f" với {_n(n('activities.participants_total'))} lượt người tham gia ({sexes})"
        parts = [organised]
    if n("propaganda.unit.piece"):
        parts.append(f"treo {_n(n('propaganda.unit.piece'))} băng rôn, khẩu hiệu, pa nô, áp phích")
    if n("propaganda.unit.broadcast"):
        parts.append(f"phát thanh {_n(n('propaganda.unit.broadcast'))} lượt")
    return f"Trong kỳ, xã {'; '.join(parts)}. Kết quả cụ thể theo biểu dưới đây."


def _n(value: int | None) -> str:
    return group_thousands(value or 0)


def _file_stem(name: tuple[str, ...], start: date, end: date, commune: str, for_publication: bool) -> str:
    return ascii_file_stem(*name, _stem_period(start, end), commune, *file_marks(for_publication))


def _stem_period(start: date, end: date) -> str:
    months = _months_from_new_year(start, end)
    if months == 6:
        return f"6Thang_{start.year}"
    if months == 12:
        return str(start.year)
    return f"{start:%Y%m%d}-{end:%Y%m%d}"
