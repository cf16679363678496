"""A commune importing the province's round file: verified against the province key it imported,
refreshed by uuid, missing indicator codes added to its own rows; refused files write nothing."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages_signing import encode
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.desk import province_desk_profile, set_up_province_desk
from gender_equality_desk.core.province.keys import own_province_key
from gender_equality_desk.core.province.round_import import import_round_file
from gender_equality_desk.core.province.rounds import RoundInput, create_round, edit_round, publish_round
from gender_equality_desk.core.setup import set_up_commune, suggested_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.province_models import ProvinceLink
from gender_equality_desk.core.store.report_models import ReportIndicator


class Province:
    """A province desk in its own data folder, publishing rounds."""

    def __init__(self, root: Path, name: str) -> None:
        self.layout = DataLayout(root)
        self.store = open_store(self.layout)
        with self.store.transaction() as session:
            set_up_province_desk(session, province_desk_profile(name))
        self.key = own_province_key(self.layout, name, f"Sở Nội vụ tỉnh {name}")

    def publish(self, target: Path, value: RoundInput) -> int:
        with self.store.transaction() as session:
            created = create_round(session, value)
            publish_round(session, self.layout, created.id, target)
            return created.id

    def republish(self, round_id: int, target: Path, deadline: date) -> None:
        with self.store.transaction() as session:
            edit_round(session, round_id, deadline=deadline)
            publish_round(session, self.layout, round_id, target)


@pytest.fixture
def lang_son(tmp_path: Path) -> Iterator[Province]:
    province = Province(tmp_path / "lang-son", "Lạng Sơn")
    yield province
    province.store.close()


@pytest.fixture
def commune(store: Store) -> Store:
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Cao Lâu", "Lạng Sơn", "Trần Thị Hằng"), [])
    return store


def _link(store: Store, province: Province) -> None:
    """What the commune-submit helper's `province-key import` stores."""
    with store.transaction() as session:
        session.add(
            ProvinceLink(
                province_name=province.key.province,
                authority=province.key.authority,
                sealing_key=encode(province.key.sealing_key),
                signing_key=encode(province.key.signing_key),
                fingerprint=province.key.fingerprint,
            )
        )


def _rounds(store: Store) -> list[tuple[object, ...]]:
    with sqlite3.connect(store.path) as db:
        return db.execute(
            "SELECT uuid, report_kind, year, period, deadline, title, province_name FROM reporting_round"
        ).fetchall()


def test_the_round_is_stored_and_missing_codes_are_added(
    commune: Store, lang_son: Province, tmp_path: Path
) -> None:
    with lang_son.store.transaction() as session:  # the province reports a row the commune does not have
        session.add(
            ReportIndicator(
                report_kind="gender-equality",
                code="female_deputies",
                number="25",
                label="Số nữ đại biểu HĐND xã",
                unit="Người",
                sort_order=999,
            )
        )
    file = tmp_path / "ky.gedround"
    lang_son.publish(file, RoundInput("gender-equality", 2026, "h1"))
    _link(commune, lang_son)
    with commune.transaction() as session:  # the commune had hidden a row the province asks for
        session.query(ReportIndicator).filter_by(report_kind="gender-equality", code="female_leaders").update(
            {"is_active": False}
        )
    with commune.transaction() as session:
        result = import_round_file(session, file)
    statement = json.loads(file.read_text(encoding="utf-8"))["statement"]
    assert _rounds(commune) == [
        (statement["uuid"], "gender-equality", 2026, "h1", "2026-07-10", statement["title"], "Lạng Sơn")
    ]
    with sqlite3.connect(commune.path) as db:
        stored = db.execute("SELECT code, at_most_code FROM round_indicator ORDER BY sort_order").fetchall()
        own = db.execute(
            "SELECT code, number, label, unit, source, is_active FROM report_indicator "
            "WHERE report_kind = 'gender-equality' ORDER BY sort_order"
        ).fetchall()
    assert stored == [(row["code"], row["at_most"]) for row in statement["rows"]]
    assert own[-1] == (
        "female_deputies",
        "25",
        "Số nữ đại biểu HĐND xã",
        "Người",
        "",
        1,
    )  # after its neighbour
    assert ("female_leaders", 1) in {(row[0], row[5]) for row in own}
    assert (result.created, result.added_codes, result.restored_codes) == (
        True,
        ("female_deputies",),
        ("female_leaders",),
    )
    assert result.summary().splitlines() == [
        f"Đã nhập kỳ báo cáo “{statement['title']}” (6 tháng đầu năm 2026), hạn nộp 10/07/2026: "
        f"{len(statement['rows'])} dòng chỉ tiêu.",
        "Đã thêm 1 dòng chỉ tiêu xã chưa có (female_deputies): số liệu các dòng này cán bộ tự điền ở "
        "Cài đặt → Chỉ tiêu báo cáo.",
        "Đã hiện lại 1 dòng chỉ tiêu tỉnh yêu cầu báo cáo (female_leaders).",
    ]


