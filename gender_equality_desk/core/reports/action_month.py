"""Báo cáo kết quả Tháng hành động năm N: figures from the store, narrative the officer can edit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from gender_equality_desk.core.campaigns import ensure_action_month
from gender_equality_desk.core.cases.vocabulary import MeasureKind
from gender_equality_desk.core.domain.text import format_vnd, group_thousands, nfc
from gender_equality_desk.core.domain.vocabulary import QuantityUnit
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.reports.case_figures import case_figures
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
from gender_equality_desk.core.reports.figures import Period, PeriodFigures, period_figures
from gender_equality_desk.core.reports.formatting import by_sex
from gender_equality_desk.core.reports.indicators import (
    FigureProvider,
    figure_values,
    list_indicators,
    record_figures,
)
from gender_equality_desk.core.reports.letterhead import document_header, signature_block
from gender_equality_desk.core.reports.naming import ascii_file_stem, commune_in_sentence
from gender_equality_desk.core.reports.numbering import number_tables
from gender_equality_desk.core.reports.period_report import heading_notes, indicator_table
from gender_equality_desk.core.reports.plan_gaps import SECTION_TITLE as NOT_DONE_TITLE
from gender_equality_desk.core.reports.plan_gaps import not_done_blocks
from gender_equality_desk.core.reports.suppression import audience_line, file_marks, shown_text

H1, H2, BULLET = ParagraphStyle.HEADING_1, ParagraphStyle.HEADING_2, ParagraphStyle.BULLET
ACTION_MONTH = "action-month"  # the report_kind of its indicator rows (resources/report_indicators)
INDICATORS_TITLE = "Số liệu Tháng hành động theo chỉ tiêu báo cáo"
INDICATORS_INTRO = (
    "Số liệu của các mục trên, tổng hợp theo các chỉ tiêu báo cáo cấp trên (cùng số liệu xã gửi lên tỉnh "
    "bằng tệp báo cáo điện tử):"
)


@dataclass(frozen=True)
class Narrative:
    """The parts written in words. Pre-filled from the figures; the officer edits them before export."""

    basis: str
    direction: str
    limitations: str
    proposals: str

    def __post_init__(self) -> None:
        # The wording is printed without passing through the store: compose it here, for every caller.
        for name in ("basis", "direction", "limitations", "proposals"):
            object.__setattr__(self, name, nfc(getattr(self, name)))


def _n(value: int) -> str:
    return group_thousands(value)


def _organised(figures: PeriodFigures) -> str:
    """ "tổ chức 45 hoạt động hưởng ứng với 2.264 lượt người tham gia", never "0 hoạt động"."""
    if not figures.activity_count:
        return "chưa ghi nhận hoạt động hưởng ứng nào đã thực hiện"
    text = f"tổ chức {_n(figures.activity_count)} hoạt động hưởng ứng"
    if figures.participants_total:
        text += f" với {_n(figures.participants_total)} lượt người tham gia"
    return text


def default_narrative(figures: PeriodFigures, commune: str, year: int) -> Narrative:
    """`commune` as running text writes it ("xã Cao Lâu", see naming.commune_in_sentence)."""
    return Narrative(
        basis=(
            "Thực hiện Kế hoạch triển khai Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với "
            f"bạo lực trên cơ sở giới năm {year} của cấp trên, Ủy ban nhân dân {commune} báo cáo kết quả "
            "thực hiện như sau:"
        ),
        direction=(
            f"Ủy ban nhân dân xã đã ban hành kế hoạch, phân công các ban, ngành, đoàn thể và các thôn triển "
            f"khai Tháng hành động; {_organised(figures)}."
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


def _propaganda_sentence(figures: PeriodFigures) -> str:
    """Banners and broadcasts, the two figures the province asks first; a zero is said in words."""
    banners, _ = figures.propaganda_by_unit(QuantityUnit.PIECE)
    broadcasts, minutes = figures.propaganda_by_unit(QuantityUnit.BROADCAST)
    hung = f"treo {_n(banners)} băng rôn, khẩu hiệu, pa nô, áp phích" if banners else ""
    aired = f"phát thanh {_n(broadcasts)} lượt" if broadcasts else ""
    if aired and minutes:
        aired += f" với {_n(minutes)} phút"
    if hung and aired:
        return f"Toàn xã đã {hung}; {aired}."
    if hung:
        return f"Toàn xã đã {hung}; không có tin, bài phát thanh."
    if aired:
        return f"Toàn xã đã {aired}; không treo băng rôn, khẩu hiệu, pa nô, áp phích."
    return "Không treo băng rôn, khẩu hiệu, pa nô, áp phích và không có tin, bài phát thanh."


def _propaganda_bullets(figures: PeriodFigures) -> list[Paragraph]:
    bullets = []
    for row in figures.propaganda:
        if row.events == 0:
            continue
        text = f"{row.kind_label}: {_n(row.events)} đợt"
        if row.quantity:
            text += f", {_n(row.quantity)} {row.unit.label}"
        if row.minutes:
            text += f", tổng thời lượng {_n(row.minutes)} phút"
        if row.estimated_reach:
            text += f", ước tính {_n(row.estimated_reach)} lượt người được tiếp cận"
        bullets.append(Paragraph(text + ".", BULLET))
    return bullets


def _propaganda_blocks(figures: PeriodFigures) -> list[Block]:
    bullets = _propaganda_bullets(figures)
    sentence = _propaganda_sentence(figures)
    # The tables stay even when empty: Biểu 1–3 are the same form in every commune's report.
    if not bullets:
        nothing = f"{sentence} Chưa ghi nhận hoạt động tuyên truyền nào trong thời gian này."
        return [Paragraph(nothing), propaganda_table(figures)]
    return [Paragraph(f"{sentence} Cụ thể:"), *bullets, propaganda_table(figures)]


def _activity_bullets(figures: PeriodFigures) -> list[Paragraph]:
    bullets = []
    for row in figures.activities:
        if row.count == 0:
            continue
        text = f"{row.kind_label}: {_n(row.count)} cuộc"
        if row.participants_total:
            text += f", {_n(row.participants_total)} lượt người tham gia ("
            text += by_sex(row.participants_female, row.participants_male, row.sex_unrecorded) + ")"
        bullets.append(Paragraph(text + ".", BULLET))
    return bullets


def _groups_sentence(figures: PeriodFigures) -> str:
    """Children and ethnic-minority participants: a figure where some activity recorded it, else said to
    be unrecorded (never a made-up 0). Starts with a space; empty when there is nothing to say."""
    groups = ((figures.children, "trẻ em"), (figures.ethnic_minority, "người dân tộc thiểu số"))
    known = [f"{_n(value)} lượt {label}" for value, label in groups if value is not None]
    unknown = [label for value, label in groups if value is None]
    missing = f"số {' và '.join(unknown)} tham gia chưa được ghi nhận" if unknown else ""
    if known:
        return f" Trong số người tham gia có {' và '.join(known)}" + (f"; {missing}." if missing else ".")
    return f" {missing[:1].upper()}{missing[1:]}." if missing else ""


def _activity_blocks(figures: PeriodFigures) -> list[Block]:
    if not figures.activity_count:
        nothing = "Chưa ghi nhận hoạt động nào đã thực hiện trong thời gian này."
        return [Paragraph(nothing), activities_table(figures)]
    organised = _organised(figures)
    summary = organised[:1].upper() + organised[1:]
    if figures.participants_total:
        sexes = by_sex(
            figures.participants_female, figures.participants_male, figures.participants_sex_unrecorded
        )
        summary += f", trong đó {sexes}.{_groups_sentence(figures)}"
    else:
        summary += "."
    return [Paragraph(f"{summary} Cụ thể:"), *_activity_bullets(figures), activities_table(figures)]


def _budget_sentence(figures: PeriodFigures) -> str:
    if not figures.budget_vnd:
        return "Các hoạt động được lồng ghép, không phát sinh kinh phí riêng."
    parts = [
        f"{(source.label if source else 'chưa ghi nguồn').lower()} {format_vnd(amount)}"
        for source, amount in figures.budget_by_source
        if amount
    ]
    return f"Tổng kinh phí thực hiện {format_vnd(figures.budget_vnd)}, trong đó " + "; ".join(parts) + "."


def _recorded(value: int | None) -> Cell:
    return NOT_RECORDED if value is None else value


def activities_table(figures: PeriodFigures) -> Table:
    """Participants by sex: Nữ + Nam + Chưa rõ giới tính = Tổng số on every row and in the total."""
    return Table(
        title="Hoạt động hưởng ứng và số người tham gia chia theo giới tính",
        columns=(
            TableColumn("Loại hoạt động", width=3.0),
            TableColumn("Số cuộc", CellKind.INTEGER, summed=True),
            TableColumn("Tổng số lượt người", CellKind.INTEGER, width=1.2, summed=True),
            TableColumn("Nữ", CellKind.INTEGER, summed=True),
            TableColumn("Nam", CellKind.INTEGER, summed=True),
            TableColumn("Chưa rõ giới tính", CellKind.INTEGER, width=1.1, summed=True),
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
                    row.sex_unrecorded,
                    _recorded(row.children),
                    _recorded(row.ethnic_minority),
                    row.budget_vnd,
                )
            )
            for row in figures.activities
        ),
        total_label="Tổng cộng",
        note=_activities_note(figures),
        sheet_name="Hoạt động",
    )


def _activities_note(figures: PeriodFigures) -> str:
    notes = []
    unrecorded = figures.participants_sex_unrecorded
    if unrecorded:
        notes.append(
            f"Có {_n(unrecorded)} lượt người tham gia chưa được ghi nhận là nữ hay nam (cột “Chưa rõ giới "
            "tính”); Tổng số = Nữ + Nam + Chưa rõ giới tính."
        )
    if any(row.children is None or row.ethnic_minority is None for row in figures.activities):
        notes.append(
            f"Trẻ em, người DTTS: cộng theo các hoạt động có ghi nhận; “{NOT_RECORDED}”: không hoạt động nào "
            "ghi nhận."
        )
    return " ".join(notes)


def propaganda_table(figures: PeriodFigures) -> Table:
    return Table(
        title="Hoạt động tuyên truyền",
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
                    _recorded(row.estimated_reach),
                )
            )
            for row in figures.propaganda
        ),
        total_label="Tổng cộng",
        note=_propaganda_note(figures),
        sheet_name="Tuyên truyền",
    )


def _propaganda_note(figures: PeriodFigures) -> str:
    if all(row.estimated_reach is not None for row in figures.propaganda):
        return ""
    return (
        "Lượt người tiếp cận: cộng theo các đợt tuyên truyền có ước tính; "
        f"“{NOT_RECORDED}”: không đợt nào ghi ước tính."
    )


def budget_table(figures: PeriodFigures) -> Table:
    return Table(
        title="Kinh phí thực hiện theo nguồn",
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


def victims_sentence(cases: Mapping[str, int | None], *, for_publication: bool = False) -> str:
    """Victims supported and measures applied, from the case categories (never identities): exact for the
    receiving authority, 1 and 2 shown as "<3" in a copy for publication (core.reports.suppression)."""

    def shown(key: str) -> str:
        return shown_text(cases.get(key) or 0, for_publication)

    measures = [
        (MeasureKind.NO_CONTACT, "cấm tiếp xúc"),
        (MeasureKind.SHELTER, "tạm lánh tại địa chỉ tin cậy"),
        (MeasureKind.MEDICAL, "chăm sóc y tế"),
        (MeasureKind.COUNSELLING, "tư vấn"),
        (MeasureKind.LEGAL_AID, "trợ giúp pháp lý"),
        (MeasureKind.MEDIATION, "hòa giải"),
    ]
    applied = "; ".join(
        f"{label} {shown(f'cases.measure.{kind.value}')} vụ"
        for kind, label in measures
        if cases.get(f"cases.measure.{kind.value}")
    )
    if not cases.get("cases.opened"):
        received = (
            "Trong thời gian Tháng hành động, xã không tiếp nhận vụ bạo lực gia đình, bạo lực trên cơ sở "
            "giới nào"
        )
    else:
        received = (
            f"Trong thời gian Tháng hành động, xã tiếp nhận {shown('cases.opened')} vụ bạo lực gia đình, "
            f"bạo lực trên cơ sở giới; {shown('cases.supported')} nạn nhân được hỗ trợ"
        )
    return (
        received
        + (f"; các biện pháp đã áp dụng: {applied}." if applied else ".")
        + " (Số liệu không có thông tin nhận diện. "
        + audience_line(for_publication)
        + ")"
    )


def action_month_period(session: Session, year: int) -> Period:
    """The Action Month of `year` as its report counts it: its dates, and only records filed under it."""
    campaign = ensure_action_month(session, year)
    return Period(campaign.start_date, campaign.end_date, campaign.id)


def _indicator_blocks(
    session: Session,
    period: Period,
    providers: Sequence[FigureProvider],
    number: int,
    for_publication: bool,
) -> list[Block]:
    """The report's rows kept as data (Cài đặt → Chỉ tiêu báo cáo) with their figures: exactly what the
    commune sends up by indicator code (core.province.submission); nothing when every row is hidden."""
    rows = list_indicators(session, ACTION_MONTH)
    if not rows:
        return []
    values = figure_values(session, period, providers)
    table = indicator_table(
        INDICATORS_TITLE, rows, values, for_publication=for_publication, sheet_name="Chỉ tiêu"
    )
    return [Paragraph(f"{number}. {INDICATORS_TITLE}", H2), Paragraph(INDICATORS_INTRO), table]


def suggested_narrative(session: Session, year: int) -> Narrative:
    """The narrative pre-filled from the Action Month's figures, for the officer to edit before export."""
    profile = load_profile(session)
    commune = commune_in_sentence(profile.commune_name, profile.issuing_body) if profile else "xã"
    campaign = ensure_action_month(session, year)
    figures = period_figures(session, Period(campaign.start_date, campaign.end_date, campaign.id))
    return default_narrative(figures, commune, year)


