from __future__ import annotations

from gender_equality_desk.core.reports.naming import ascii_file_stem, ascii_part


def test_vietnamese_names_become_safe_ascii() -> None:
    assert ascii_part("Xã Cao Lâu") == "XaCaoLau"
    assert ascii_part("Phường Đông Kinh") == "PhuongDongKinh"
    assert (
        ascii_file_stem("BaoCao", "ThangHanhDong", "2024", "Xã Cao Lâu")
        == "BaoCao_ThangHanhDong_2024_XaCaoLau"
    )
    assert ascii_file_stem("BaoCao", "Nhật ký hoạt động", "") == "BaoCao_NhatKyHoatDong"
    assert ascii_file_stem("A/B: C*?", "x").isascii()
