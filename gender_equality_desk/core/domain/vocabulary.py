"""Fixed vocabulary with Vietnamese labels. Catalogues that change by year or province
(activity kinds, propaganda kinds, slogans, themes) are data in the store, seeded from resources/."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A string enum whose members carry the Vietnamese label shown to the officer.

    A label shown on screen is marked `QT_TRANSLATE_NOOP("<class name>", "…")` so the GUI can show it in
    the UI language (`gui.i18n.translated_label`); the mark returns the text unchanged, so `.label` stays
    the Vietnamese that reports print and that code compares.
    """

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def of(cls, value: str) -> Self:
        """The member stored as `value` (raises ValueError for an unknown value)."""
        for member in cls:
            if member.value == value:
                return member
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")


class CampaignKind(LabelledEnum):
    ACTION_MONTH = ("action_month", "Tháng hành động vì bình đẳng giới")
    ANNUAL_PLAN = ("annual_plan", "Kế hoạch công tác bình đẳng giới năm")
    OTHER = ("other", "Chiến dịch khác")


class VillageKind(LabelledEnum):
    THON = ("thon", "Thôn")
    BAN = ("ban", "Bản")
    TO_DAN_PHO = ("to_dan_pho", "Tổ dân phố")
    KHOI = ("khoi", "Khối")


class ActivityStatus(LabelledEnum):
    PLANNED = ("planned", QT_TRANSLATE_NOOP("ActivityStatus", "Dự kiến"))
    DONE = ("done", QT_TRANSLATE_NOOP("ActivityStatus", "Đã thực hiện"))
    CANCELLED = ("cancelled", QT_TRANSLATE_NOOP("ActivityStatus", "Đã hủy"))


class BudgetSource(LabelledEnum):
    COMMUNE = ("commune", QT_TRANSLATE_NOOP("BudgetSource", "Ngân sách xã"))
    UPPER_LEVEL = ("upper_level", QT_TRANSLATE_NOOP("BudgetSource", "Kinh phí cấp trên"))
    SOCIALISED = ("socialised", QT_TRANSLATE_NOOP("BudgetSource", "Xã hội hóa"))
    OTHER = ("other", QT_TRANSLATE_NOOP("BudgetSource", "Khác"))


class QuantityUnit(LabelledEnum):
    """How a propaganda kind is counted: the unit shown next to its quantity."""

    PIECE = ("piece", QT_TRANSLATE_NOOP("QuantityUnit", "cái"))
    BROADCAST = ("broadcast", QT_TRANSLATE_NOOP("QuantityUnit", "lượt phát"))
    SESSION = ("session", QT_TRANSLATE_NOOP("QuantityUnit", "buổi"))
    COPY = ("copy", QT_TRANSLATE_NOOP("QuantityUnit", "bản"))
    ARTICLE = ("article", QT_TRANSLATE_NOOP("QuantityUnit", "tin, bài"))
    EPISODE = ("episode", QT_TRANSLATE_NOOP("QuantityUnit", "phóng sự"))
