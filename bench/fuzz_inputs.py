"""Fuzz every core write service and every import path with hostile numbers, dates and texts.

    .venv/bin/python bench/fuzz_inputs.py --trials 6000            # the long run (prints figures)
    .venv/bin/python bench/fuzz_inputs.py --trials 300 --json      # the short run used by the test suite

Each trial picks a target and calls it with values drawn from the edges that broke the app before —
10^20 participants, a 10^19 budget, -1, 2^63, numbers of 5,000 digits, 01/01/0001 and 31/12/9999,
lone surrogates, NUL characters, 100,000-character texts — mixed with ordinary values. Targets:

- the record services: create/update an activity, a propaganda event, a plan; add a slogan, a catalogue
  entry, a report deadline, mark a report sent, save the commune profile; the confidential cases
  (create, update, measures, follow-ups, closing, trusted addresses) as a case officer;
- the import paths: an Excel file filled with such cells (check, then import the valid rows), and a data
  package whose rows carry them, re-signed by the forger's own key (open, preview, import).

A trial passes when the call either succeeds or refuses with a UserFacingError (the Vietnamese message
the officer would see); any other exception (OverflowError, UnicodeEncodeError, ValueError…) is a
failure, printed with its target and value. A success must also read back: the saved record loads and
passes its own check again. Figures are printed; nothing is timed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select

from gender_equality_desk.core.cases import records as cases
from gender_equality_desk.core.cases import support, trusted
from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.cases.records import CaseIdentity, CaseInput
from gender_equality_desk.core.cases.vocabulary import (
    AgeGroup,
    ClosureReason,
    FollowUpKind,
    IntakeChannel,
    MeasureKind,
    Relationship,
    RiskLevel,
    Sex,
)
from gender_equality_desk.core.catalogues import CatalogueKind, add_entry
from gender_equality_desk.core.demo.generator import generate_demo
from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.domain.vocabulary import BudgetSource
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange import packages_signing as signing
from gender_equality_desk.core.exchange.excel_import import check_workbook, import_rows, write_template
from gender_equality_desk.core.exchange.packages import (
    apply_package,
    export_package,
    open_package,
    preview_package,
)
from gender_equality_desk.core.exchange.packages_format import MANIFEST, SIGNATURE
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.plans.deadlines import add_report_deadline, mark_sent, report_deadlines
from gender_equality_desk.core.plans.model import PlanInput, PlanKind, PlannedActivityInput
from gender_equality_desk.core.plans.service import create_plan
from gender_equality_desk.core.profile import ProfileInput, add_villages, save_profile
from gender_equality_desk.core.records.activities import (
    ActivityInput,
    check_activity,
    create_activity,
    load_activity,
    update_activity,
)
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.propaganda import (
    PropagandaInput,
    check_propaganda,
    create_propaganda,
    load_propaganda,
    update_propaganda,
)
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.slogans import SloganInput, add_slogan
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind, Village
from gender_equality_desk.core.store.opening import open_store

TODAY = date(2026, 11, 23)
EDGE_INTS = (
    0, 1, -1, 45, 999_999, 1_000_000, 1_000_001, 10**7, 10**9, 10**11, 10**12, 2**31, 2**53 + 1,
    2**63 - 1, 2**63, -(2**63) - 1, 10**19, 10**20, 10**30, 10**5000,
)  # fmt: skip
EDGE_DAYS = (
    date(1, 1, 1), date(9999, 12, 31), date(1899, 12, 30), date(1970, 1, 1), date(1999, 12, 31),
    date(2000, 1, 1), date(2031, 12, 31), date(2032, 1, 1), date(2100, 2, 28), TODAY,
)  # fmt: skip
# Typed, pasted or read from Excel (whose XML cannot carry a lone surrogate: only packages can).
EDGE_TEXTS = ("", " ", "Họp dân", "\x00", "a\x00b", "x" * 100_000, "Tập huấn\n" * 50, "🙂" * 400)
PACKAGE_TEXTS = (*EDGE_TEXTS, "\ud800", "Thôn \udfff")


PROFILE = ProfileInput("Xã Cao Lâu", "Lạng Sơn", "Cao Lâu", "ỦY BAN NHÂN DÂN XÃ CAO LÂU",
                       "Sở Nội vụ tỉnh Lạng Sơn", "Vi Văn Thái")  # fmt: skip
RATES = (0.0, 0.05, 0.15, 0.4)  # share of hostile values in one trial: some trials are all ordinary


@dataclass
class Figures:
    trials: int = 0
    accepted: int = 0
    refused: int = 0  # a UserFacingError: the officer is told what is wrong
    failures: int = 0  # anything else: must stay 0
    by_target: Counter[str] = field(default_factory=Counter)
    accepted_targets: Counter[str] = field(default_factory=Counter)
    failed_targets: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    seconds: float = 0.0


class Fuzzer:
    """The store, a case officer and the catalogue ids every target needs; `values` draws inputs."""

    def __init__(self, folder: Path, rng: random.Random) -> None:
        self.rng = rng
        self.rate = 0.0
        self.folder = folder
        self.layout = DataLayout(folder / "data")
        self.store: Store = open_store(self.layout)
        passwords.current_cost = passwords.KdfCost(log2_n=10, r=8, p=1)  # speed: not what is tested
        setup = accounts.create_first_administrator(self.store, "quantri", "Quản Trị", "Quan tri 2024")
        accounts.create_account(setup.session, "canbo", "Cán Bộ", Role.CASE_OFFICER, "Can bo xa 2024")
        self.officer: AuthSession = accounts.sign_in(self.store, "canbo", "Can bo xa 2024")
        with self.store.transaction() as session:
            ensure_dv_acts(session)
            add_villages(session, ["Thôn Nà Làng", "Bản Pắc Mòng"])
        with self.store.reading() as session:
            self.activity_kinds = list(session.scalars(select(ActivityKind.id)))
            self.propaganda_kinds = list(session.scalars(select(PropagandaKind.id)))
            self.villages = list(session.scalars(select(Village.id)))
            self.acts = list(session.scalars(select(DvAct.id)))
        self.activity_ids: list[int] = []
        self.event_ids: list[int] = []
        self.case_ids: list[int] = []
        self.template = self._template()
        self.package = self._package()

    # -- values ------------------------------------------------------------------------------------

    def hostile(self) -> bool:
        """Whether this value comes from the edges; `rate` is drawn per trial (0: all ordinary)."""
        return self.rng.random() < self.rate

    def number(self, ordinary: int) -> int:
        return self.rng.choice(EDGE_INTS) if self.hostile() else ordinary

    def maybe_number(self, ordinary: int | None) -> int | None:
        return self.rng.choice([None, *EDGE_INTS]) if self.hostile() else ordinary

    def ordinary_day(self) -> date:
        return TODAY - timedelta(days=self.rng.randint(0, 900))

    def day(self, ordinary: date | None = None) -> date:
        return self.rng.choice(EDGE_DAYS) if self.hostile() else (ordinary or self.ordinary_day())

    def moment(self, day: date, hour: int) -> datetime:
        return datetime.combine(self.day(day), clock_time(hour, self.rng.randint(0, 59)), LOCAL_TZ)

    def text(self, ordinary: str) -> str:
        return self.rng.choice(EDGE_TEXTS) if self.hostile() else ordinary

    def one_of(self, ids: list[int]) -> int | None:
        """A catalogue id as a picker gives it, sometimes one removed meanwhile (ids are never typed)."""
        return self.rng.choice([None, 10**6, -1]) if self.hostile() else self.rng.choice(ids)

    # -- record services ---------------------------------------------------------------------------

    def activity(self) -> ActivityInput:
        female, male = self.rng.randint(0, 40), self.rng.randint(0, 40)
        day, budget = self.ordinary_day(), self.rng.choice([0, 1_500_000])
        return ActivityInput(
            kind_id=self.one_of(self.activity_kinds), title=self.text("Tập huấn phòng, chống bạo lực"),
            start_at=self.moment(day, 8), end_at=self.moment(day, 11), village_id=self.one_of(self.villages),
            place_text=self.text("Nhà văn hóa"), participants_total=self.number(female + male),
            participants_female=self.maybe_number(female), participants_male=self.maybe_number(male),
            participants_children=self.maybe_number(female // 2),
            participants_ethnic_minority=self.maybe_number(None), budget_vnd=self.number(budget),
            budget_source=BudgetSource.COMMUNE if budget else None, result_summary=self.text(""),
        )  # fmt: skip

    def save_activity(self) -> None:
        data = self.activity()
        with self.store.transaction() as session:
            if self.activity_ids and self.rng.random() < 0.3:
                activity_id = self.rng.choice(self.activity_ids)
                update_activity(session, activity_id, data, today=TODAY)
            else:
                activity_id = create_activity(session, data, today=TODAY)
                self.activity_ids.append(activity_id)
        with self.store.reading() as session:
            saved = load_activity(session, activity_id)
            check = check_activity(session, saved, today=TODAY)
        assert check.ok, f"saved activity fails its own check: {check.errors}"
        assert saved.participants_total == data.participants_total and saved.budget_vnd == data.budget_vnd

    def save_propaganda(self) -> None:
        day = self.ordinary_day()
        data = PropagandaInput(
            kind_id=self.one_of(self.propaganda_kinds), title=self.text("Phát thanh Tháng hành động"),
            start_date=self.day(day), end_date=self.day(day + timedelta(days=3)),
            places=(self.text("Chợ xã"),),
            village_id=self.one_of(self.villages), quantity=self.number(self.rng.randint(1, 50)),
            minutes=self.maybe_number(self.rng.randint(5, 120)), estimated_reach=self.maybe_number(None),
            notes=self.text(""),
        )  # fmt: skip
        with self.store.transaction() as session:
            if self.event_ids and self.rng.random() < 0.3:
                event_id = self.rng.choice(self.event_ids)
                update_propaganda(session, event_id, data, today=TODAY)
            else:
                event_id = create_propaganda(session, data, today=TODAY)
                self.event_ids.append(event_id)
        with self.store.reading() as session:
            saved = load_propaganda(session, event_id)
            check = check_propaganda(session, saved, today=TODAY)
        assert check.ok, f"saved event fails its own check: {check.errors}"

    def save_plan(self) -> None:
        day = date(TODAY.year, 11, 15)
        item = PlannedActivityInput(
            title=self.text("Lễ phát động"), start_date=self.day(day), end_date=self.day(day),
            budget_vnd=self.number(2_000_000), kind_id=self.one_of(self.activity_kinds),
        )  # fmt: skip
        plan = PlanInput(
            year=self.number(TODAY.year), kind=PlanKind.ACTION_MONTH,
            title=self.text("Kế hoạch Tháng hành động"), issuing_body="ỦY BAN NHÂN DÂN XÃ CAO LÂU",
            place_name="Cao Lâu", issued_on=self.day(date(TODAY.year, 11, 1)),
            issue_month=self.maybe_number(None), period_start=self.day(day),
            period_end=self.day(date(TODAY.year, 12, 15)), activities=(item,),
        )  # fmt: skip
        with self.store.transaction() as session:
            create_plan(session, plan)

    def save_small_things(self) -> None:
        with self.store.transaction() as session:
            choice = self.rng.randrange(5)
            if choice == 3:
                deadline = self.rng.choice(report_deadlines(session))
                due = date(TODAY.year, deadline.month, deadline.day)
                mark_sent(session, deadline.id, self.day(due), self.day(due), TODAY)
                return
            if choice == 4:
                save_profile(session, replace(PROFILE, commune_name=self.text("Xã Cao Lâu"),
                                              officer_phone=self.text("0912 345 678")))  # fmt: skip
                return
            if choice == 0:
                text = self.text(f"Bình đẳng giới {self.rng.randrange(10**6)}")
                add_slogan(session, SloganInput(text, self.maybe_number(TODAY.year)), TODAY.year)
            elif choice == 1:
                add_entry(session, CatalogueKind.VILLAGE, self.text(f"Thôn {self.rng.randrange(10**6)}"))
            else:
                add_report_deadline(session, label=self.text(f"Báo cáo {self.rng.randrange(10**6)}"),
                                    month=self.number(self.rng.randint(1, 12)),
                                    day=self.number(self.rng.randint(1, 28)))  # fmt: skip

    # -- cases --------------------------------------------------------------------------------------

    def save_case(self) -> None:
        data = CaseInput(
            intake_date=self.day(), intake_channel=self.rng.choice(list(IntakeChannel)),
            survivor_sex=Sex.FEMALE, survivor_age_group=AgeGroup.FROM_26,
            perpetrator_relationship=Relationship.HUSBAND, perpetrator_sex=Sex.MALE,
            perpetrator_age_group=AgeGroup.FROM_26, risk_level=RiskLevel.HIGH,
            act_ids=(self.rng.choice(self.acts),), village_id=self.one_of(self.villages),
            consent_given=self.rng.random() < 0.5, consent_date=self.day(),
            identity=CaseIdentity(survivor_name=self.text("Hà Thị Thảo"), narrative=self.text("")),
        )  # fmt: skip
        if self.case_ids and self.rng.random() < 0.3:
            cases.update_case(self.officer, self.rng.choice(self.case_ids), data, today=TODAY)
        else:
            self.case_ids.append(cases.create_case(self.officer, data, today=TODAY).id)

    def case_support(self) -> None:
        if not self.case_ids:
            self.save_case()
            return
        case_id = self.rng.choice(self.case_ids)
        choice = self.rng.randrange(5)
        if choice == 0:
            kind = self.rng.choice([MeasureKind.MEDICAL, MeasureKind.NO_CONTACT, MeasureKind.COUNSELLING])
            support.add_measure(self.officer, case_id, support.MeasureInput(kind, self.day(), self.day()))
        elif choice == 1:
            follow = support.FollowUpInput(FollowUpKind.HOME_VISIT, self.day(), self.text(""))
            follow_up_id = support.add_follow_up(self.officer, case_id, follow)
            support.complete_follow_up(self.officer, follow_up_id, self.day())
        elif choice == 2:
            support.close_case(self.officer, case_id, ClosureReason.SAFE, self.day())
        elif choice == 3:
            support.reopen_case(self.officer, case_id, self.day())
        else:
            address = trusted.TrustedAddressInput(
                name=self.text(f"Nhà tạm lánh {self.rng.randrange(10**6)}"), capacity=self.number(5),
                registered_on=self.day(),
            )  # fmt: skip
            trusted.save_trusted_address(self.officer, address, today=TODAY)

    # -- import paths -------------------------------------------------------------------------------

    def _template(self) -> Path:
        with self.store.reading() as session:
            return write_template(session, RecordType.ACTIVITY, self.folder / "mau.xlsx")

    def cell(self) -> Any:
        choice = self.rng.randrange(6)
        if choice == 0:
            return self.rng.choice(EDGE_INTS[:-1]) if self.rng.random() < 0.5 else self.rng.randint(0, 60)
        if choice == 1:
            return self.rng.choice(["9" * 5000, "1" + "0" * 20, "-1", "1000001", "45"])
        if choice == 2:
            day = self.day()
            return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
        if choice == 3:
            return self.rng.choice([float("inf"), float("nan"), -0.5, 1e300, 45.0, 2958466.0, 0.9999])
        if choice == 4:
            return self.rng.choice(["", "abc", "12 người", "1.500.000 đ", "-5", "9" * 30])
        return None

    def excel(self) -> None:
        workbook = load_workbook(self.template)
        sheet = workbook.worksheets[0]
        headers = [str(cell.value or "").removesuffix(" (*)") for cell in sheet[1]]
        for row in range(3, 3 + self.rng.randint(1, 4)):
            female, male = self.rng.randint(0, 40), self.rng.randint(0, 40)
            ordinary = {
                "Tên hoạt động": f"Họp dân {self.rng.randrange(10**9)}", "Loại hoạt động": "Tập huấn",
                "Ngày bắt đầu": self.ordinary_day(), "Thôn/bản": "Thôn Nà Làng",
                "Tổng số người tham gia": female + male, "Số nữ": female, "Số nam": male,
            }  # fmt: skip
            for column, header in enumerate(headers, start=1):
                value = self.cell() if self.hostile() else ordinary.get(header)
                if isinstance(value, float) and value != value:  # NaN: openpyxl cannot write it
                    value = None
                sheet.cell(row=row, column=column, value=value)
        path = self.folder / "thon.xlsx"
        workbook.save(path)
        with self.store.reading() as session:
            checked = check_workbook(session, path, today=TODAY)
        with self.store.transaction() as session:
            import_rows(session, checked, today=TODAY)

    def _package(self) -> Path:
        source = DataLayout(self.folder / "source")
        store = open_store(source)
        try:
            generate_demo(store, years=1, scale=1, seed=3, as_of=date(2025, 12, 20))
            with store.reading() as session:
                export_package(session, source, date(2025, 1, 1), date(2025, 12, 31), self.folder / "goi.zip")
        finally:
            store.close()
        return self.folder / "goi.zip"

    def package_value(self, current: Any) -> Any:
        """Mostly a hostile value of the field's own type (that is what passes the type checks)."""
        if isinstance(current, str) and self.rng.random() < 0.5:
            return self.rng.choice(PACKAGE_TEXTS)
        if isinstance(current, int) and self.rng.random() < 0.5:
            return self.rng.choice(EDGE_INTS[:-1])
        choice = self.rng.randrange(5)
        if choice == 0:
            return self.rng.choice(EDGE_INTS[:-1])  # 10^5000 is not even valid JSON for Python to read
        if choice == 1:
            day = self.day()
            return day.isoformat() if self.rng.random() < 0.5 else f"{day.isoformat()}T23:30:00+07:00"
        if choice == 2:
            return self.rng.choice(PACKAGE_TEXTS)
        return self.rng.choice([None, True, -1.5, [], {}, "0001-01-01T00:00:00+00:00"])

    def received_package(self) -> None:
        import zipfile

        with zipfile.ZipFile(self.package) as archive:
            manifest = json.loads(archive.read(MANIFEST))
            parts = {info.filename: archive.read(info.filename) for info in archive.infolist()
                     if info.filename not in (MANIFEST, SIGNATURE)}  # fmt: skip
        # Fresh record UUIDs each trial: every record is new here, so the merge really writes it.
        for record in ("records/activity.json", "records/propaganda_event.json"):
            for row in json.loads(parts[record]):
                fresh = str(uuid.uuid4()).encode()
                parts = {name: data.replace(row["uuid"].encode(), fresh) for name, data in parts.items()}
        table = self.rng.choice(["activity", "propaganda_event", "village", "campaign", "slogan"])
        rows = json.loads(parts[f"records/{table}.json"])
        for _ in range(sum(self.hostile() for _ in range(6))):
            row = self.rng.choice(rows)
            values = [key for key in sorted(row) if not key.endswith("uuid")]  # the fields a form fills
            key = self.rng.choice(values if self.rng.random() < 0.8 else sorted(row))
            row[key] = self.package_value(row[key])
        parts[f"records/{table}.json"] = json.dumps(rows).encode()  # \ud800 escapes: valid JSON
        import hashlib

        manifest["parts"] = [{"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                             for name, data in parts.items()]  # fmt: skip
        key = signing.installation_key(DataLayout(self.folder / "forger"))
        public = signing.public_key_bytes(key)
        manifest["signing_key"] = {"algorithm": signing.ALGORITHM, "public_key": signing.encode(public),
                                   "fingerprint": signing.fingerprint(public)}  # fmt: skip
        manifest_bytes = json.dumps(manifest).encode()
        forged = self.folder / "forged.zip"
        with zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(SIGNATURE, signing.encode(signing.sign(key, manifest_bytes)))
            for name, data in parts.items():
                archive.writestr(name, data)
        package = open_package(forged)
        with self.store.reading() as session:
            preview_package(session, self.layout, package)
        apply_package(self.store, self.layout, package)

    def targets(self) -> dict[str, Callable[[], None]]:
        return {
            "activity": self.save_activity, "propaganda": self.save_propaganda, "plan": self.save_plan,
            "slogan/catalogue/deadline": self.save_small_things, "case": self.save_case,
            "case support": self.case_support, "excel import": self.excel,
            "package import": self.received_package,
        }  # fmt: skip


def run(trials: int, seed: int) -> Figures:
    figures = Figures()
    rng = random.Random(seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gedesk-fuzz-") as folder:
        fuzzer = Fuzzer(Path(folder), rng)
        targets = fuzzer.targets()
        names = sorted(targets)
        try:
            for trial in range(trials):
                name = names[trial % len(names)]
                fuzzer.rate = rng.choice(RATES)
                figures.trials += 1
                figures.by_target[name] += 1
                try:
                    targets[name]()
                    figures.accepted += 1
                    figures.accepted_targets[name] += 1
                except UserFacingError:
                    figures.refused += 1
                except Exception as error:  # the point of the fuzzer: anything else is a failure
                    figures.failures += 1
                    figures.failed_targets[name] += 1
                    if len(figures.examples) < 20:
                        where = traceback.extract_tb(error.__traceback__)[-1]
                        figures.examples.append(
                            f"{name}: {type(error).__name__}: {str(error)[:160]} "
                            f"({Path(where.filename).name}:{where.lineno})"
                        )
        finally:
            fuzzer.store.close()
    figures.seconds = round(time.monotonic() - started, 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    figures = run(args.trials, args.seed)
    if args.json:
        print(json.dumps({**figures.__dict__, "by_target": dict(figures.by_target),
                          "accepted_targets": dict(figures.accepted_targets),
                          "failed_targets": dict(figures.failed_targets)}, ensure_ascii=False))  # fmt: skip
    else:
        print(f"{figures.trials} trials in {figures.seconds} s: {figures.accepted} accepted, "
              f"{figures.refused} refused with a message, {figures.failures} failures")  # fmt: skip
        for name, count in sorted(figures.by_target.items()):
            accepted, failed = figures.accepted_targets.get(name, 0), figures.failed_targets.get(name, 0)
            print(f"  {name:28} {count:6} trials, {accepted:6} accepted, {failed:5} failures")
        for example in figures.examples:
            print(f"  ! {example}")
    return 1 if figures.failures else 0


if __name__ == "__main__":
    sys.exit(main())
