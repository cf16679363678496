"""Setting up a province desk and switching an empty desk's role, read back with plain SQL."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.province.desk import (
    DESK_COMMUNE,
    DESK_PROVINCE,
    ProvinceDeskExistsError,
    desk_data,
    desk_role,
    province_desk_profile,
    require_desk,
    set_up_province_desk,
    switch_desk_role,
)
from gender_equality_desk.core.setup import set_up_commune, suggested_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, ActivityKind, Campaign
from gender_equality_desk.core.store.province_models import ProvinceCommune


def _profile_rows(path: Path) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT desk_role, commune_name, province_name, place_name, issuing_body, parent_body, "
            "receiving_authority, signer_name, signer_title, signing_authority FROM commune_profile"
        ).fetchall()


def test_the_province_profile_is_suggested_from_the_province() -> None:
    profile = province_desk_profile("Tỉnh Lạng Sơn", signer=" Hoàng  Văn Nam ")
    assert profile.commune_name == "Sở Nội vụ tỉnh Lạng Sơn"
    assert profile.province_name == "Lạng Sơn"
    assert profile.place_name == "Lạng Sơn"
    assert profile.issuing_body == "SỞ NỘI VỤ"
    assert profile.parent_body == "UBND TỈNH LẠNG SƠN"
    assert profile.receiving_authority == "Bộ Nội vụ"
    assert profile.signer_name == "Hoàng Văn Nam"
    assert (profile.signer_title, profile.signing_authority) == ("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")
    city = province_desk_profile("Đà Nẵng", authority="Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng")
    assert city.issuing_body == "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert city.parent_body == "UBND THÀNH PHỐ ĐÀ NẴNG"
    assert city.receiving_authority == "Bộ Văn hóa, Thể thao và Du lịch"


def test_set_up_saves_a_province_desk_without_villages(store: Store) -> None:
    with store.transaction() as session:
        result = set_up_province_desk(session, province_desk_profile("Lạng Sơn"))
    assert result.replaced is None
    assert _profile_rows(store.path) == [
        (
            "province",
            "Sở Nội vụ tỉnh Lạng Sơn",
            "Lạng Sơn",
            "Lạng Sơn",
            "SỞ NỘI VỤ",
            "UBND TỈNH LẠNG SƠN",
            "Bộ Nội vụ",
            "",
            "PHÓ GIÁM ĐỐC",
            "KT. GIÁM ĐỐC",
        ),
    ]
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT count(*) FROM village").fetchone() == (0,)
    with store.reading() as session:
        assert desk_role(session) == DESK_PROVINCE
        require_desk(session, DESK_PROVINCE, "nhập danh bạ")
        with pytest.raises(
            UserFacingError, match=r"bàn tiếp nhận của tỉnh .*: không nhập tệp kỳ báo cáo được"
        ):
            require_desk(session, DESK_COMMUNE, "nhập tệp kỳ báo cáo")


def test_a_second_setup_is_refused_and_nothing_changes(store: Store) -> None:
    with store.transaction() as session:
        set_up_province_desk(session, province_desk_profile("Lạng Sơn"))
    before = _profile_rows(store.path)
    with (
        pytest.raises(ProvinceDeskExistsError, match="đã khai báo Sở Nội vụ tỉnh Lạng Sơn, Lạng Sơn"),
        store.transaction() as session,
    ):
        set_up_province_desk(session, province_desk_profile("Cao Bằng"))
    assert _profile_rows(store.path) == before


def test_a_commune_with_records_cannot_become_a_province_desk(store: Store) -> None:
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Cao Lâu", "Quảng Nam", "Trần Thị Hằng"), ["Thôn A"])
        assert desk_data(session) == []
        campaign = Campaign(
            year=2026,
            kind="action_month",
            name="Tháng hành động 2026",
            start_date=datetime(2026, 11, 15).date(),
            end_date=datetime(2026, 12, 15).date(),
        )
        session.add(campaign)
        session.flush()
        kind = session.query(ActivityKind).first()
        assert kind is not None
        session.add(
            Activity(
                campaign_id=campaign.id,
                kind_id=kind.id,
                title="Lễ phát động",
                start_at=datetime(2026, 11, 15, 1, tzinfo=UTC),
                end_at=datetime(2026, 11, 15, 3, tzinfo=UTC),
            )
        )
    with store.reading() as session:
        assert desk_data(session) == ["1 hoạt động"]
    with (
        pytest.raises(UserFacingError, match=r"đã có dữ liệu \(1 hoạt động\): không chuyển"),
        store.transaction() as session,
    ):
        switch_desk_role(session, DESK_PROVINCE)
    with pytest.raises(UserFacingError, match="đã có dữ liệu"), store.transaction() as session:
        set_up_province_desk(session, province_desk_profile("Quảng Nam"), replace_profile=True)
    assert _profile_rows(store.path)[0][:2] == ("commune", "Xã Cao Lâu")


def test_an_empty_desk_switches_both_ways(store: Store) -> None:
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Cao Lâu", "Quảng Nam", "Trần Thị Hằng"), [])
    with store.transaction() as session:
        saved = switch_desk_role(session, DESK_PROVINCE)
    assert saved.commune_name == "Sở Nội vụ tỉnh Quảng Nam" and saved.signer_name == ""
    assert _profile_rows(store.path)[0][:5] == (
        "province",
        "Sở Nội vụ tỉnh Quảng Nam",
        "Quảng Nam",
        "Quảng Nam",
        "SỞ NỘI VỤ",
    )
    with store.transaction() as session:
        session.add(ProvinceCommune(code="04378", name="Xã Cao Lâu"))
    with pytest.raises(UserFacingError, match=r"\(1 xã trong danh bạ\)"), store.transaction() as session:
        switch_desk_role(session, DESK_COMMUNE)
    with store.transaction() as session:
        session.query(ProvinceCommune).delete()
    with store.transaction() as session:
        switch_desk_role(session, DESK_COMMUNE)
    with store.reading() as session:
        assert desk_role(session) == DESK_COMMUNE
        profile = load_profile(session)
    assert profile is not None and profile.commune_name == "Sở Nội vụ tỉnh Quảng Nam"  # kept to be corrected


def test_a_folder_not_set_up_is_a_commune_desk(store: Store) -> None:
    with store.reading() as session:
        assert desk_role(session) == DESK_COMMUNE
    with pytest.raises(UserFacingError, match="chưa khai báo đơn vị"), store.transaction() as session:
        switch_desk_role(session, DESK_PROVINCE)
