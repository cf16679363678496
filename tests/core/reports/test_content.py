from __future__ import annotations

from datetime import date

import pytest

from gender_equality_desk.core.profile import ProfileInput
from gender_equality_desk.core.reports.content import (
    Cell,
    CellKind,
    Table,
    TableColumn,
    TableRow,
    place_and_date_line,
)
from gender_equality_desk.core.reports.letterhead import document_header, signature_block

PROFILE = ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Lạng Sơn",
    place_name="Cao Lâu",
    issuing_body="Ủy ban nhân dân xã Cao Lâu",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Vi Văn Thái",
)


def test_place_and_date_uses_leading_zeros_as_decree_30_requires() -> None:
    assert place_and_date_line("Cao Lâu", date(2026, 2, 5)) == "Cao Lâu, ngày 05 tháng 02 năm 2026"
    assert place_and_date_line("Cao Lâu", date(2026, 12, 10)) == "Cao Lâu, ngày 10 tháng 12 năm 2026"


def test_header_and_signature_from_profile() -> None:
    header = document_header(PROFILE, document_type="Báo cáo", symbol="BC-UBND", subject="Kết quả", day=None)
    assert header.issuing_body == "ỦY BAN NHÂN DÂN XÃ CAO LÂU"
    assert header.document_type == "BÁO CÁO"
    assert header.number_symbol.startswith("Số:") and header.number_symbol.endswith("/BC-UBND")
    signature = signature_block(PROFILE, ("Sở Nội vụ tỉnh Lạng Sơn", "- TT Đảng ủy xã;"))
    assert signature.recipients == ("- Sở Nội vụ tỉnh Lạng Sơn;", "- TT Đảng ủy xã;", "- Lưu: VT.")
    assert signature.authority_lines == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")


def test_table_totals_sum_only_summed_columns_and_skip_group_rows() -> None:
    table = Table(
        title="Hoạt động",
        columns=(
            TableColumn("Loại"),
            TableColumn("Số lượng", CellKind.INTEGER, summed=True),
            TableColumn("Ghi chú"),
        ),
        rows=(
            TableRow(("I. Truyền thông", 7, ""), bold=True),
            TableRow(("Họp dân", 3, "x"), level=1),
            TableRow(("Phát thanh", 4, None), level=1),
        ),
        total_label="Tổng cộng",
    )
    assert table.totals() == ("Tổng cộng", 7, None)


def test_rows_must_match_the_columns() -> None:
    with pytest.raises(ValueError, match="has 1 cells"):
        Table(title="x", columns=(TableColumn("a"), TableColumn("b")), rows=(TableRow(("only",)),))


NOT_RECORDED = "—"  # content.NOT_RECORDED, spelled out so that the test reads on its own


def _one_column(*cells: Cell) -> Table:
    return Table(
        title="Trẻ em",
        columns=(TableColumn("Loại"), TableColumn("Trẻ em", CellKind.INTEGER, summed=True)),
        rows=tuple(TableRow((f"dòng {n}", cell)) for n, cell in enumerate(cells)),
        total_label="Tổng cộng",
    )


def test_a_total_leaves_out_what_was_not_recorded_and_is_a_dash_when_nothing_was() -> None:
    assert _one_column(5, NOT_RECORDED, 7, None).totals() == ("Tổng cộng", 12)  # the recorded ones
    assert _one_column(NOT_RECORDED, NOT_RECORDED).totals() == ("Tổng cộng", NOT_RECORDED)  # never 0
    assert _one_column(0, NOT_RECORDED).totals() == ("Tổng cộng", 0)  # a recorded 0 is a 0
    assert _one_column(None, None).totals() == ("Tổng cộng", 0)


def test_a_total_over_a_suppressed_count_is_refused_not_understated() -> None:
    with pytest.raises(ValueError, match="cannot be stated"):
        _one_column(5, "<3").totals()
