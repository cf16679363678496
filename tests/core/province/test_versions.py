"""Received versions read back: rounds and their counts, a commune's versions, what changed between two."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.receiving import receive_files
from gender_equality_desk.core.province.round_scope import round_summaries
from gender_equality_desk.core.province.versions import (
    FigureChange,
    commune_versions,
    round_receipts,
    version_differences,
)
from gender_equality_desk.core.store.engine import Store

from .province_fixtures import (
    CAO_LAU,
    FIGURES,
    HOANG_DONG,
    MAI_PHA,
    RECEIVED,
    SENT_ROWS,
    SIGNED,
    add_round,
    receiving_desk,
)


def test_versions_of_a_commune_and_their_differences(
    store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    province, round_id = receiving_desk(store, layout, HOANG_DONG, CAO_LAU, MAI_PHA)
    add_round(
        store, kind="gender-equality", period="h1", rows=SENT_ROWS,
        title="Báo cáo bình đẳng giới 6 tháng đầu năm 2026",
    )  # fmt: skip
    CAO_LAU.send(tmp_path, province, signed_at=SIGNED)
    second = {"AM01": 14, "AM02": 300, "AM03": None, "AM04": 5, "XA09": 2}  # AM03 blanked, a code added
    CAO_LAU.send(tmp_path, province, figures=second, signed_at=SIGNED + timedelta(days=1))
    third = {**second, "AM02": 320}
    CAO_LAU.send(tmp_path, province, figures=third, signed_at=SIGNED + timedelta(days=2))
    HOANG_DONG.send(tmp_path, province, signed_at=SIGNED)
    receive_files(store, layout, [tmp_path], now=RECEIVED)

    with store.reading() as db:
        rounds = round_summaries(db)
        receipts = round_receipts(db, round_id)
        versions = commune_versions(db, round_id, "04378")
        first_to_second = version_differences(db, versions[0].id, versions[1].id)
        first_to_third = version_differences(db, versions[0].id, versions[2].id)
        unchanged = version_differences(db, versions[2].id, versions[2].id)

    assert [(item.label, item.communes_received, item.communes_in_roster) for item in rounds] == [
        ("Báo cáo bình đẳng giới 6 tháng đầu năm 2026", 0, 3),  # the title the province gave it
        ("Tháng hành động vì bình đẳng giới năm 2026", 2, 3),
    ]
    assert [
        (item.commune_code, item.commune_name, item.versions, item.latest.version) for item in receipts
    ] == [
        ("04381", "Phường Hoàng Đồng", 1, 1),
        ("04378", "Xã Cao Lâu", 3, 3),
    ]
    assert [(item.version, item.signed_at) for item in versions] == [
        (1, SIGNED),
        (2, SIGNED + timedelta(days=1)),
        (3, SIGNED + timedelta(days=2)),
    ]
    assert first_to_second == [
        FigureChange("AM01", "Số hoạt động đã tổ chức", 12, 14),
        FigureChange("AM03", "Lượt người tham gia là nữ", 160, None),
        FigureChange("XA09", "Dòng XA09 của xã", None, 2),
    ]
    assert first_to_third == [
        FigureChange("AM01", "Số hoạt động đã tổ chức", 12, 14),
        FigureChange("AM02", "Tổng lượt người tham gia", 300, 320),
        FigureChange("AM03", "Lượt người tham gia là nữ", 160, None),
        FigureChange("XA09", "Dòng XA09 của xã", None, 2),
    ]
    assert unchanged == []
    assert FIGURES["AM02"] == 300  # the fixture's figure the differences start from
