"""The Sở's consolidated report of a round: a Decree-30 document built from consolidation.consolidate.

The letterhead is the province desk's own profile (commune_name holds the Sở's name, issuing_body
"SỞ NỘI VỤ", parent_body "UBND TỈNH …"), so the writers print it unchanged. The document says how many
communes are included out of how many expected, names those missing, and gives the indicator table of
summed figures with, per row, how many communes gave a figure and which left it blank.

The workbook adds a sheet with one row per included commune and one column per indicator code, whose
total row the XLSX writer turns into live =SUM formulas, and a sheet of the communes still missing.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import (
    DEFAULT_RECEIVING_AUTHORITY,
    ProfileInput,
    load_profile,
    suggest_receiving_authority,
)
from gender_equality_desk.core.province.completeness import Completeness, round_completeness
from gender_equality_desk.core.province.consolidation import Consolidation, IndicatorTotal, consolidate
from gender_equality_desk.core.province.round_scope import RoundInfo, kind_phrase, period_phrase
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
from gender_equality_desk.core.reports.formatting import format_date, format_percent
from gender_equality_desk.core.reports.letterhead import document_header, signature_block
from gender_equality_desk.core.reports.naming import ascii_file_stem

H1 = ParagraphStyle.HEADING_1
NOTE = ParagraphStyle.NOTE
NAMED_BLANKS = 3  # a note names up to this many communes that left a row blank, then only counts them

SUMMARY_COLUMNS = (
    TableColumn("TT", width=0.5),
    TableColumn("Chỉ tiêu", width=3.9),
    TableColumn("Đơn vị tính", width=1.0),
    TableColumn("Tổng cộng", CellKind.INTEGER, width=1.2),
    TableColumn("Số xã có số liệu", CellKind.INTEGER, width=0.9),
    TableColumn("Ghi chú", width=1.8),
)
MISSING_COLUMNS = (
    TableColumn("TT", CellKind.INTEGER, width=0.5),
    TableColumn("Mã xã", width=0.8),
    TableColumn("Tên xã, phường", width=2.0),
    TableColumn("Cán bộ phụ trách", width=1.8),
    TableColumn("Điện thoại", width=1.2),
)
SUMMARY_NOTE = (
    "Tổng cộng là tổng số liệu của các xã, phường đã gửi báo cáo; ô xã để trống không được tính là 0 và "
    "được ghi ở cột Ghi chú. Dòng tỷ lệ (%) không cộng giữa các xã (xem số liệu từng xã)."
)


def province_profile(session: Session) -> ProfileInput:
    profile = load_profile(session)
    if profile is None:
        raise UserFacingError(
            "Chưa có thông tin của cơ quan (tên Sở, người ký). Vui lòng nhập trong Cài đặt trước khi lập "
            "báo cáo tổng hợp."
        )
    return profile


def symbol_of(issuing_body: str) -> str:
    """The body's abbreviation in a document number, Decree 30 style: "SỞ NỘI VỤ" → "SNV",
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "SVHTTDL"."""
    words = [word for word in fold(issuing_body).replace(",", " ").split() if word.lower() != "va"]
    return "".join(word[0].upper() for word in words if word[0].isalnum()) or "UBND"


def _province_phrase(profile: ProfileInput) -> str:
    """ "tỉnh Lạng Sơn", "thành phố Đà Nẵng" (from the name as the profile writes it)."""
    suggested = suggest_receiving_authority(profile.province_name)
    return suggested.removeprefix(DEFAULT_RECEIVING_AUTHORITY).strip() or profile.province_name


def province_summary_report(
    session: Session,
    round_id: int,
    *,
    today: date,
    day: date | None = None,
    per_commune: bool = False,
) -> ReportContent:
    """The consolidated report; `per_commune` adds the workbook's sheets (communes × codes, missing)."""
    profile = province_profile(session)
    consolidation = consolidate(session, round_id)
    completeness = round_completeness(session, round_id, today)
    return summary_content(consolidation, completeness, profile, day=day, per_commune=per_commune)


def summary_content(
    consolidation: Consolidation,
    completeness: Completeness,
    profile: ProfileInput,
    *,
    day: date | None = None,
    per_commune: bool = False,
) -> ReportContent:
    round_info = consolidation.round
    phrase = period_phrase(round_info.period, round_info.year)
    subject = f"Tổng hợp {kind_phrase(round_info.report_kind)} {phrase} của các xã, phường"
    blocks: list[Block] = [
        Paragraph(
            "Số liệu tổng hợp từ báo cáo có chữ ký số của các xã, phường gửi lên (số liệu chính xác).", NOTE
        ),
        Paragraph(_opening(consolidation, completeness, profile)),
        Paragraph("I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG", H1),
        Paragraph(_included_sentence(consolidation)),
        *(Paragraph(sentence, NOTE) for sentence in consolidation.not_counted),
        Paragraph("II. KẾT QUẢ TỔNG HỢP", H1),
        summary_table(consolidation),
        Paragraph("III. ĐÁNH GIÁ, ĐỀ XUẤT, KIẾN NGHỊ", H1),
        Paragraph("(Cán bộ bổ sung nội dung trước khi trình ký.)", NOTE),
    ]
    if per_commune:
        blocks.append(commune_table(consolidation))
        blocks.append(missing_table(consolidation))
    province = _province_phrase(profile)
    return ReportContent(
        header=document_header(
            profile,
            document_type="Báo cáo",
            symbol=f"BC-{symbol_of(profile.issuing_body)}",
            subject=subject,
            day=day,
        ),
        blocks=tuple(blocks),
        signature=signature_block(profile, (profile.receiving_authority, f"UBND {province}")),
        file_stem=summary_file_stem(round_info, profile),
        metadata={"title": subject, "author": profile.issuing_body},
    )


