"""What an indicator row's `source` says, and which figures of each family a row counts.

A source is one figure key ("activities.kind.training"), several keys added up
("activities.kind.club_meeting+activities.kind.dv_model"), or a family's rest ("activities.kind.rest"):
every member of the family that no other row of the same report names, so that a kind the officer adds
next year is still counted somewhere.

A family is a set of keys that split one figure between them: the activity kinds split "activities.count",
the budget sources split "budget.total", Nữ / Nam / chưa rõ giới tính split the participants. Rows are read
with their indentation: a row indented under a row that already counts the same family is a "trong đó"
detail of it, not a second share of the total. The reports add up rest rows with this; the coverage check
(core/reports/coverage.py) uses it to say what no row counts, what two rows count twice and what cannot
add up.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from gender_equality_desk.core.cases.catalogue import DvForm
from gender_equality_desk.core.cases.vocabulary import GbvType, Sex
from gender_equality_desk.core.domain.vocabulary import BudgetSource, QuantityUnit

SEPARATOR = "+"
REST = "rest"
NO_SOURCE = "none"  # "budget.source.none": amounts recorded without a source


@dataclass(frozen=True)
class Family:
    name: str
    noun: str  # how a member is called in a message: "loại hoạt động"
    prefix: str
    suffix: str = ""
    total: str = ""  # the key its members add up to; "" when they overlap or are counted in different units
    members: Mapping[str, str] = field(default_factory=dict)  # fixed members and labels; {} = a catalogue's
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # one key standing for several

    def key(self, member: str) -> str:
        return f"{self.prefix}{member}{self.suffix}"

    @property
    def rest_key(self) -> str:
        return self.key(REST)

    def members_in(self, key: str) -> tuple[str, ...]:
        """The members `key` counts: one, several (an alias), or none (another family's key)."""
        if key in self.aliases:
            return self.aliases[key]
        if not (key.startswith(self.prefix) and key.endswith(self.suffix)):
            return ()
        middle = key[len(self.prefix) : len(key) - len(self.suffix)]
        if not middle or "." in middle or middle == REST or (self.members and middle not in self.members):
            return ()
        return (middle,)


def _labels(members: Iterable[tuple[str, str]]) -> dict[str, str]:
    return dict(members)


ACTIVITY_KINDS = Family("activity_kinds", "loại hoạt động", "activities.kind.", total="activities.count")
ACTIVITY_KIND_PARTICIPANTS = Family(
    "activity_kind_participants",
    "lượt người tham gia theo loại hoạt động",
    "activities.kind.",
    ".participants",
)
PARTICIPANTS_SEX = Family(
    "participants_sex",
    "giới tính người tham gia",
    "activities.participants_",
    total="activities.participants_total",
    members={"female": "Nữ", "male": "Nam", "sex_unknown": "chưa rõ giới tính"},
)
BUDGET_SOURCES = Family(
    "budget_sources",
    "nguồn kinh phí",
    "budget.source.",
    total="budget.total",
    members={**_labels((source.value, source.label) for source in BudgetSource), NO_SOURCE: "Chưa ghi nguồn"},
)
PROPAGANDA_UNITS = Family(
    "propaganda_units",
    "đơn vị tính tuyên truyền",
    "propaganda.unit.",
    members=_labels((unit.value, unit.label) for unit in QuantityUnit),
)
PROPAGANDA_MINUTES = Family(
    "propaganda_minutes",
    "số phút tuyên truyền",
    "propaganda.minutes.",
    members=_labels((unit.value, unit.label) for unit in QuantityUnit),
)
DV_FORMS = Family(
    "dv_forms",
    "hình thức bạo lực",
    "cases.form.",
    members=_labels((form.value, form.label) for form in DvForm),
)
SURVIVOR_SEX = Family(
    "survivor_sex",
    "giới tính nạn nhân",
    "cases.survivor_sex.",
    total="cases.opened",
    members=_labels((sex.value, sex.label) for sex in Sex),
)
PERPETRATOR_SEX = Family(
    "perpetrator_sex",
    "giới tính người gây bạo lực",
    "cases.perpetrator_sex.",
    total="cases.opened",
    members=_labels((sex.value, sex.label) for sex in Sex),
)
GBV_TYPES = Family(
    "gbv_types",
    "loại bạo lực (GBVIMS)",
    "cases.gbv.",
    total="cases.opened",
    members=_labels((gbv.value, gbv.label) for gbv in GbvType),
    aliases={"cases.gbv.sexual": (GbvType.RAPE.value, GbvType.SEXUAL_ASSAULT.value)},
)
FAMILIES = (
    ACTIVITY_KINDS,
    ACTIVITY_KIND_PARTICIPANTS,
    PARTICIPANTS_SEX,
    BUDGET_SOURCES,
    PROPAGANDA_UNITS,
    PROPAGANDA_MINUTES,
    DV_FORMS,
    SURVIVOR_SEX,
    PERPETRATOR_SEX,
    GBV_TYPES,
)


def parts(source: str) -> tuple[str, ...]:
    """The keys of a source, in order, without blanks: "a + b" → ("a", "b")."""
    return tuple(part.strip() for part in source.split(SEPARATOR) if part.strip())


def join(keys: Iterable[str]) -> str:
    return SEPARATOR.join(keys)


def rest_family(key: str) -> Family | None:
    """The family whose rest `key` names ("activities.kind.rest"), or None."""
    return next((family for family in FAMILIES if family.rest_key == key), None)


class SourcedRow(Protocol):
    """What resolution needs of a row: IndicatorRow fits, so do rows read from a shipped file."""

    @property
    def source(self) -> str: ...

    @property
    def level(self) -> int: ...


@dataclass(frozen=True)
class RowCount:
    """What one row adds up once every rest is known."""

    keys: tuple[str, ...]  # figure keys, rests expanded; () for a row filled by hand or an empty rest
    counted: Mapping[str, frozenset[str]]  # family name → the members the row counts
    details: frozenset[str]  # families in which the row is a "trong đó" of a row above it


def _ancestors(rows: Sequence[SourcedRow], index: int) -> list[int]:
    """The rows a row is indented under, nearest first."""
    found: list[int] = []
    level = rows[index].level
    for above in range(index - 1, -1, -1):
        if level <= 0:
            break
        if rows[above].level < level:
            found.append(above)
            level = rows[above].level
    return found


def resolve(rows: Sequence[SourcedRow], members: Callable[[Family], Collection[str]]) -> list[RowCount]:
    """What each row of one report counts; `members` lists a family's members (the store's kinds, or the
    kinds that have figures). A rest is taken after every row has named its own members."""
    direct: list[dict[str, set[str]]] = []
    rests: list[set[str]] = []
    for row in rows:
        named: dict[str, set[str]] = {}
        row_rests: set[str] = set()
        for key in parts(row.source):
            family = rest_family(key)
            if family is not None:
                row_rests.add(family.name)
                continue
            for fam in FAMILIES:
                taken = fam.members_in(key)
                if taken:
                    named.setdefault(fam.name, set()).update(taken)
        direct.append(named)
        rests.append(row_rests)

    def within(index: int, above: int, family: str) -> bool:
        """Whether row `index` only details row `above` in `family`: "Trong đó: X" under a row counting X
        (or under a rest, whose members are not known yet)."""
        if family in rests[above]:
            return True
        return family in direct[above] and direct[index].get(family, set()) <= direct[above][family]

    details = [
        frozenset(
            family.name
            for family in FAMILIES
            if any(within(index, above, family.name) for above in _ancestors(rows, index))
        )
        for index in range(len(rows))
    ]
    named_by_rows: dict[str, set[str]] = {}
    for index, named in enumerate(direct):
        for family_name, found in named.items():
            if family_name not in details[index]:
                named_by_rows.setdefault(family_name, set()).update(found)

    result = []
    for index, row in enumerate(rows):
        counted = {name: set(found) for name, found in direct[index].items()}
        keys: list[str] = []
        for key in parts(row.source):
            family = rest_family(key)
            if family is None:
                keys.append(key)
                continue
            rest = sorted(set(members(family)) - named_by_rows.get(family.name, set()))
            counted.setdefault(family.name, set()).update(rest)
            keys.extend(family.key(member) for member in rest)
        result.append(
            RowCount(
                keys=tuple(dict.fromkeys(keys)),
                counted={name: frozenset(found) for name, found in counted.items()},
                details=details[index],
            )
        )
    return result


def members_with_figures(values: Collection[str]) -> Callable[[Family], Collection[str]]:
    """A family's members at report time: its fixed ones, or the catalogue entries that have a figure."""

    def members(family: Family) -> Collection[str]:
        if family.members:
            return family.members.keys()
        return {member for key in values for member in family.members_in(key)}

    return members
