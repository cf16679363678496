"""Whether a report's indicator rows count everything exactly once and add up: problems in Vietnamese.

Checked over the rows a report prints (the active ones, in order) against the store's catalogues:

- every activity kind, propaganda kind (through its unit), budget source (and amounts without one) and DV
  form is counted by a row, unless the report's shipped file lists it under "outside" (a family name such
  as "activity_kinds", or one key such as "activities.kind.contest");
- no member of a family is counted by two rows (a row indented under a row counting the same family is a
  "trong đó" detail, not a second share);
- a family split under its total row (kinds under "Số hoạt động", sources under "Tổng kinh phí", Nữ / Nam /
  chưa rõ giới tính under the participants, victims' sex under the cases) has every part, so the rows add
  up to the total;
- every act of domestic violence is counted under a form (DV statistics only).

The shipped files pass (a test); the settings editor shows the problems of the officer's rows while they
edit them, without refusing the save.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from gender_equality_desk.core.cases.catalogue import DvForm, dv_form_of
from gender_equality_desk.core.domain.vocabulary import QuantityUnit
from gender_equality_desk.core.reports.indicator_sources import (
    ACTIVITY_KIND_PARTICIPANTS,
    ACTIVITY_KINDS,
    BUDGET_SOURCES,
    DV_FORMS,
    FAMILIES,
    PROPAGANDA_UNITS,
    Family,
    RowCount,
    parts,
    resolve,
)
from gender_equality_desk.core.reports.indicators import IndicatorRow, list_indicators
from gender_equality_desk.core.store.case_models import DvAct
from gender_equality_desk.core.store.models import ActivityKind, PropagandaKind
from gender_equality_desk.core.store.reference import (
    REPORT_INDICATOR_FILES,
    catalogue_items,
    report_indicator_file,
)

# Families every periodic report must count in full, unless its file lists them as outside it.
REQUIRED = (ACTIVITY_KINDS, PROPAGANDA_UNITS, BUDGET_SOURCES, DV_FORMS)


@dataclass(frozen=True)
class PropagandaKindEntry:
    label: str
    unit: QuantityUnit


@dataclass(frozen=True)
class DvActEntry:
    legal_ref: str  # "Điểm a khoản 1 Điều 3"
    label: str
    form: DvForm | None


@dataclass(frozen=True)
class Catalogues:
    """What must be counted: the store's (or the shipped) catalogues."""

    activity_kinds: tuple[tuple[str, str], ...]  # (code, label)
    propaganda_kinds: tuple[PropagandaKindEntry, ...]
    dv_acts: tuple[DvActEntry, ...]


def store_catalogues(session: Session) -> Catalogues:
    """The kinds and acts of this store (hidden ones included: old records still use them)."""
    kinds = session.execute(
        select(ActivityKind.code, ActivityKind.label)
        .where(ActivityKind.is_deleted.is_(False))
        .order_by(ActivityKind.sort_order, ActivityKind.id)
    )
    propaganda = session.execute(
        select(PropagandaKind.label, PropagandaKind.unit)
        .where(PropagandaKind.is_deleted.is_(False))
        .order_by(PropagandaKind.sort_order, PropagandaKind.id)
    )
    acts = session.execute(
        select(DvAct.legal_ref, DvAct.label, DvAct.dv_form)
        .where(DvAct.is_deleted.is_(False), DvAct.is_active.is_(True))
        .order_by(DvAct.sort_order, DvAct.id)
    )
    return Catalogues(
        tuple((code, label) for code, label in kinds),
        tuple(PropagandaKindEntry(label, unit) for label, unit in propaganda),
        tuple(DvActEntry(ref, label, dv_form_of(form)) for ref, label, form in acts),
    )


def shipped_catalogues() -> Catalogues:
    """The catalogues as resources/catalogues ships them (what a new store starts with)."""
    return Catalogues(
        tuple((item["code"], item["label"]) for item in catalogue_items("activity_kinds")),
        tuple(
            PropagandaKindEntry(item["label"], QuantityUnit.of(item["unit"]))
            for item in catalogue_items("propaganda_kinds")
        ),
        tuple(
            DvActEntry(item.get("legal_ref", ""), item["label"], dv_form_of(item.get("dv_form", "")))
            for item in catalogue_items("dv_acts")
        ),
    )


@cache  # shipped files do not change while the app runs; the editor checks after every change
def outside(report_kind: str) -> frozenset[str]:
    """What the report's shipped file says it deliberately does not count (family names or keys)."""
    for name in REPORT_INDICATOR_FILES:
        data = report_indicator_file(name)
        if data["report_kind"] == report_kind:
            return frozenset(data.get("outside", ()))
    return frozenset()


def check_report(session: Session, report_kind: str) -> list[str]:
    """The problems of the report's rows as the officer left them, against this store's catalogues."""
    rows = list_indicators(session, report_kind)
    return check_rows(rows, store_catalogues(session), outside(report_kind))


