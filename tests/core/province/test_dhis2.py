"""DHIS2: the mapping table edited like any catalogue, and dataValueSets with one value per commune × mapped
code, checked against plain SQL; blanks never sent as 0, unmapped codes listed."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.consolidation import consolidate
from gender_equality_desk.core.province.dhis2 import (
    MappingRow,
    apply_mappings,
    build_export,
    dhis2_period,
    export_summary,
    list_mappings,
    remove_mapping,
    save_mapping,
    write_export,
)
from gender_equality_desk.core.province.round_scope import get_round
from gender_equality_desk.core.store.engine import Store

from .province_fixtures import FIGURE_CODES, Province, add_commune, add_round, fill_province, set_up_province
from .test_consolidation import LATEST

ELEMENTS = {"AM01": "fbfJHSPpUQD", "AM02": "cYeuwXTCPkU", "AM02F": "cYeuwXTCPkU", "AM04": "Jtf34kNZhzP"}
FEMALE_COMBO = "hEFKSsPV5et"


def _map_all(store: Store) -> None:
    with store.transaction() as session:
        for code, element in ELEMENTS.items():
            combo = FEMALE_COMBO if code == "AM02F" else ""
            save_mapping(session, MappingRow("action-month", code, element, combo))


def test_mappings_are_added_changed_and_removed(store: Store) -> None:
    with store.transaction() as session:
        save_mapping(session, MappingRow("action-month", "AM01", " fbfJHSPpUQD "))
        save_mapping(session, MappingRow("action-month", "AM02", "cYeuwXTCPkU", FEMALE_COMBO))
        save_mapping(session, MappingRow("gender-equality", "AM01", "Jtf34kNZhzP"))
    with store.transaction() as session:
        save_mapping(session, MappingRow("action-month", "AM01", "x0123456789"))
        remove_mapping(session, "action-month", "AM02")
    with store.reading() as session:
        assert list_mappings(session, "action-month") == (MappingRow("action-month", "AM01", "x0123456789"),)
    with store.transaction() as session:  # a removed code comes back with its new values
        save_mapping(session, MappingRow("action-month", "AM02", "Jtf34kNZhzP"))
    with store.reading() as session:
        assert [m.data_element for m in list_mappings(session, "action-month")] == [
            "x0123456789",
            "Jtf34kNZhzP",
        ]
        assert len(list_mappings(session, "gender-equality")) == 1


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (MappingRow("action-month", "AM01", "12345678901"), "không đúng dạng mã DHIS2"),
        (MappingRow("action-month", "AM01", "fbfJHSPpUQ"), "11 ký tự"),
        (MappingRow("action-month", "AM01", "fbfJHSPpUQD", "bad combo"), "category option combo"),
        (MappingRow("action-month", " ", "fbfJHSPpUQD"), "Chưa chọn chỉ tiêu"),
        (MappingRow("activity-log", "AM01", "fbfJHSPpUQD"), "không gửi lên tỉnh"),
    ],
)
def test_a_wrong_mapping_is_refused_in_vietnamese(store: Store, row: MappingRow, message: str) -> None:
    with store.transaction() as session, pytest.raises(UserFacingError, match=message):
        save_mapping(session, row)
    with store.reading() as session:
        assert list_mappings(session, row.report_kind) == ()


def test_removing_an_unmapped_code_says_so(store: Store) -> None:
    with store.transaction() as session, pytest.raises(UserFacingError, match="chưa được gán mã DHIS2"):
        remove_mapping(session, "action-month", "AM01")


@pytest.fixture
def province(store: Store) -> Province:
    province = fill_province(store, communes=30)
    with store.transaction() as session:  # one commune is known to DHIS2 by another code
        from gender_equality_desk.core.store.province_models import ProvinceCommune

        session.query(ProvinceCommune).filter_by(code="04000").one().dhis2_org_unit = "LS_HVT"
    _map_all(store)
    return province


def test_export_has_one_value_per_commune_and_mapped_code(
    store: Store, province: Province, tmp_path: Path
) -> None:
    with store.reading() as session:
        export = build_export(consolidate(session, province.round_id), list_mappings(session, "action-month"))
    target = write_export(export, tmp_path / "dhis2.json")
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert payload["orgUnitIdScheme"] == "CODE"
    sent = {
        (v["orgUnit"], v["dataElement"], v.get("categoryOptionCombo", "")): v for v in payload["dataValues"]
    }
    assert len(sent) == len(payload["dataValues"]) == export.values

    query = f"""WITH latest AS ({LATEST})
        SELECT COALESCE(NULLIF(c.dhis2_org_unit, ''), c.code), f.code, f.value FROM latest l
        JOIN province_commune c ON c.code = l.commune_code
        JOIN received_figure f ON f.submission_id = l.id"""
    with sqlite3.connect(store.path) as connection:
        rows = connection.execute(query, {"round": province.round_id}).fetchall()
    expected = {
        (org_unit, ELEMENTS[code], FEMALE_COMBO if code == "AM02F" else ""): str(value)
        for org_unit, code, value in rows
        if code in ELEMENTS and value is not None
    }
    assert {key: value["value"] for key, value in sent.items()} == expected
    assert all(value["period"] == "2026" for value in payload["dataValues"])
    assert any(key[0] == "LS_HVT" for key in sent) and not any(key[0] == "04000" for key in sent)
    blanks = sum(1 for _org, code, value in rows if code in ELEMENTS and value is None)
    assert export.blanks_skipped == blanks > 0
    assert [line.code for line in export.unmapped] == [c for c in FIGURE_CODES if c not in ELEMENTS]


def test_the_officer_is_told_what_was_not_sent(store: Store, province: Province) -> None:
    with store.reading() as session:
        export = build_export(consolidate(session, province.round_id), list_mappings(session, "action-month"))
    lines = export_summary(export)
    assert lines[0] == f"{export.values} giá trị, kỳ DHIS2 “2026”."
    assert "Tháng hành động được gửi theo kỳ năm 2026" in lines[1]
    assert f"{export.blanks_skipped} ô xã để trống không được gửi" in lines[2]
    assert lines[3].startswith("3 chỉ tiêu chưa gán mã DHIS2 nên không được gửi: AM03 (Băng rôn, khẩu hiệu)")


def test_periods_in_dhis2_iso_form(store: Store) -> None:
    with store.transaction() as session:
        set_up_province(session)
        add_commune(session, "001", "Xã An")
        half = add_round(session, kind="gender-equality", period="h1", start=date(2026, 1, 1),
                         end=date(2026, 6, 30), deadline=date(2026, 6, 5))  # fmt: skip
        year = add_round(session, kind="dv-statistics", period="year", start=date(2026, 1, 1),
                         end=date(2026, 12, 31), deadline=date(2026, 12, 10))  # fmt: skip
        assert dhis2_period(get_round(session, half)) == ("2026S1", "")
        assert dhis2_period(get_round(session, year)) == ("2026", "")


def test_a_target_without_json_suffix_is_refused(store: Store, province: Province, tmp_path: Path) -> None:
    with store.reading() as session:
        export = build_export(consolidate(session, province.round_id), list_mappings(session, "action-month"))
    with pytest.raises(UserFacingError, match=r"đuôi \.json"):
        write_export(export, tmp_path / "dhis2.txt")
    assert not (tmp_path / "dhis2.txt").exists()


def test_the_editors_table_is_saved_at_once(store: Store) -> None:
    with store.transaction() as session:
        save_mapping(session, MappingRow("action-month", "AM01", "fbfJHSPpUQD"))
        save_mapping(session, MappingRow("action-month", "AM02", "cYeuwXTCPkU"))
    table = [
        MappingRow("action-month", "AM01", "fbfJHSPpUQD"),  # unchanged
        MappingRow("action-month", "AM02", ""),  # emptied: removed
        MappingRow("action-month", "AM03", "Jtf34kNZhzP", FEMALE_COMBO),  # new
        MappingRow("action-month", "AM04", ""),  # never mapped, left empty
    ]
    with store.transaction() as session:
        changes = apply_mappings(session, "action-month", table)
    assert (changes.saved, changes.removed) == (1, 1)
    with store.reading() as session:
        assert list_mappings(session, "action-month") == (table[0], table[2])


def test_one_wrong_row_saves_nothing(store: Store) -> None:
    table = [
        MappingRow("action-month", "AM01", "fbfJHSPpUQD"),
        MappingRow("action-month", "AM03", "", FEMALE_COMBO),  # a combo without its data element
    ]
    with store.transaction() as session, pytest.raises(UserFacingError, match="Chỉ tiêu mã “AM03”"):
        apply_mappings(session, "action-month", table)
    with store.reading() as session:
        assert list_mappings(session, "action-month") == ()
