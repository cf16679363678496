"""The one door every visible UI string goes through: Qt's translation layer.

Vietnamese is the source language: `translate("ActivitiesPage", "Thêm hoạt động")` returns the text
unchanged unless a translation (today: English) is installed. The call is spelled `translate(context,
text)` because `pyside6-lupdate` extracts exactly that form; the context is the class (or module) that shows
the string, so the same Vietnamese word may be translated differently in different places.

Format after translating, never before: `translate("X", "Đã lưu {count} hoạt động").format(count=n)`.
Official documents (reports, plans, banners) stay Vietnamese whatever the UI language.

Labels defined in core (enum labels, page and deadline names) are marked there with
`core.translatable.QT_TRANSLATE_NOOP(context, text)` and translated here when shown: `translated_label`.
Module-level tuples in GUI code (column headings) use the same mark, then `translate` at display time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.translatable import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "translate", "translated_label"]


def translate(context: str, text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """The translation of `text` shown in `context`, or `text` itself when none is installed."""
    return QCoreApplication.translate(context, text, disambiguation, count)


def translated_label(member: LabelledEnum) -> str:
    """The label of a core enum member in the UI language; core marks it under the enum's class name."""
    return translate(type(member).__name__, member.label)
