"""The figures the reports state in words, read back from their sentences and held against plain SQL.

The wording is the report's; only the numbers are parsed ("1.234" → 1234), so a sentence that says
another figure than its table, or "0 …" where it should say there was none, fails here.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from datetime import date

from gender_equality_desk.core.reports.content import Paragraph, ReportContent

from . import oracle_sql as sql
from .oracle_compare import Expected

NUMBER = r"([\d.]+)"
# The measure kinds the Action Month's victims sentence names, in its words.
SENTENCE_MEASURES = {
    "no_contact": "cấm tiếp xúc",
    "shelter": "tạm lánh tại địa chỉ tin cậy",
    "medical": "chăm sóc y tế",
    "counselling": "tư vấn",
    "legal_aid": "trợ giúp pháp lý",
    "mediation": "hòa giải",
}
EXACT = "Số liệu chính xác, gửi cơ quan cấp trên"
PUBLIC = "Bản công bố công khai"


def n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def numbers(match: re.Match[str] | None, width: int) -> list[int]:
    """The numbers a sentence states; 0 for each part it leaves out (no match: all left out)."""
    if match is None:
        return [0] * width
    return [int(group.replace(".", "")) if group else 0 for group in match.groups()]


def count_of(value: object) -> int:
    assert isinstance(value, int), value
    return value


def text_of(content: ReportContent) -> str:
    return "\n".join(block.text for block in content.blocks if isinstance(block, Paragraph))


def shown(count: int, publish: bool) -> str:
    value = sql.shown(count, publish)
    return value if isinstance(value, str) else n(value)


def check_action_month(
    content: ReportContent, db: sqlite3.Connection, period: tuple[date, date], campaign: int,
    expected: Sequence[Expected], publish: bool,
) -> None:  # fmt: skip
    """`expected`: Biểu 1, 2 and 3 as plain SQL computed them."""
    text = text_of(content)
    activities, propaganda, budget = expected
    _, count, total, female, male, unknown, children, ethnic, money = activities.total or ()

    summary = re.search(
        rf"Tổ chức {NUMBER} hoạt động hưởng ứng(?: với {NUMBER} lượt người tham gia, trong đó nữ {NUMBER}, "
        rf"nam {NUMBER}(?:, chưa rõ giới tính {NUMBER})?)?\.",
        text,
    )
    assert numbers(summary, 5) == [count, total, female, male, unknown], f"the summary says {summary}"
    if not count:
        assert "Chưa ghi nhận hoạt động nào đã thực hiện trong thời gian này." in text
    for value, words in ((children, "trẻ em"), (ethnic, "người dân tộc thiểu số")):
        said = re.search(rf"{NUMBER} lượt {words}", text)
        if value == sql.NOT_RECORDED or not total:  # said to be unrecorded, never a made-up 0
            assert said is None, f"{words}: {said}, recorded nowhere"
        else:
            assert numbers(said, 1) == [value], f"{words}: {said}, SQL {value}"
    for label, kind_count, people, women, men, unsure, *_ in activities.rows:
        bullet = re.search(
            rf"^{re.escape(str(label))}: {NUMBER} cuộc(?:, {NUMBER} lượt người tham gia \(nữ {NUMBER}, "
            rf"nam {NUMBER}(?:, chưa rõ giới tính {NUMBER})?\))?\.$",
            text,
            re.MULTILINE,
        )
        assert numbers(bullet, 5) == [kind_count, people, women, men, unsure], f"bullet {label}: {bullet}"

    banners, _ = sql.quantity_by_unit(db, period, campaign, "piece")
    broadcasts, minutes = sql.quantity_by_unit(db, period, campaign, "broadcast")
    assert numbers(re.search(rf"treo {NUMBER} băng rôn", text), 1) == [banners]
    assert banners or "không treo băng rôn" in text.lower(), "no banner, not said so"
    aired = re.search(rf"phát thanh {NUMBER} lượt(?: với {NUMBER} phút)?", text)
    assert numbers(aired, 2) == [broadcasts, minutes], f"broadcasts: {aired}"
    assert broadcasts or "không có tin, bài phát thanh" in text, "no broadcast, not said so"
    for label, events, quantity, unit, minutes_, reach in propaganda.rows:
        bullet = re.search(
            rf"^{re.escape(str(label))}: {NUMBER} đợt(?:, {NUMBER} {re.escape(str(unit))})?"
            rf"(?:, tổng thời lượng {NUMBER} phút)?(?:, ước tính {NUMBER} lượt người được tiếp cận)?\.$",
            text,
            re.MULTILINE,
        )
        estimated = 0 if reach == sql.NOT_RECORDED else reach
        assert numbers(bullet, 4) == [events, quantity, minutes_ or 0, estimated], f"bullet {label}: {bullet}"

    spent = re.search(rf"Tổng kinh phí thực hiện {NUMBER} đ, trong đó (.*)\.$", text, re.MULTILINE)
    if not money:
        assert spent is None and "không phát sinh kinh phí riêng" in text, f"no budget: {spent}"
    else:
        assert spent is not None and spent.group(1) == n(count_of(money)), f"budget: {spent}, SQL {money}"
        by_source = [
            (str(label), amount) for label, amount in budget.rows if isinstance(amount, int) and amount
        ]
        assert spent.group(2) == "; ".join(f"{label.lower()} {n(amount)} đ" for label, amount in by_source)

    cases = sql.case_figures(db, period)
    received = re.search(
        r"xã tiếp nhận (\S+) vụ bạo lực gia đình, bạo lực trên cơ sở giới; (\S+) nạn nhân", text
    )
    if not cases["cases.opened"]:
        assert received is None and "xã không tiếp nhận vụ bạo lực gia đình" in text
    else:
        want = (shown(cases["cases.opened"], publish), shown(cases["cases.supported"], publish))
        assert received is not None and received.groups() == want, f"victims: {received}, SQL {want}"
    for kind, words in SENTENCE_MEASURES.items():
        applied = cases[f"cases.measure.{kind}"]
        said = re.search(rf"[:;] {words} (\S+) vụ", text)
        want_measure = shown(applied, publish) if applied else None
        assert (said.group(1) if said else None) == want_measure, f"{words}: {said}, SQL {applied}"
    assert (EXACT in text) is not publish and (PUBLIC in text) is publish, "exact or for publication"


def check_gender_equality(content: ReportContent, values: dict[str, int | None]) -> None:
    """The results sentence: activities and participants by sex, banners, broadcasts."""
    text = text_of(content)
    said = re.search(
        rf"đã tổ chức {NUMBER} hoạt động truyền thông, hưởng ứng(?: với {NUMBER} lượt người tham gia "
        rf"\(nữ {NUMBER} lượt, nam {NUMBER} lượt(?:, chưa rõ giới tính {NUMBER} lượt)?\))?",
        text,
    )
    keys = (
        "count",
        "participants_total",
        "participants_female",
        "participants_male",
        "participants_sex_unknown",
    )
    assert numbers(said, 5) == [values[f"activities.{key}"] for key in keys], f"the results sentence: {said}"
    if not values["activities.count"]:
        assert "chưa ghi nhận hoạt động truyền thông, hưởng ứng nào" in text
    for unit, words in (("piece", rf"treo {NUMBER} băng rôn"), ("broadcast", rf"phát thanh {NUMBER} lượt")):
        assert numbers(re.search(words, text), 1) == [values[f"propaganda.unit.{unit}"]], unit


def check_activity_log(content: ReportContent, entries: int, sex_unrecorded: int) -> None:
    """The log's summary counts its rows; its note states the participants of unknown sex."""
    summary = text_of(content)
    if entries:
        assert f"ghi nhận {n(entries)} hoạt động đã thực hiện và sự kiện tuyên truyền." in summary
    else:
        assert "Không có hoạt động hoặc sự kiện tuyên truyền nào được ghi nhận" in summary
    (table,) = content.tables()
    note = f"Có {n(sex_unrecorded)} lượt người tham gia chưa được ghi nhận là nữ hay nam"
    assert (note in table.note) is bool(sex_unrecorded), table.note
