"""A commune imports its province's key file: kept in `province_link`, read back, the same key again
harmless, a different key only with an explicit confirmation that names both fingerprints."""

from __future__ import annotations

import base64
import sqlite3
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.keys import key_fingerprint
from gender_equality_desk.core.province.province_link import (
    ProvinceKeyChangeError,
    import_province_key_file,
    linked_province,
)
from gender_equality_desk.core.store.engine import Store

from .province_fixtures import make_province


def link_rows(store: Store) -> list[tuple[object, ...]]:
    with sqlite3.connect(store.path) as db:
        return db.execute(
            "SELECT province_name, authority, sealing_key, signing_key, fingerprint, is_deleted "
            "FROM province_link ORDER BY id"
        ).fetchall()


def test_the_key_file_is_kept_and_read_back(store: Store, tmp_path: Path) -> None:
    province = make_province(tmp_path)
    with store.transaction() as session:
        assert linked_province(session) is None
        result = import_province_key_file(session, province.key_file)
    assert not result.already_linked and result.replaced is None
    sealing, signing = province.key.sealing_key, province.key.signing_key
    expected_print = key_fingerprint(sealing, signing)
    assert len(expected_print) == 24 and result.linked.fingerprint == expected_print
    assert link_rows(store) == [
        ("Lạng Sơn", "Sở Nội vụ tỉnh Lạng Sơn", base64.b64encode(sealing).decode(),
         base64.b64encode(signing).decode(), expected_print, 0)
    ]  # fmt: skip
    with store.reading() as session:
        linked = linked_province(session)
    assert linked is not None
    assert (linked.province, linked.sealing_key, linked.signing_key) == ("Lạng Sơn", sealing, signing)
    assert linked.key == province.key


def test_the_same_key_again_changes_nothing_but_says_so(store: Store, tmp_path: Path) -> None:
    province = make_province(tmp_path)
    with store.transaction() as session:
        import_province_key_file(session, province.key_file)
    with store.transaction() as session:
        again = import_province_key_file(session, province.key_file)
    assert again.already_linked and again.replaced is None
    assert len(link_rows(store)) == 1


def test_a_different_key_is_refused_naming_both_fingerprints(store: Store, tmp_path: Path) -> None:
    first = make_province(tmp_path / "a")
    other = make_province(tmp_path / "b", "Cao Bằng")
    with store.transaction() as session:
        import_province_key_file(session, first.key_file)
    before = link_rows(store)
    with pytest.raises(ProvinceKeyChangeError) as refused, store.transaction() as session:
        import_province_key_file(session, other.key_file)
    message = str(refused.value)
    assert first.key.fingerprint in message and other.key.fingerprint in message
    assert "Sở Nội vụ tỉnh Lạng Sơn" in message and "Sở Nội vụ tỉnh Cao Bằng" in message
    assert "gọi điện" in message
    assert link_rows(store) == before  # nothing written


def test_replacing_with_confirmation_keeps_the_old_key_as_history(store: Store, tmp_path: Path) -> None:
    first = make_province(tmp_path / "a")
    other = make_province(tmp_path / "b", "Cao Bằng")
    with store.transaction() as session:
        import_province_key_file(session, first.key_file)
    with store.transaction() as session:
        result = import_province_key_file(session, other.key_file, replace=True)
    assert result.replaced is not None and result.replaced.fingerprint == first.key.fingerprint
    assert [(row[0], row[4], row[5]) for row in link_rows(store)] == [
        ("Lạng Sơn", first.key.fingerprint, 1),
        ("Cao Bằng", other.key.fingerprint, 0),
    ]
    with store.reading() as session:
        linked = linked_province(session)
    assert linked is not None and linked.key == other.key


def test_a_file_that_is_not_a_key_file_is_refused(store: Store, tmp_path: Path) -> None:
    wrong = tmp_path / "baocao.gedkey"
    wrong.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(UserFacingError, match="không phải tệp khóa của tỉnh"), store.transaction() as session:
        import_province_key_file(session, wrong)
    assert link_rows(store) == []


def test_the_rounds_imported_are_listed_newest_year_first(store: Store) -> None:
    from datetime import date

    from gender_equality_desk.core.province.province_link import ImportedRound, imported_rounds
    from gender_equality_desk.core.store.province_models import ReportingRound

    with store.transaction() as session:
        for year, period, deadline in ((2025, "year", date(2025, 12, 10)), (2026, "h1", date(2026, 6, 5))):
            session.add(
                ReportingRound(
                    report_kind="gender-equality", year=year, period=period, period_start=date(year, 1, 1),
                    period_end=date(year, 6, 30), deadline=deadline, title=f"Kỳ {year}",
                )
            )  # fmt: skip
    with store.reading() as session:
        assert imported_rounds(session) == [
            ImportedRound("gender-equality", 2026, "h1", date(2026, 6, 5), "Kỳ 2026"),
            ImportedRound("gender-equality", 2025, "year", date(2025, 12, 10), "Kỳ 2025"),
        ]