def test_a_corrected_file_refreshes_the_round_by_uuid(
    commune: Store, lang_son: Province, tmp_path: Path
) -> None:
    _link(commune, lang_son)
    round_id = lang_son.publish(tmp_path / "v1.gedround", RoundInput("dv-statistics", 2026))
    with commune.transaction() as session:
        import_round_file(session, tmp_path / "v1.gedround")
    lang_son.republish(round_id, tmp_path / "v2.gedround", date(2027, 1, 20))
    with commune.transaction() as session:
        result = import_round_file(session, tmp_path / "v2.gedround")
    assert not result.created and result.added_codes == ()
    (row,) = _rounds(commune)
    assert row[1:5] == ("dv-statistics", 2026, "year", "2027-01-20")
    with sqlite3.connect(commune.path) as db:
        assert db.execute("SELECT count(*) FROM round_indicator").fetchone() == (
            len(_codes(tmp_path / "v2.gedround")),
        )


def _codes(file: Path) -> list[str]:
    return [row["code"] for row in json.loads(file.read_text(encoding="utf-8"))["statement"]["rows"]]


def test_a_changed_figure_of_the_file_is_refused(commune: Store, lang_son: Province, tmp_path: Path) -> None:
    _link(commune, lang_son)
    file = tmp_path / "ky.gedround"
    lang_son.publish(file, RoundInput("dv-statistics", 2026))
    content = json.loads(file.read_text(encoding="utf-8"))
    content["statement"]["deadline"] = "2027-03-01"  # someone moves the deadline on the USB stick
    file.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    with (
        pytest.raises(UserFacingError, match="đã bị sửa sau khi tỉnh ký"),
        commune.transaction() as session,
    ):
        import_round_file(session, file)
    assert _rounds(commune) == []


def test_another_provinces_file_is_refused(commune: Store, lang_son: Province, tmp_path: Path) -> None:
    other = Province(tmp_path / "cao-bang", "Cao Bằng")
    try:
        other.publish(tmp_path / "cb.gedround", RoundInput("dv-statistics", 2026))
    finally:
        other.store.close()
    _link(commune, lang_son)
    with (
        pytest.raises(UserFacingError, match="không do tỉnh của xã ký"),
        commune.transaction() as session,
    ):
        import_round_file(session, tmp_path / "cb.gedround")
    assert _rounds(commune) == []
    with sqlite3.connect(commune.path) as db:
        assert db.execute("SELECT count(*) FROM round_indicator").fetchone() == (0,)


def test_without_the_province_key_nothing_is_imported(
    commune: Store, lang_son: Province, tmp_path: Path
) -> None:
    lang_son.publish(tmp_path / "ky.gedround", RoundInput("dv-statistics", 2026))
    with (
        pytest.raises(UserFacingError, match="chưa nhập tệp khóa của tỉnh"),
        commune.transaction() as session,
    ):
        import_round_file(session, tmp_path / "ky.gedround")
    assert _rounds(commune) == []