def summary_file_stem(round_info: RoundInfo, profile: ProfileInput) -> str:
    """ "BaoCao_TongHop_ThangHanhDong_2026_SoNoiVuTinhLangSon"."""
    return ascii_file_stem("BaoCao", "TongHop", *round_info.file_parts, profile.commune_name)


def _opening(consolidation: Consolidation, completeness: Completeness, profile: ProfileInput) -> str:
    round_info = consolidation.round
    included, expected = len(consolidation.included), consolidation.expected
    share = format_percent(included / expected) if expected else "0,0%"
    return (
        f"Thực hiện chế độ báo cáo {kind_phrase(round_info.report_kind)} "
        f"{period_phrase(round_info.period, round_info.year)} (hạn "
        f"nộp ngày {format_date(round_info.deadline)}), đến ngày {format_date(completeness.today)} "
        f"{profile.commune_name} đã nhận báo cáo của {included}/{expected} xã, phường ({share}), trong đó "
        f"{completeness.on_time} xã, phường nộp đúng hạn, {completeness.late} xã, phường nộp muộn. "
        "Kết quả tổng hợp như sau:"
    )


def _included_sentence(consolidation: Consolidation) -> str:
    included, expected = len(consolidation.included), consolidation.expected
    if not consolidation.missing:
        return (
            f"Tất cả {expected}/{expected} xã, phường đã gửi báo cáo; số liệu dưới đây là tổng của cả "
            f"{expected} xã, phường."
        )
    names = ", ".join(commune.name for commune in consolidation.missing)
    return (
        f"Số liệu dưới đây là tổng cộng của {included}/{expected} xã, phường đã gửi báo cáo. Chưa có "
        f"báo cáo của {len(consolidation.missing)} xã, phường: {names}; số liệu của các xã, phường này "
        "chưa được tính."
    )


def _note(total: IndicatorTotal) -> str:
    if not total.line.has_figure:
        return ""
    parts = []
    if not total.line.summable:
        parts.append("Tỷ lệ, không cộng giữa các xã")
    if total.blank:
        named = f": {', '.join(total.blank)}" if len(total.blank) <= NAMED_BLANKS else ""
        parts.append(f"{len(total.blank)} xã để trống{named}")
    return "; ".join(parts)


def _total_cell(total: IndicatorTotal) -> Cell:
    if not total.line.has_figure:
        return None
    return NOT_RECORDED if total.total is None else total.total


def summary_table(consolidation: Consolidation) -> Table:
    """One row per indicator line: the sum, how many communes gave a figure, who left it blank."""
    rows = tuple(
        TableRow(
            (
                total.line.number,
                total.line.label,
                total.line.unit,
                _total_cell(total),
                total.reporting if total.line.has_figure else None,
                _note(total),
            ),
            level=total.line.level,
            bold=total.line.is_group,
        )
        for total in consolidation.totals
    )
    included = len(consolidation.included)
    return Table(
        title=f"Biểu tổng hợp số liệu của {included}/{consolidation.expected} xã, phường đã báo cáo",
        columns=SUMMARY_COLUMNS,
        rows=rows,
        note=SUMMARY_NOTE,
        sheet_name="Tổng hợp",
    )


def commune_table(consolidation: Consolidation) -> Table:
    """One row per included commune, one column per figure code (blank "—"), a total row of =SUM."""
    lines = consolidation.figure_lines
    columns = (
        TableColumn("TT", CellKind.INTEGER, width=0.45),
        TableColumn("Mã xã", width=0.7),
        TableColumn("Tên xã, phường", width=1.8),
        *(TableColumn(line.heading, CellKind.INTEGER, width=1.0, summed=line.summable) for line in lines),
    )
    rows = tuple(
        TableRow(
            (
                number,
                report.commune.code,
                report.commune.name,
                *(_figure_cell(report.figures[line.code]) for line in lines),
            )
        )
        for number, report in enumerate(consolidation.included, start=1)
    )
    missing = len(consolidation.missing)
    note = "Ô “—”: xã để trống chỉ tiêu này (không tính là 0)."
    if missing:
        note += f" Chưa có báo cáo của {missing} xã, phường (xem trang “Xã chưa báo cáo”)."
    return Table(
        title=(
            f"Số liệu từng xã, phường — {consolidation.round.short_label} "
            f"({len(consolidation.included)}/{consolidation.expected} xã đã báo cáo)"
        ),
        columns=columns,
        rows=rows,
        total_label="Tổng cộng" if rows else None,  # no commune yet: no total, rather than a row of 0
        note=note,
        sheet_name="Theo xã",
    )


def _figure_cell(value: int | None) -> Cell:
    return NOT_RECORDED if value is None else value


def missing_table(consolidation: Consolidation) -> Table:
    rows = tuple(
        TableRow((number, commune.code, commune.name, commune.officer_name, commune.officer_phone))
        for number, commune in enumerate(consolidation.missing, start=1)
    )
    return Table(
        title=f"Các xã, phường chưa gửi báo cáo ({len(rows)}/{consolidation.expected})",
        columns=MISSING_COLUMNS,
        rows=rows,
        note="" if rows else "Tất cả các xã, phường đã gửi báo cáo.",
        sheet_name="Xã chưa báo cáo",
    )
