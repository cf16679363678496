"""Random communes for the report oracle: hypothesis strategies for what an officer records, and the
store they are recorded in — every record through the app's own services, as the officer's forms do.

A template data folder (profile, villages, an administrator, catalogue edits, extra indicator rows) is
built once and opened once; each example puts the open store back to the template (SQLite's backup API)
before recording, so an example starts from a clean store in milliseconds, which keeps shrinking a
failure short.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import select, update

from gender_equality_desk.core.campaigns import ensure_action_month, ensure_annual_plan
from gender_equality_desk.core.cases.catalogue import DvForm, ensure_dv_acts, save_dv_forms
from gender_equality_desk.core.cases.records import CaseInput, create_case
from gender_equality_desk.core.cases.support import MeasureInput, add_measure
from gender_equality_desk.core.cases.trusted import TrustedAddressInput, save_trusted_address
from gender_equality_desk.core.cases.vocabulary import (
    AgeGroup,
    IntakeChannel,
    MeasureKind,
    Relationship,
    RiskLevel,
    Sex,
)
from gender_equality_desk.core.catalogues import CatalogueKind, add_entry, set_active
from gender_equality_desk.core.domain.clock import local_datetime
from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource, QuantityUnit
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import ProfileInput, add_villages, save_profile
from gender_equality_desk.core.records.activities import ActivityInput, create_activity
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.propaganda import PropagandaInput, create_propaganda
from gender_equality_desk.core.records.trash import move_to_trash
from gender_equality_desk.core.reports.indicators import IndicatorInput, add_indicator
from gender_equality_desk.core.reports.period_report import DV_STATISTICS, GENDER_EQUALITY
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.case_models import DvAct, TrustedAddress
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, ActivityKind, PropagandaKind, Village
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.core.store.reference import catalogue_items

YEAR = 2025
ACTION_MONTH = (date(YEAR, 11, 15), date(YEAR, 12, 15))
TODAY = date(YEAR + 1, 1, 20)  # after every record: nothing is refused for lying in the future
PROFILE = ProfileInput(
    commune_name="Xã Tân Lập",
    province_name="Lạng Sơn",
    place_name="Tân Lập",
    issuing_body="ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
    receiving_authority="Sở Nội vụ tỉnh Lạng Sơn",
    signer_name="Hoàng Thị Mai",
)
VILLAGES = ("Thôn Nà Làng", "Bản Pắc Mòng")
ADMIN, PASSWORD = "quantri", "Quan tri 2025"

# Kinds the officer added: one still in use, one used this year and then retired (deactivated); and a
# shipped kind with a row of its own in the annual report, retired too (the commune stopped inspections).
ADDED_KIND, RETIRED_KIND = "Ngày hội gia đình hạnh phúc", "Thi nấu ăn gia đình"
RETIRED_SHIPPED_KIND = "inspection"
ADDED_PROPAGANDA, RETIRED_PROPAGANDA = "Trình chiếu phim tài liệu", "Pa nô lưu động"
SHIPPED_KINDS = tuple(item["code"] for item in catalogue_items("activity_kinds"))
SHIPPED_PROPAGANDA = tuple(item["code"] for item in catalogue_items("propaganda_kinds"))
ACT_CODES = ("a", "b", "c", "d", "dd", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q")
# The administrator's own corrections of the act → form mapping (data, Cài đặt): one act counted under no
# form, one moved to another form. The oracle reads the mapping from the store, whatever it is.
FORM_EDITS: dict[str, DvForm | None] = {"p": None, "d": DvForm.ECONOMIC}
# Rows an officer added to the shipped indicator tables: another family's rest and compound sources.
EXTRA_INDICATORS = {
    GENDER_EQUALITY: (
        IndicatorInput("Lượt người tham gia các hoạt động khác", unit="Lượt người",
                       source="activities.kind.rest.participants"),
        IndicatorInput("Ấn phẩm (cái và bản)", unit="Cái, bản",
                       source="propaganda.unit.piece+propaganda.unit.copy"),
        IndicatorInput("Số phút tuyên truyền lưu động", unit="Phút", source="propaganda.minutes.session"),
        IndicatorInput("Số vụ cấm tiếp xúc hoặc tạm lánh", unit="Vụ",
                       source="cases.measure.no_contact+cases.measure.shelter"),
    ),
    DV_STATISTICS: (
        IndicatorInput("Số vụ chưa xác định hình thức", unit="Vụ", source="cases.form.none"),
        IndicatorInput("Số nạn nhân được hỗ trợ", unit="Người", source="cases.supported"),
        IndicatorInput("Trong đó: nữ", unit="Người", source="cases.supported.female", level=1),
        IndicatorInput("Số vụ bạo lực tình dục (GBVIMS)", unit="Vụ", source="cases.gbv.sexual"),
    ),
}  # fmt: skip


class Filing:
    """Which campaign a record is filed under: the default of its date, or one the officer chose."""

    DEFAULT = "default"
    ACTION_MONTH = "action_month"
    ANNUAL_PLAN = "annual_plan"


@dataclass(frozen=True)
class ActivitySpec:
    kind: str  # a shipped code, ADDED_KIND or RETIRED_KIND
    day: date
    hour: int
    extra_days: int
    filing: str
    status: ActivityStatus
    total: int
    female: int | None
    male: int | None
    children: int | None
    ethnic: int | None
    budget: int
    source: BudgetSource | None
    unsourced: bool  # an amount without a source, as stores made before the check hold
    village: str | None
    place: str
    organiser: str
    deleted: bool


@dataclass(frozen=True)
class PropagandaSpec:
    kind: str  # a shipped code, ADDED_PROPAGANDA or RETIRED_PROPAGANDA
    day: date
    extra_days: int
    filing: str
    quantity: int
    minutes: int | None
    reach: int | None
    village: str | None
    places: tuple[str, ...]
    deleted: bool


@dataclass(frozen=True)
class CaseSpec:
    intake: date
    survivor_sex: Sex
    survivor_age: AgeGroup
    perpetrator_sex: Sex
    acts: tuple[str, ...]
    measures: tuple[tuple[MeasureKind, int], ...]  # kind, days after intake


@dataclass(frozen=True)
class Commune:
    activities: tuple[ActivitySpec, ...]
    propaganda: tuple[PropagandaSpec, ...]
    cases: tuple[CaseSpec, ...]


@dataclass(frozen=True, repr=False)
class NamedCommune(Commune):
    """A commune written by hand, reported by its name (a failure does not print 70 records)."""

    name: str = ""

    def __repr__(self) -> str:
        return self.name

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # how hypothesis prints an example
        printer.text(self.name)


# -- strategies -------------------------------------------------------------------------------------------

# Days at the edges that matter: the Action Month's first and last day and the days around them, the
# year's first and last day and the days around them.
EDGES = (
    date(YEAR, 11, 14), date(YEAR, 11, 15), date(YEAR, 12, 15), date(YEAR, 12, 16),
    date(YEAR - 1, 12, 31), date(YEAR, 1, 1), date(YEAR, 12, 31), date(YEAR + 1, 1, 1),
)  # fmt: skip
days = st.one_of(
    st.dates(*ACTION_MONTH),
    st.sampled_from(EDGES),
    st.dates(date(YEAR - 1, 12, 1), date(YEAR + 1, 1, 15)),
)
# Local hours: 00:xx is the previous day in UTC, the stored time; 23:xx the same day.
hours = st.sampled_from((0, 7, 14, 23))
filings = st.sampled_from((Filing.DEFAULT, Filing.DEFAULT, Filing.ACTION_MONTH, Filing.ANNUAL_PLAN))
counts = st.one_of(st.integers(0, 60), st.integers(0, 3000))
places = st.sampled_from(("", "Nhà văn hóa", "Hội trường UBND xã", "Trường Tiểu học Tân Lập"))
villages = st.one_of(st.none(), st.sampled_from(VILLAGES))


@st.composite
def activity_specs(draw: st.DrawFn) -> ActivitySpec:
    total = draw(counts)
    pattern = draw(st.sampled_from(("both", "female", "male", "neither")))
    part = draw(st.integers(0, total))
    female, male = {
        "both": (part, total - part),
        "female": (part, None),
        "male": (None, part),
        "neither": (None, None),
    }[pattern]
    money = st.one_of(st.integers(0, 200).map(lambda n: n * 50_000), st.integers(0, 99_999_999))
    budget, source = draw(
        st.one_of(st.just((0, None)), st.tuples(money, st.sampled_from(list(BudgetSource))))
    )
    return ActivitySpec(
        kind=draw(st.sampled_from((*SHIPPED_KINDS, ADDED_KIND, RETIRED_KIND))),
        day=draw(days),
        hour=draw(hours),
        extra_days=draw(st.sampled_from((0, 0, 1, 3))),
        filing=draw(filings),
        status=draw(st.sampled_from((ActivityStatus.DONE,) * 3 + tuple(ActivityStatus))),
        total=total,
        female=female,
        male=male,
        children=draw(st.one_of(st.none(), st.integers(0, total))),
        ethnic=draw(st.one_of(st.none(), st.integers(0, total))),
        budget=budget,
        source=source,
        unsourced=budget > 0 and draw(st.integers(0, 5)) == 5,
        village=draw(villages),
        place=draw(places),
        organiser=draw(st.sampled_from(("", "Hội Liên hiệp Phụ nữ xã", "Công an xã"))),
        deleted=draw(st.integers(0, 6)) == 6,
    )


@st.composite
def propaganda_specs(draw: st.DrawFn) -> PropagandaSpec:
    return PropagandaSpec(
        kind=draw(st.sampled_from((*SHIPPED_PROPAGANDA, ADDED_PROPAGANDA, RETIRED_PROPAGANDA))),
        day=draw(days),
        extra_days=draw(st.sampled_from((0, 0, 2))),
        filing=draw(filings),
        quantity=draw(st.one_of(st.integers(1, 40), st.integers(1, 5000))),
        minutes=draw(st.one_of(st.none(), st.integers(0, 900))),
        reach=draw(st.one_of(st.none(), st.integers(0, 20_000))),
        village=draw(villages),
        places=tuple(draw(st.lists(st.sampled_from(("Chợ xã", "Trục đường chính", "Trường THCS")),
                                   max_size=2, unique=True))),
        deleted=draw(st.integers(0, 6)) == 6,
    )  # fmt: skip


@st.composite
def case_specs(draw: st.DrawFn) -> CaseSpec:
    measures = st.tuples(st.sampled_from(list(MeasureKind)), st.integers(0, 20))
    return CaseSpec(
        intake=draw(st.one_of(st.dates(*ACTION_MONTH), st.sampled_from(EDGES[:7]),
                              st.dates(date(YEAR - 1, 12, 1), TODAY))),
        survivor_sex=draw(st.sampled_from(list(Sex))),
        survivor_age=draw(st.sampled_from(list(AgeGroup))),
        perpetrator_sex=draw(st.sampled_from(list(Sex))),
        acts=tuple(draw(st.lists(st.sampled_from(ACT_CODES), min_size=1, max_size=4, unique=True))),
        measures=tuple(draw(st.lists(measures, max_size=4))),
    )  # fmt: skip


communes = st.builds(
    Commune,
    activities=st.lists(activity_specs(), max_size=14).map(tuple),
    propaganda=st.lists(propaganda_specs(), max_size=8).map(tuple),
    cases=st.lists(case_specs(), max_size=6).map(tuple),
)


def _every_kind() -> NamedCommune:
    """A commune that uses every member of every catalogue at least once, done inside the Action Month
    and the year, with every blank pattern, budget source, unit, act and measure: an explicit example run
    first every time, so a figure of one kind is never left to chance."""
    kinds = (*SHIPPED_KINDS, ADDED_KIND, RETIRED_KIND)
    sources: list[BudgetSource | None] = [*BudgetSource, None]
    activities = []
    for index, kind in enumerate(kinds):
        total = 10 + 7 * index
        female, male = [(4, total - 4), (4, None), (None, 5), (None, None)][index % 4]
        source = sources[index % len(sources)]
        activities.append(
            ActivitySpec(
                kind=kind, day=ACTION_MONTH[0] + timedelta(days=index), hour=(0, 7, 14, 23)[index % 4],
                extra_days=index % 2, filing=Filing.DEFAULT, status=ActivityStatus.DONE, total=total,
                female=female, male=male, children=None if index % 3 else 2, ethnic=None if index % 2 else 1,
                budget=0 if source is None else 500_000 * (index + 1), source=source,
                unsourced=index == 3, village=VILLAGES[index % 2] if index % 3 else None,
                place=("", "Nhà văn hóa")[index % 2], organiser="", deleted=False,
            )
        )  # fmt: skip
        activities.append(
            replace(activities[-1], day=date(YEAR, 1 + index % 12, 10), filing=Filing.ANNUAL_PLAN)
        )
    for status in (ActivityStatus.PLANNED, ActivityStatus.CANCELLED):
        activities.append(replace(activities[0], status=status, total=99, female=None, male=None))
    activities.append(replace(activities[1], deleted=True, total=77, female=None, male=None))
    propaganda = [
        PropagandaSpec(
            kind=kind,
            day=ACTION_MONTH[0] + timedelta(days=index),
            extra_days=index % 3,
            filing=Filing.DEFAULT,
            quantity=3 + index,
            minutes=None if index % 2 else 15 * index,
            reach=None if index % 3 else 40 * index,
            village=VILLAGES[index % 2] if index % 2 else None,
            places=("Chợ xã",) * (index % 2),
            deleted=False,
        )
        for index, kind in enumerate((*SHIPPED_PROPAGANDA, ADDED_PROPAGANDA, RETIRED_PROPAGANDA))
    ]
    measures = list(MeasureKind)
    cases = [
        CaseSpec(
            intake=ACTION_MONTH[0] + timedelta(days=index),
            survivor_sex=list(Sex)[index % 3],
            survivor_age=list(AgeGroup)[index % len(AgeGroup)],
            perpetrator_sex=list(Sex)[(index + 1) % 3],
            acts=(code, ACT_CODES[(index + 5) % len(ACT_CODES)]),
            measures=((measures[index % len(measures)], 0), (measures[(index + 3) % len(measures)], 2)),
        )
        for index, code in enumerate(ACT_CODES)
    ]
    return NamedCommune(
        tuple(activities), tuple(propaganda), tuple(cases), name="EVERY_KIND (oracle_store.py)"
    )


EVERY_KIND = _every_kind()


# -- the store --------------------------------------------------------------------------------------------


def build_template(folder: Path) -> Path:
    """A data folder with everything that does not change between examples; returns `folder`."""
    store = open_store(DataLayout(folder))
    try:
        admin = accounts.create_first_administrator(store, ADMIN, "Nguyễn Văn Quản", PASSWORD).session
        with store.transaction() as session:
            save_profile(session, PROFILE)
            add_villages(session, list(VILLAGES))
            add_entry(session, CatalogueKind.ACTIVITY_KIND, ADDED_KIND)
            add_entry(session, CatalogueKind.ACTIVITY_KIND, RETIRED_KIND)
            add_entry(session, CatalogueKind.PROPAGANDA_KIND, ADDED_PROPAGANDA, unit=QuantityUnit.SESSION,
                      counts_minutes=True)  # fmt: skip
            add_entry(session, CatalogueKind.PROPAGANDA_KIND, RETIRED_PROPAGANDA, unit=QuantityUnit.PIECE)
            ensure_action_month(session, YEAR)
            ensure_annual_plan(session, YEAR)
            ensure_dv_acts(session)
            for report_kind, rows in EXTRA_INDICATORS.items():
                for row in rows:
                    add_indicator(session, report_kind, row)
        with store.reading() as session:
            acts = dict(session.execute(select(DvAct.code, DvAct.id)).all())
        save_dv_forms(admin, {acts[code]: form for code, form in FORM_EDITS.items()})
        save_trusted_address(admin, TrustedAddressInput("Nhà bà Lò Thị Hoa", capacity=2), today=TODAY)
    finally:
        store.close()
    return folder


@dataclass(repr=False)
class Desk:
    """One open store for every example, its administrator signed in; `fill` puts it back to the
    template's state (SQLite's backup API, in place) and records a commune."""

    template: Path
    store: Store
    admin: AuthSession

    def __repr__(self) -> str:
        return f"Desk({self.store.path})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))

    def fill(self, commune: Commune) -> Store:
        template = sqlite3.connect(self.template / STORE_FILE)
        with closing(template) as source, closing(sqlite3.connect(self.store.path)) as target:
            source.backup(target)
        record(self.store, self.admin, commune)
        return self.store


STORE_FILE = "gedesk.sqlite3"


@contextmanager
def open_desk(template: Path, folder: Path) -> Iterator[Desk]:
    """A copy of the template folder, open and signed in; closed on exit."""
    shutil.copytree(template, folder)
    store = open_store(DataLayout(folder))
    try:
        assert store.path == folder / STORE_FILE
        yield Desk(template, store, accounts.sign_in(store, ADMIN, PASSWORD))
    finally:
        store.close()


def _ids(rows: Iterable[tuple[str, str, int]]) -> dict[str, int]:
    """Catalogue ids by code, and by label for the kinds the officer added (their code is generated)."""
    ids: dict[str, int] = {}
    for code, label, row_id in rows:
        ids[code] = ids[label] = row_id
    return ids


def record(store: Store, admin: AuthSession, commune: Commune) -> None:
    """Record `commune` as the officer would: the forms' services, the trash, Cài đặt › Danh mục (the
    retired kinds are deactivated once their records are in), the case pages as an administrator."""
    with store.transaction() as session:
        kinds = _ids(session.execute(select(ActivityKind.code, ActivityKind.label, ActivityKind.id)).all())
        propaganda_kinds = _ids(
            session.execute(select(PropagandaKind.code, PropagandaKind.label, PropagandaKind.id)).all()
        )
        village_ids = dict(session.execute(select(Village.name, Village.id)).all())
        campaigns = {
            Filing.ACTION_MONTH: ensure_action_month(session, YEAR).id,
            Filing.ANNUAL_PLAN: ensure_annual_plan(session, YEAR).id,
        }
        trashed: dict[RecordType, list[int]] = {RecordType.ACTIVITY: [], RecordType.PROPAGANDA_EVENT: []}
        for spec in commune.activities:
            data = _activity_input(spec, kinds, village_ids, campaigns)
            activity_id = create_activity(session, data, today=TODAY)
            if spec.unsourced:
                session.execute(update(Activity).where(Activity.id == activity_id).values(budget_source=None))
            if spec.deleted:
                trashed[RecordType.ACTIVITY].append(activity_id)
        for event in commune.propaganda:
            event_id = create_propaganda(
                session,
                PropagandaInput(
                    kind_id=propaganda_kinds[event.kind],
                    title=f"Tuyên truyền {event.kind} ngày {event.day:%d/%m}",
                    start_date=event.day,
                    end_date=event.day + timedelta(days=event.extra_days),
                    places=event.places,
                    campaign_id=campaigns.get(event.filing),
                    village_id=village_ids[event.village] if event.village else None,
                    quantity=event.quantity,
                    minutes=event.minutes,
                    estimated_reach=event.reach,
                ),
            )
            if event.deleted:
                trashed[RecordType.PROPAGANDA_EVENT].append(event_id)
        for record_type, ids in trashed.items():
            if ids:
                move_to_trash(session, record_type, ids)
        set_active(session, CatalogueKind.ACTIVITY_KIND, kinds[RETIRED_KIND], False)
        set_active(session, CatalogueKind.ACTIVITY_KIND, kinds[RETIRED_SHIPPED_KIND], False)
        set_active(session, CatalogueKind.PROPAGANDA_KIND, propaganda_kinds[RETIRED_PROPAGANDA], False)
    with store.reading() as session:
        acts = dict(session.execute(select(DvAct.code, DvAct.id)).all())
        shelter = session.scalar(select(TrustedAddress.id))
    for case in commune.cases:
        row = create_case(admin, _case_input(case, acts, village_ids), today=TODAY)
        for kind, offset in case.measures:
            start = case.intake + timedelta(days=offset)
            add_measure(
                admin,
                row.id,
                MeasureInput(
                    kind=kind,
                    start_date=start,
                    end_date=start + timedelta(days=1) if kind is MeasureKind.NO_CONTACT else None,
                    trusted_address_id=shelter if kind is MeasureKind.SHELTER else None,
                ),
            )


def _activity_input(
    spec: ActivitySpec, kinds: dict[str, int], village_ids: dict[str, int], campaigns: dict[str, int]
) -> ActivityInput:
    start = local_datetime(spec.day, spec.hour, 30 if spec.hour < 23 else 15)
    end = local_datetime(spec.day + timedelta(days=spec.extra_days), min(spec.hour + 1, 23), 45)
    return ActivityInput(
        kind_id=kinds[spec.kind],
        title=f"Hoạt động {spec.kind} ngày {spec.day:%d/%m/%Y}",
        start_at=start,
        end_at=end,
        campaign_id=campaigns.get(spec.filing),
        village_id=village_ids[spec.village] if spec.village else None,
        place_text=spec.place,
        organiser=spec.organiser,
        participants_total=spec.total,
        participants_female=spec.female,
        participants_male=spec.male,
        participants_children=spec.children,
        participants_ethnic_minority=spec.ethnic,
        budget_vnd=spec.budget,
        budget_source=spec.source,
        status=spec.status,
    )


def _case_input(case: CaseSpec, acts: dict[str, int], village_ids: dict[str, int]) -> CaseInput:
    return CaseInput(
        intake_date=case.intake,
        intake_channel=IntakeChannel.NEIGHBOUR,
        survivor_sex=case.survivor_sex,
        survivor_age_group=case.survivor_age,
        perpetrator_relationship=Relationship.HUSBAND,
        perpetrator_sex=case.perpetrator_sex,
        perpetrator_age_group=AgeGroup.FROM_26,
        risk_level=RiskLevel.MEDIUM,
        act_ids=tuple(acts[code] for code in case.acts),
        village_id=village_ids[VILLAGES[0]],
    )
