"""Anonymised case statistics for reports, with small-number suppression for anything leaving the machine.

Counts are of cases whose intake date falls in the period (a case with two acts counts once under each
act, so the act, GBVIMS-type-by-act and measure tables need not add up to the total). Any role may read
them, viewers included: no row carries a code, a name or a date finer than the month.

Suppression (`suppress`): a count from 1 to threshold − 1 is shown as "<threshold" (default "<3"). In a
table whose rows add up to the shown total, a single hidden cell could be recomputed by subtraction, so
the next smallest non-zero cell is hidden too (secondary suppression, shown as "x").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from gender_equality_desk.core.cases.catalogue import ensure_dv_acts
from gender_equality_desk.core.cases.vocabulary import AgeGroup, GbvType, MeasureKind, Relationship, Sex
from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.core.store.case_models import CaseMeasure, DvAct, SupportCase, support_case_act
from gender_equality_desk.core.store.models import Village
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

DEFAULT_THRESHOLD = 3
# Table titles (and the unknown-village row) are printed in Vietnamese in reports; marked in this context so
# that the screen can show them in the UI language.
STATISTICS_CONTEXT = "CaseStatistics"
UNKNOWN_VILLAGE = "none"  # the key of the row counting cases without a village
SECONDARY_MARK = "x"  # hidden only so that a "<3" next to it cannot be recomputed from the total


@dataclass(frozen=True)
class StatCell:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class StatTable:
    dimension: str
    title: str
    cells: tuple[StatCell, ...]
    additive: bool  # cells add up to the number of cases (one value per case)

    def count_of(self, key: str) -> int:
        return next((cell.count for cell in self.cells if cell.key == key), 0)


@dataclass(frozen=True)
class ShownTable:
    """A table as it may leave the machine: every count as text, small ones hidden."""

    dimension: str
    title: str
    cells: tuple[tuple[str, str], ...]  # (label, "12" | "<3" | "0")
    total: str


@dataclass(frozen=True)
class CaseStatistics:
    start: date
    end: date
    threshold: int
    total_cases: int
    tables: dict[str, StatTable]  # raw counts, for the screen of an authorised user
    suppressed: dict[str, ShownTable]  # for exports, printouts and reports sent upward


def _cells(values: Iterable[str], members: Iterable[tuple[str, str]]) -> tuple[StatCell, ...]:
    counts = Counter(values)
    listed = [StatCell(key, label, counts.pop(key, 0)) for key, label in members]
    return tuple(listed + [StatCell(key, key, n) for key, n in sorted(counts.items())])


def _enum_members(enum: type[LabelledEnum]) -> list[tuple[str, str]]:
    return [(member.value, member.label) for member in enum]


def suppress_text(count: int, threshold: int) -> str:
    return f"<{threshold}" if 0 < count < threshold else str(count)


def suppress(table: StatTable, total: int, threshold: int = DEFAULT_THRESHOLD) -> ShownTable:
    hidden = {i for i, cell in enumerate(table.cells) if 0 < cell.count < threshold}
    total_hidden = 0 < total < threshold
    if table.additive and len(hidden) == 1 and not total_hidden:
        others = sorted(
            (cell.count, i) for i, cell in enumerate(table.cells) if cell.count and i not in hidden
        )
        if others:
            hidden.add(others[0][1])
    cells = tuple(
        (
            cell.label,
            SECONDARY_MARK
            if i in hidden and cell.count >= threshold
            else suppress_text(cell.count, threshold),
        )
        for i, cell in enumerate(table.cells)
    )
    return ShownTable(table.dimension, table.title, cells, suppress_text(total, threshold))


def case_statistics(
    auth: AuthSession, start: date, end: date, *, threshold: int = DEFAULT_THRESHOLD
) -> CaseStatistics:
    """Counts by act, GBVIMS type, survivor sex and age group, perpetrator relationship, measure, village
    and month of intake, for cases taken in between start and end (inclusive)."""
    auth.require_open()
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    in_period = (
        SupportCase.is_deleted.is_(False),
        SupportCase.intake_date >= start,
        SupportCase.intake_date <= end,
    )
    with auth.store.reading() as db:
        ensure_dv_acts(db)  # a fresh store still lists every act (nothing is committed by a read session)
        cases = db.execute(
            select(
                SupportCase.id,
                SupportCase.gbv_type,
                SupportCase.survivor_sex,
                SupportCase.survivor_age_group,
                SupportCase.perpetrator_relationship,
                SupportCase.village_id,
                SupportCase.intake_date,
            ).where(*in_period)
        ).all()
        acts = db.execute(
            select(DvAct.code, support_case_act.c.case_id)
            .join(support_case_act, support_case_act.c.act_id == DvAct.id)
            .join(SupportCase, SupportCase.id == support_case_act.c.case_id)
            .where(*in_period)
        ).all()
        act_members = [
            (a.code, a.label) for a in db.scalars(select(DvAct).order_by(DvAct.sort_order, DvAct.id))
        ]
        measures = db.execute(
            select(CaseMeasure.kind, CaseMeasure.case_id)
            .join(SupportCase, SupportCase.id == CaseMeasure.case_id)
            .where(*in_period, CaseMeasure.is_deleted.is_(False))
            .distinct()
        ).all()
        villages = [
            (str(v.id), v.name)
            for v in db.scalars(
                select(Village).where(Village.is_deleted.is_(False)).order_by(Village.sort_order, Village.id)
            )
        ]
    months = []
    cursor = date(start.year, start.month, 1)
    while cursor <= end:
        months.append((f"{cursor:%Y-%m}", f"Tháng {cursor.month}/{cursor.year}"))
        cursor = date(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1)
    tables = {
        "act": StatTable(
            "act",
            QT_TRANSLATE_NOOP("CaseStatistics", "Theo hành vi bạo lực gia đình"),
            _cells((a.code for a in acts), act_members),
            False,
        ),
        "gbv_type": StatTable(
            "gbv_type",
            QT_TRANSLATE_NOOP("CaseStatistics", "Theo loại GBVIMS"),
            _cells((c.gbv_type for c in cases), _enum_members(GbvType)),
            True,
        ),
        "survivor_sex": StatTable(
            "survivor_sex",
            QT_TRANSLATE_NOOP("CaseStatistics", "Nạn nhân theo giới tính"),
            _cells((c.survivor_sex for c in cases), _enum_members(Sex)),
            True,
        ),
        "survivor_age_group": StatTable(
            "survivor_age_group",
            QT_TRANSLATE_NOOP("CaseStatistics", "Nạn nhân theo nhóm tuổi"),
            _cells((c.survivor_age_group for c in cases), _enum_members(AgeGroup)),
            True,
        ),
        "perpetrator_relationship": StatTable(
            "perpetrator_relationship",
            QT_TRANSLATE_NOOP("CaseStatistics", "Theo quan hệ của người gây bạo lực với nạn nhân"),
            _cells((c.perpetrator_relationship for c in cases), _enum_members(Relationship)),
            True,
        ),
        "measure": StatTable(
            "measure",
            QT_TRANSLATE_NOOP("CaseStatistics", "Số vụ được áp dụng từng biện pháp"),
            _cells((m.kind for m in measures), _enum_members(MeasureKind)),
            False,
        ),
        "village": StatTable(
            "village",
            QT_TRANSLATE_NOOP("CaseStatistics", "Theo thôn"),
            _cells(
                (str(c.village_id) if c.village_id else UNKNOWN_VILLAGE for c in cases),
                [*villages, (UNKNOWN_VILLAGE, QT_TRANSLATE_NOOP("CaseStatistics", "Không rõ thôn"))],
            ),
            True,
        ),
        "month": StatTable(
            "month",
            QT_TRANSLATE_NOOP("CaseStatistics", "Theo tháng tiếp nhận"),
            _cells((f"{c.intake_date:%Y-%m}" for c in cases), months),
            True,
        ),
    }
    total = len(cases)
    return CaseStatistics(
        start=start,
        end=end,
        threshold=threshold,
        total_cases=total,
        tables=tables,
        suppressed={name: suppress(table, total, threshold) for name, table in tables.items()},
    )