def action_month_report(
    session: Session,
    year: int,
    *,
    narrative: Narrative | None = None,
    day: date | None = None,
    for_publication: bool = False,
    providers: Sequence[FigureProvider] = (record_figures, case_figures),
) -> ReportContent:
    """The result report of the Action Month of `year` (records filed under that campaign).

    Sections follow the order of the tables they hold (activities, propaganda, budget, plan gaps); the
    tables are numbered "Biểu 1." … as assembled (core.reports.numbering), never by hand.
    """
    profile = load_profile(session)
    if profile is None:
        raise UserFacingError(
            "Chưa có thông tin xã. Vui lòng nhập thông tin xã trong Cài đặt trước khi lập báo cáo."
        )
    commune = commune_in_sentence(profile.commune_name, profile.issuing_body)
    campaign = ensure_action_month(session, year)
    figures = period_figures(session, action_month_period(session, year))
    text = narrative or default_narrative(figures, commune, year)
    indicators = _indicator_blocks(session, figures.period, providers, 6, for_publication)
    theme = f" với chủ đề “{campaign.theme}”" if campaign.theme else ""
    blocks: list[Block] = [
        *heading_notes(session, ACTION_MONTH, for_publication),
        Paragraph(text.basis),
        Paragraph("I. KẾT QUẢ THỰC HIỆN", H1),
        Paragraph("1. Công tác chỉ đạo, triển khai", H2),
        Paragraph(
            f"Tháng hành động được triển khai từ ngày {campaign.start_date:%d/%m/%Y} đến ngày "
            f"{campaign.end_date:%d/%m/%Y}{theme}. {text.direction}"
        ),
        Paragraph("2. Các hoạt động hưởng ứng", H2),
        *_activity_blocks(figures),
        Paragraph("3. Công tác tuyên truyền", H2),
        *_propaganda_blocks(figures),
        Paragraph("4. Kinh phí thực hiện", H2),
        Paragraph(_budget_sentence(figures)),
        budget_table(figures),
        Paragraph("5. Hỗ trợ nạn nhân bạo lực gia đình, bạo lực trên cơ sở giới", H2),
        Paragraph(victims_sentence(case_figures(session, figures.period), for_publication=for_publication)),
        *indicators,
        *not_done_blocks(
            session, year, day or date.today(), Paragraph(f"{6 + bool(indicators)}. {NOT_DONE_TITLE}", H2)
        ),
        Paragraph("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", H1),
        Paragraph(text.limitations),
        Paragraph("III. ĐỀ XUẤT, KIẾN NGHỊ", H1),
        Paragraph(text.proposals),
        Paragraph(
            f"Trên đây là báo cáo kết quả thực hiện Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó "
            f"với bạo lực trên cơ sở giới năm {year} của Ủy ban nhân dân {commune}./."
        ),
    ]
    subject = f"Kết quả thực hiện {campaign.name}"  # "Tháng hành động" is a proper name: capitalised
    return ReportContent(
        header=document_header(profile, document_type="Báo cáo", symbol="BC-UBND", subject=subject, day=day),
        blocks=number_tables(blocks),
        signature=signature_block(
            profile,
            (profile.receiving_authority, "TT Đảng ủy, HĐND xã", "Chủ tịch, các Phó Chủ tịch UBND xã"),
        ),
        file_stem=ascii_file_stem(
            "BaoCao",
            "ThangHanhDong",
            str(year),
            profile.commune_name,
            *file_marks(for_publication),
        ),
        metadata={"title": subject, "author": profile.issuing_body},
    )
