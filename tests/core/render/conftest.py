"""A realistic report for renderer tests: the shape of an Action Month result report (seeds 002/004)."""

from __future__ import annotations

from datetime import date

import pytest

from gender_equality_desk.core.profile import ProfileInput
from gender_equality_desk.core.reports.content import (
    CellKind,
    Paragraph,
    ParagraphStyle,
    ReportContent,
    Table,
    TableColumn,
    TableRow,
)
from gender_equality_desk.core.reports.letterhead import document_header, signature_block

PROFILE = ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Lạng Sơn",
    place_name="Cao Lâu",
    issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Vi Văn Thái",
)


def activity_table(rows: int = 6) -> Table:
    kinds = ["Lễ phát động, mít tinh", "Tập huấn", "Họp dân, truyền thông trực tiếp tại cộng đồng",
             "Sinh hoạt câu lạc bộ", "Hòa giải ở cơ sở", "Hỗ trợ phụ nữ và trẻ em gặp khó khăn"]  # fmt: skip
    body = tuple(
        TableRow(
            (kinds[i % len(kinds)], 2 + i, 120 + 37 * i, 70 + 20 * i, 50 + 17 * i, 1_500_000 * (i % 3)),
            level=1,
        )
        for i in range(rows)
    )
    return Table(
        title="Biểu 1. Hoạt động truyền thông và số người tham gia chia theo giới tính",
        columns=(
            TableColumn("Loại hoạt động", width=3.2),
            TableColumn("Số cuộc", CellKind.INTEGER, summed=True),
            TableColumn("Tổng số người tham gia", CellKind.INTEGER, width=1.3, summed=True),
            TableColumn("Trong đó nữ", CellKind.INTEGER, summed=True),
            TableColumn("Nam", CellKind.INTEGER, summed=True),
            TableColumn("Kinh phí (đồng)", CellKind.VND, width=1.4, summed=True),
        ),
        rows=(
            TableRow(("I. Hoạt động truyền thông trực tiếp", None, None, None, None, None), bold=True),
            *body,
        ),
        total_label="Tổng cộng",
        sheet_name="Hoạt động",
    )


def make_report(table_rows: int = 6, landscape: bool = False) -> ReportContent:
    subject = (
        "Kết quả thực hiện Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
        "trên cơ sở giới năm 2026"
    )
    return ReportContent(
        header=document_header(
            PROFILE, document_type="Báo cáo", symbol="BC-UBND", subject=subject, day=date(2026, 12, 10)
        ),
        blocks=(
            Paragraph(
                "Thực hiện Kế hoạch số 319/KH-UBND ngày 03/11/2026 của UBND tỉnh, Ủy ban nhân dân xã "
                "Cao Lâu báo cáo kết quả thực hiện Tháng hành động như sau:"
            ),
            Paragraph("I. KẾT QUẢ THỰC HIỆN", ParagraphStyle.HEADING_1),
            Paragraph("1. Công tác tuyên truyền", ParagraphStyle.HEADING_2),
            Paragraph(
                "Treo 28 băng rôn, khẩu hiệu tại trụ sở UBND xã, trường học và các trục đường chính.",
                ParagraphStyle.BULLET,
            ),
            Paragraph(
                "Phát thanh 290 lượt (2.664 phút) trên hệ thống Đài truyền thanh xã và loa các thôn.",
                ParagraphStyle.BULLET,
            ),
            activity_table(table_rows),
            Paragraph("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", ParagraphStyle.HEADING_1),
            Paragraph("Kinh phí cho công tác truyền thông còn hạn chế; một số thôn vùng sâu chưa có loa."),
            Paragraph("III. ĐỀ XUẤT, KIẾN NGHỊ", ParagraphStyle.HEADING_1),
            Paragraph("Đề nghị cấp trên hỗ trợ tài liệu truyền thông bằng tiếng dân tộc Tày, Nùng."),
            Paragraph("Số liệu dưới 3 trường hợp được ghi “<3” để bảo vệ danh tính.", ParagraphStyle.NOTE),
        ),
        signature=signature_block(PROFILE, ("Sở Nội vụ tỉnh Lạng Sơn", "TT Đảng ủy, HĐND xã")),
        file_stem="BaoCao_ThangHanhDong_2026_XaCaoLau",
        landscape=landscape,
        metadata={"title": subject, "author": "UBND xã Cao Lâu"},
    )


@pytest.fixture
def report() -> ReportContent:
    return make_report()
