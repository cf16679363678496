"""A small, realistic commune for GUI tests (the demo generator fills bigger stores)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import select

from gender_equality_desk.core.campaigns import default_campaign_for
from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.profile import ProfileInput, add_villages, save_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import (
    Activity,
    ActivityKind,
    PropagandaEvent,
    PropagandaKind,
    Village,
)

PROFILE = ProfileInput(
    commune_name="Xã Cao Lâu",
    province_name="Quảng Nam",
    place_name="Cao Lâu",
    issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
    receiving_authority="Sở Nội vụ tỉnh Quảng Nam",
    signer_name="Trần Thị Thu Hằng",
    officer_name="Lê Văn Dũng",
    officer_phone="0905 123 456",
)
VILLAGES = ["Thôn Đông Bàn", "Thôn Trung Châu", "Thôn Phú Mỹ", "Thôn Bàn Thạch", "Thôn Hà Mỹ", "Bản Nà Hẩu"]
TITLES = {
    "launch_ceremony": "Lễ phát động Tháng hành động vì bình đẳng giới",
    "conference": "Tọa đàm “Phụ nữ với an toàn trên không gian mạng”",
    "training": "Tập huấn kỹ năng cho cộng tác viên phòng, chống bạo lực gia đình",
    "club_meeting": "Sinh hoạt CLB gia đình phát triển bền vững",
    "village_meeting": "Họp dân lồng ghép nội dung bình đẳng giới",
    "mediation": "Hòa giải mâu thuẫn gia đình tại cơ sở",
}


def fill_sample_commune(store: Store, today: date, *, seed: int = 7) -> None:
    """Profile, villages, ~40 activities of this year and last (some planned) and propaganda events."""
    rng = random.Random(seed)
    with store.transaction() as session:
        save_profile(session, PROFILE)
        add_villages(session, VILLAGES)
        villages = list(session.scalars(select(Village)))
        kinds = {kind.code: kind for kind in session.scalars(select(ActivityKind))}
        for index in range(40):
            day = today - timedelta(days=rng.randint(-30, 400))
            code = rng.choice(list(TITLES))
            total = rng.randint(20, 180)
            female = rng.randint(total // 3, total)
            start = datetime(day.year, day.month, day.day, rng.choice([7, 8, 14]), 30, tzinfo=LOCAL_TZ)
            session.add(
                Activity(
                    campaign=default_campaign_for(session, day),
                    kind=kinds[code],
                    title=TITLES[code],
                    start_at=start,
                    end_at=start + timedelta(hours=2),
                    village=rng.choice(villages) if index % 4 else None,
                    place_text="Hội trường UBND xã",
                    organiser="Hội Liên hiệp Phụ nữ xã",
                    participants_total=total,
                    participants_female=female,
                    participants_male=total - female,
                    budget_vnd=rng.choice([0, 500_000, 1_200_000, 2_500_000]),
                    budget_source=BudgetSource.COMMUNE,
                    status=ActivityStatus.PLANNED if day > today else ActivityStatus.DONE,
                )
            )
        propaganda = {kind.code: kind for kind in session.scalars(select(PropagandaKind))}
        for index, code in enumerate(
            [
                "banner_slogan",
                "pano_poster",
                "radio_broadcast",
                "online_article",
                "leaflet",
                "radio_broadcast",
            ]
        ):
            day = today - timedelta(days=3 * index)
            broadcast = code == "radio_broadcast"
            session.add(
                PropagandaEvent(
                    campaign=default_campaign_for(session, day),
                    kind=propaganda[code],
                    title=propaganda[code].label,
                    start_date=day,
                    end_date=day,
                    quantity=rng.randint(3, 30) if code != "leaflet" else 1_500,
                    minutes=rng.randint(60, 300) if broadcast else None,
                )
            )
