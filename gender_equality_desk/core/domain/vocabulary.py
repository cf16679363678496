"""Fixed vocabulary with Vietnamese labels. Catalogues that change by year or province
(activity kinds, propaganda kinds, slogans, themes) are data in the store, seeded from resources/."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A string enum whose members carry the Vietnamese label shown to the officer."""

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
    PLANNED = ("planned", "Dự kiến")
    DONE = ("done", "Đã thực hiện")
    CANCELLED = ("cancelled", "Đã hủy")


class BudgetSource(LabelledEnum):
    COMMUNE = ("commune", "Ngân sách xã")
    UPPER_LEVEL = ("upper_level", "Kinh phí cấp trên")
    SOCIALISED = ("socialised", "Xã hội hóa")
    OTHER = ("other", "Khác")


class QuantityUnit(LabelledEnum):
    """How a propaganda kind is counted: the unit shown next to its quantity."""

    PIECE = ("piece", "cái")
    BROADCAST = ("broadcast", "lượt phát")
    SESSION = ("session", "buổi")
    COPY = ("copy", "bản")
    ARTICLE = ("article", "tin, bài")
    EPISODE = ("episode", "phóng sự")
