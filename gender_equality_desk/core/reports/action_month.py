"""Báo cáo kết quả Tháng hành động năm N: figures from the store, narrative the officer can edit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from gender_equality_desk.core.campaigns import ensure_action_month
from gender_equality_desk.core.cases.vocabulary import MeasureKind
from gender_equality_desk.core.domain.text import format_vnd, group_thousands
from gender_equality_desk.core.domain.vocabulary import QuantityUnit
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.reports.case_figures import case_figures
from gender_equality_desk.core.reports.content import (
    Block,
    CellKind,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.figures import Period, PeriodFigures, period_figures
from gender_equality_desk.core.reports.letterhead import document_header, signature_block
from gender_equality_desk.core.reports.naming import ascii_file_stem
from gender_equality_desk.core.reports.plan_gaps import SECTION_TITLE as NOT_DONE_TITLE
from gender_equality_desk.core.reports.plan_gaps import not_done_blocks

H1, H2, BULLET = ParagraphStyle.HEADING_1, ParagraphStyle.HEADING_2, ParagraphStyle.BULLET
SUPPRESSED = "<3"
DEFAULT_SUPPRESS_BELOW = 3


@dataclass(frozen=True)
class Narrative:
    """The parts written in words. Pre-filled from the figures; the officer edits them before export."""

    basis: str
    direction: str
    limitations: str
    proposals: str


def _n(value: int) -> str:
    return group_thousands(value)


def default_narrative(figures: PeriodFigures, commune: str, year: int) -> Narrative:
    return Narrative(
        basis=(
            "Thực hiện Kế hoạch triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với "
            f"bạo lực trên cơ sở giới năm {year} của cấp trên, Ủy ban nhân dân {commune} báo cáo kết quả "
            "thực hiện như sau:"
        ),
        direction=(
            f"Ủy ban nhân dân xã đã ban hành kế hoạch, phân công các ban, ngành, đoàn thể và các thôn triển "
            f"khai Tháng hành động; tổ chức {_n(figures.activity_count)} hoạt động hưởng ứng với "
            f"{_n(figures.participants_total)} lượt người tham gia."
        ),
        limitations=(
            "Một số hoạt động truyền thông còn hình thức, chưa thu hút được nam giới tham gia; kinh phí cho "
            "công tác bình đẳng giới còn hạn chế. Nguyên nhân: nguồn lực của xã có hạn, một số thôn ở xa "
            "trung tâm, người dân bận sản xuất."
        ),
        proposals=(
            "Đề nghị cấp trên tiếp tục hỗ trợ kinh phí, tài liệu truyền thông và tập huấn nâng cao năng lực "
            "cho cán bộ, cộng tác viên làm công tác bình đẳng giới ở cơ sở."
        ),
    )


def _propaganda_bullets(figures: PeriodFigures) -> list[Paragraph]:
    bullets = []
    for row in figures.propaganda:
        if row.events == 0:
            continue
        text = f"{row.kind_label}: {_n(row.events)} đợt, {_n(row.quantity)} {row.unit.label}"
        if row.minutes:
            text += f", tổng thời lượng {_n(row.minutes)} phút"
        if row.estimated_reach:
            text += f", ước tính {_n(row.estimated_reach)} lượt người được tiếp cận"
        bullets.append(Paragraph(text + ".", BULLET))
    if not bullets:
        bullets.append(Paragraph("Chưa ghi nhận hoạt động tuyên truyền nào trong thời gian này.", BULLET))
    return bullets


def _activity_bullets(figures: PeriodFigures) -> list[Paragraph]:
    bullets = []
    for row in figures.activities:
        if row.count == 0:
            continue
        text = f"{row.kind_label}: {_n(row.count)} cuộc, {_n(row.participants_total)} lượt người tham gia"
        if row.participants_female:
            text += f" (nữ {_n(row.participants_female)}, nam {_n(row.participants_male)})"
        bullets.append(Paragraph(text + ".", BULLET))
    if not bullets:
        bullets.append(Paragraph("Chưa ghi nhận hoạt động nào đã thực hiện trong thời gian này.", BULLET))
    return bullets


def _budget_sentence(figures: PeriodFigures) -> str:
    if not figures.budget_vnd:
        return "Các hoạt động được lồng ghép, không phát sinh kinh phí riêng."
    parts = [
        f"{(source.label if source else 'chưa ghi nguồn').lower()} {format_vnd(amount)}"
        for source, amount in figures.budget_by_source
        if amount
    ]
    return f"Tổng kinh phí thực hiện {format_vnd(figures.budget_vnd)}, trong đó " + "; ".join(parts) + "."


def activities_table(figures: PeriodFigures) -> Table:
    return Table(
        title="Biểu 1. Hoạt động hưởng ứng và số người tham gia chia theo giới tính",
        columns=(
            TableColumn("Loại hoạt động", width=3.2),
            TableColumn("Số cuộc", CellKind.INTEGER, summed=True),
            TableColumn("Tổng số lượt người", CellKind.INTEGER, width=1.2, summed=True),
            TableColumn("Nữ", CellKind.INTEGER, summed=True),
            TableColumn("Nam", CellKind.INTEGER, summed=True),
            TableColumn("Trẻ em", CellKind.INTEGER, summed=True),
            TableColumn("Người DTTS", CellKind.INTEGER, summed=True),
            TableColumn("Kinh phí (đồng)", CellKind.VND, width=1.5, summed=True),
        ),
        rows=tuple(
            TableRow(
                (
                    row.kind_label,
                    row.count,
                    row.participants_total,
                    row.participants_female,
                    row.participants_male,
                    row.children,
                    row.ethnic_minority,
                    row.budget_vnd,
                )
            )
            for row in figures.activities
        ),
        total_label="Tổng cộng",
        note=_sex_note(figures),
        sheet_name="Hoạt động",
    )


def _sex_note(figures: PeriodFigures) -> str:
    unrecorded = sum(row.sex_unrecorded for row in figures.activities)
    if not unrecorded:
        return ""
    return (
        f"Có {_n(unrecorded)} lượt người tham gia chưa được ghi nhận theo giới tính "
        "(không tính vào cột Nữ, Nam)."
    )


def propaganda_table(figures: PeriodFigures) -> Table:
    return Table(
        title="Biểu 2. Hoạt động tuyên truyền",
        columns=(
            TableColumn("Hình thức tuyên truyền", width=3.2),
            TableColumn("Số đợt", CellKind.INTEGER, summed=True),
            TableColumn("Số lượng", CellKind.INTEGER),
            TableColumn("Đơn vị tính", width=1.1),
            TableColumn("Số phút", CellKind.INTEGER, summed=True),
            TableColumn("Lượt người tiếp cận (ước tính)", CellKind.INTEGER, width=1.4, summed=True),
        ),
        rows=tuple(
            TableRow(
                (
                    row.kind_label,
                    row.events,
                    row.quantity,
                    row.unit.label,
                    row.minutes or None,
                    row.estimated_reach,
                )
            )
            for row in figures.propaganda
        ),
        total_label="Tổng cộng",
        sheet_name="Tuyên truyền",
    )


def budget_table(figures: PeriodFigures) -> Table:
    return Table(
        title="Biểu 3. Kinh phí thực hiện theo nguồn",
        columns=(
            TableColumn("Nguồn kinh phí", width=3.0),
            TableColumn("Số tiền (đồng)", CellKind.VND, 1.5, True),
        ),
        rows=tuple(
            TableRow((source.label if source else "Chưa ghi nguồn", amount))
            for source, amount in figures.budget_by_source
        ),
        total_label="Tổng cộng",
        sheet_name="Kinh phí",
    )


def _shown(count: int) -> str:
    """Counts about victims leave the machine with 1 and 2 hidden: in a commune they point at a family."""
    return SUPPRESSED if 0 < count < DEFAULT_SUPPRESS_BELOW else _n(count)


def victims_sentence(cases: dict[str, int]) -> str:
    """Victims supported and measures applied, anonymised (from the case categories, never identities)."""
    measures = [
        (MeasureKind.NO_CONTACT, "cấm tiếp xúc"),
        (MeasureKind.SHELTER, "tạm lánh tại địa chỉ tin cậy"),
        (MeasureKind.MEDICAL, "chăm sóc y tế"),
        (MeasureKind.COUNSELLING, "tư vấn"),
        (MeasureKind.LEGAL_AID, "trợ giúp pháp lý"),
        (MeasureKind.MEDIATION, "hòa giải"),
    ]
    applied = "; ".join(
        f"{label} {_shown(cases[f'cases.measure.{kind.value}'])} vụ"
        for kind, label in measures
        if cases.get(f"cases.measure.{kind.value}", 0)
    )
    return (
        f"Trong thời gian Tháng hành động, xã tiếp nhận {_shown(cases['cases.opened'])} vụ bạo lực gia đình, "
        f"bạo lực trên cơ sở giới; {_shown(cases['cases.supported'])} nạn nhân được hỗ trợ"
        + (f"; các biện pháp đã áp dụng: {applied}." if applied else ".")
        + " (Số liệu không có thông tin nhận diện; "
        + f"số từ 1 đến {DEFAULT_SUPPRESS_BELOW - 1} ghi “{SUPPRESSED}”.)"
    )


def suggested_narrative(session: Session, year: int) -> Narrative:
    """The narrative pre-filled from the Action Month's figures, for the officer to edit before export."""
    profile = load_profile(session)
    commune = profile.commune_name if profile else "xã"
    campaign = ensure_action_month(session, year)
    figures = period_figures(session, Period(campaign.start_date, campaign.end_date, campaign.id))
    return default_narrative(figures, commune, year)


