from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from gender_equality_desk.core import campaigns, profile
from gender_equality_desk.core.domain.vocabulary import CampaignKind, VillageKind
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Campaign, Village

CAO_LAU = profile.ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Lạng Sơn",
    place_name="Cao Lâu",
    issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Vi Văn Thái",
)


def test_suggestions_from_commune_name() -> None:
    assert profile.suggest_issuing_body("Xã Cao Lâu") == "ỦY BAN NHÂN DÂN XÃ CAO LÂU"
    assert profile.suggest_issuing_body("Cao  Lâu") == "ỦY BAN NHÂN DÂN XÃ CAO LÂU"
    assert profile.suggest_issuing_body("Phường Hòa Mỹ") == "ỦY BAN NHÂN DÂN PHƯỜNG HÒA MỸ"
    assert profile.suggest_place_name("Xã Cao Lâu") == "Cao Lâu"


def test_profile_round_trip_and_update(store: Store) -> None:
    with store.transaction() as session:
        assert profile.load_profile(session) is None
        profile.save_profile(session, CAO_LAU)
    with store.transaction() as session:
        profile.save_profile(session, replace(CAO_LAU, signer_name="  Hoàng Văn Nam "))
    with store.reading() as session:
        loaded = profile.load_profile(session)
    assert loaded == replace(CAO_LAU, signer_name="Hoàng Văn Nam")


def test_invalid_profile_lists_every_problem_and_saves_nothing(store: Store) -> None:
    bad = replace(CAO_LAU, commune_name=" ", signer_name="", province_name="x" * 121)
    problems = profile.validate_profile(bad)
    assert set(problems) == {"commune_name", "signer_name", "province_name"}
    assert problems["commune_name"] == "Chưa nhập tên xã/phường. Vui lòng nhập tên xã/phường."
    with pytest.raises(UserFacingError) as raised, store.transaction() as session:
        profile.save_profile(session, bad)
    assert "họ tên người ký" in str(raised.value)
    with store.reading() as session:
        assert profile.load_profile(session) is None


def test_villages_parsed_deduplicated_and_typed(store: Store) -> None:
    names = profile.parse_village_names("Thôn Nà Làng\n bản  Pắc Mòng ; Thôn Nà Làng, Tổ dân phố 3\n\n")
    assert names == ["Thôn Nà Làng", "bản Pắc Mòng", "Tổ dân phố 3"]
    with store.transaction() as session:
        assert profile.add_villages(session, names) == 3
        assert profile.add_villages(session, ["THÔN NÀ LÀNG", "Thôn Khòn Pát"]) == 1
    with store.reading() as session:
        assert profile.village_names(session) == [
            "Thôn Nà Làng",
            "bản Pắc Mòng",
            "Tổ dân phố 3",
            "Thôn Khòn Pát",
        ]
        kinds = {name: kind for name, kind in session.execute(select(Village.name, Village.kind))}
    assert kinds["bản Pắc Mòng"] is VillageKind.BAN
    assert kinds["Tổ dân phố 3"] is VillageKind.TO_DAN_PHO


def test_default_campaign_is_action_month_inside_15_11_to_15_12(store: Store) -> None:
    with store.transaction() as session:
        november = campaigns.to_row(campaigns.default_campaign_for(session, date(2025, 11, 20)))
        march = campaigns.to_row(campaigns.default_campaign_for(session, date(2025, 3, 8)))
        again = campaigns.to_row(campaigns.default_campaign_for(session, date(2025, 12, 15)))
    assert november.kind is CampaignKind.ACTION_MONTH
    assert (november.start_date, november.end_date) == (date(2025, 11, 15), date(2025, 12, 15))
    assert november.theme == "Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số"
    assert again.id == november.id
    assert march.kind is CampaignKind.ANNUAL_PLAN
    assert (march.start_date, march.end_date) == (date(2025, 1, 1), date(2025, 12, 31))
    with store.reading() as session:
        assert len(session.scalars(select(Campaign.id)).all()) == 2


def test_theme_carries_over_to_years_without_an_official_one(store: Store) -> None:
    with store.transaction() as session:
        later = campaigns.ensure_action_month(session, 2027)
        message_year = campaigns.ensure_action_month(session, 2021)
    assert later.theme == "Bình đẳng giới và an toàn cho phụ nữ và trẻ em gái trong kỷ nguyên số"
    assert later.message == ""
    assert message_year.message == "Thực hiện bình đẳng giới là tiêu chí của tiến bộ, văn minh"