def _capital(text: str) -> str:
    """ "loại bạo lực (GBVIMS)" → "Loại bạo lực (GBVIMS)" (str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _row_name(row: IndicatorRow) -> str:
    return f"“{row.number}. {row.label}”" if row.number else f"“{row.label}”"


class _Check:
    """One pass over one report's rows."""

    def __init__(
        self, rows: Sequence[IndicatorRow], catalogues: Catalogues, excluded: Collection[str]
    ) -> None:
        self.rows = [row for row in rows if row.is_active]
        self.catalogues = catalogues
        self.excluded = excluded
        self.kind_labels = dict(catalogues.activity_kinds)
        self.counts: list[RowCount] = resolve(self.rows, self.members)
        self.problems: list[str] = []

    def members(self, family: Family) -> Collection[str]:
        if family in (ACTIVITY_KINDS, ACTIVITY_KIND_PARTICIPANTS):
            return self.kind_labels.keys()
        return family.members.keys()

    def label(self, family: Family, member: str) -> str:
        if family in (ACTIVITY_KINDS, ACTIVITY_KIND_PARTICIPANTS):
            return self.kind_labels.get(member, member)
        return family.members.get(member, member)

    def is_outside(self, family: Family, member: str | None = None) -> bool:
        return family.name in self.excluded or (member is not None and family.key(member) in self.excluded)

    def sharing_rows(self, family: Family) -> list[tuple[IndicatorRow, frozenset[str]]]:
        """The rows that each take a share of the family (not its "trong đó" details)."""
        return [
            (row, count.counted[family.name])
            for row, count in zip(self.rows, self.counts, strict=True)
            if family.name in count.counted and family.name not in count.details
        ]

    def total_row(self, family: Family) -> IndicatorRow | None:
        if not family.total:
            return None
        return next((row for row in self.rows if family.total in parts(row.source)), None)

    def counted(self, family: Family) -> set[str]:
        return {member for _row, members in self.sharing_rows(family) for member in members}

    # -- the checks ------------------------------------------------------------------------------------

    def run(self) -> list[str]:
        missing_reported: dict[str, set[str]] = {}
        for family in REQUIRED:
            if not self.is_outside(family):
                missing_reported[family.name] = self.uncounted(family)
        for family in FAMILIES:
            self.twice(family)
            self.adds_up(family, missing_reported.get(family.name, set()))
        if not self.is_outside(DV_FORMS):
            self.acts_without_form()
        return self.problems

    def uncounted(self, family: Family) -> set[str]:
        """Members no row counts, said in one message per family. Returns the members reported."""
        counted = self.counted(family)
        if family is PROPAGANDA_UNITS:
            kinds = [
                kind
                for kind in self.catalogues.propaganda_kinds
                if kind.unit.value not in counted and not self.is_outside(family, kind.unit.value)
            ]
            if kinds:
                names = ", ".join(f"“{kind.label}” (tính bằng “{kind.unit.label}”)" for kind in kinds)
                units = ", ".join(dict.fromkeys(f"“{kind.unit.label}”" for kind in kinds))
                noun = "Các hình thức tuyên truyền" if len(kinds) > 1 else "Hình thức tuyên truyền"
                self.problems.append(
                    f"{noun} {names} không được tính ở dòng nào của biểu. Hãy thêm dòng có "
                    f"nguồn số liệu là số lượng tuyên truyền tính bằng {units}."
                )
            return {kind.unit.value for kind in kinds}
        missing = [
            member
            for member in self.members(family)
            if member not in counted and not self.is_outside(family, member)
        ]
        if missing:
            total = self.total_row(family)
            consequence = (
                f" Các dòng chi tiết vì thế không cộng lại bằng dòng {_row_name(total)}."
                if total is not None and counted
                else ""
            )
            names = ", ".join(f"“{self.label(family, member)}”" for member in missing)
            noun = f"Các {family.noun}" if len(missing) > 1 else _capital(family.noun)
            self.problems.append(
                f"{noun} {names} không được tính ở dòng nào của biểu.{consequence} Hãy "
                "thêm vào nguồn số liệu của một dòng, hoặc thêm dòng “phần còn lại” (các mục chưa có dòng "
                "riêng)."
            )
        return set(missing)

    def twice(self, family: Family) -> None:
        """A member taken by two rows (neither a "trong đó" of the other) is added twice into the table."""
        seen: dict[str, list[IndicatorRow]] = {}
        for row, members in self.sharing_rows(family):
            for member in members:
                seen.setdefault(member, []).append(row)
        for member in self.members(family):
            rows = seen.get(member, [])
            if len(rows) > 1:
                names = " và ".join(_row_name(row) for row in rows)
                self.problems.append(
                    f"{_capital(family.noun)} “{self.label(family, member)}” được tính ở {len(rows)} "
                    f"dòng: {names}, nên tổng các dòng lớn hơn thực tế. Hãy chỉ để ở một dòng (dòng "
                    "“Trong đó” thì thụt lề vào dưới dòng chứa nó)."
                )

    def adds_up(self, family: Family, already_reported: set[str]) -> None:
        """When a family is split under its total row, every part must be there."""
        total = self.total_row(family)
        counted = self.counted(family)
        if total is None or not counted:
            return
        missing = [
            member
            for member in self.members(family)
            if member not in counted and member not in already_reported
        ]
        if missing:
            labels = ", ".join(f"“{self.label(family, member)}”" for member in missing)
            self.problems.append(
                f"Các dòng chia theo {family.noun} không cộng lại bằng dòng {_row_name(total)}: thiếu "
                f"{labels}. Hãy thêm dòng cho phần còn thiếu."
            )

    def acts_without_form(self) -> None:
        for act in self.catalogues.dv_acts:
            if act.form is None:
                self.problems.append(
                    f"Hành vi “{_short(act.label)}”{f' ({act.legal_ref})' if act.legal_ref else ''} chưa gắn "
                    "hình thức bạo lực: vụ việc chỉ có hành vi "
                    "này không được tính ở dòng hình thức nào. Hãy chọn hình thức cho hành vi trong bảng "
                    "“Hình thức bạo lực theo hành vi”."
                )


def check_rows(
    rows: Sequence[IndicatorRow], catalogues: Catalogues, excluded: Collection[str] = ()
) -> list[str]:
    """The problems of one report's rows (inactive rows are not printed, so they count for nothing)."""
    return _Check(rows, catalogues, excluded).run()