def action_month_report(
    session: Session, year: int, *, narrative: Narrative | None = None, day: date | None = None
) -> ReportContent:
    """The result report of the Action Month of `year` (records filed under that campaign)."""
    profile = load_profile(session)
    if profile is None:
        raise UserFacingError(
            "Chưa có thông tin xã. Vui lòng nhập thông tin xã trong Cài đặt trước khi lập báo cáo."
        )
    campaign = ensure_action_month(session, year)
    figures = period_figures(session, Period(campaign.start_date, campaign.end_date, campaign.id))
    text = narrative or default_narrative(figures, profile.commune_name, year)
    banners, _ = figures.propaganda_by_unit(QuantityUnit.PIECE)
    broadcasts, minutes = figures.propaganda_by_unit(QuantityUnit.BROADCAST)
    theme = f" với chủ đề “{campaign.theme}”" if campaign.theme else ""
    blocks: list[Block] = [
        Paragraph(text.basis),
        Paragraph("I. KẾT QUẢ THỰC HIỆN", H1),
        Paragraph("1. Công tác chỉ đạo, triển khai", H2),
        Paragraph(
            f"Tháng hành động được triển khai từ ngày {campaign.start_date:%d/%m/%Y} đến ngày "
            f"{campaign.end_date:%d/%m/%Y}{theme}. {text.direction}"
        ),
        Paragraph("2. Công tác tuyên truyền", H2),
        Paragraph(
            f"Toàn xã đã treo {_n(banners)} băng rôn, khẩu hiệu, pa nô, áp phích; phát thanh "
            f"{_n(broadcasts)} lượt với {_n(minutes)} phút. Cụ thể:"
        ),
        *_propaganda_bullets(figures),
        propaganda_table(figures),
        Paragraph("3. Các hoạt động hưởng ứng", H2),
        Paragraph(
            f"Tổ chức {_n(figures.activity_count)} hoạt động với {_n(figures.participants_total)} lượt người "
            f"tham gia, trong đó nữ {_n(figures.participants_female)} lượt, nam "
            f"{_n(figures.participants_male)} lượt. Cụ thể:"
        ),
        *_activity_bullets(figures),
        activities_table(figures),
        Paragraph("4. Kinh phí thực hiện", H2),
        Paragraph(_budget_sentence(figures)),
        budget_table(figures),
        Paragraph("5. Hỗ trợ nạn nhân bạo lực gia đình, bạo lực trên cơ sở giới", H2),
        Paragraph(victims_sentence(case_figures(session, figures.period))),
        *not_done_blocks(session, year, day or date.today(), Paragraph(f"6. {NOT_DONE_TITLE}", H2)),
        Paragraph("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", H1),
        Paragraph(text.limitations),
        Paragraph("III. ĐỀ XUẤT, KIẾN NGHỊ", H1),
        Paragraph(text.proposals),
        Paragraph(
            f"Trên đây là báo cáo kết quả thực hiện Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó "
            f"với bạo lực trên cơ sở giới năm {year} của Ủy ban nhân dân {profile.commune_name}./."
        ),
    ]
    subject = f"Kết quả thực hiện {campaign.name}"  # "Tháng hành động" is a proper name: capitalised
    return ReportContent(
        header=document_header(profile, document_type="Báo cáo", symbol="BC-UBND", subject=subject, day=day),
        blocks=tuple(blocks),
        signature=signature_block(
            profile,
            (profile.receiving_authority, "TT Đảng ủy, HĐND xã", "Chủ tịch, các Phó Chủ tịch UBND xã"),
        ),
        file_stem=ascii_file_stem("BaoCao", "ThangHanhDong", str(year), profile.commune_name),
        metadata={"title": subject, "author": profile.issuing_body},
    )
