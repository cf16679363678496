"""The one door every visible UI string goes through: Qt's translation layer.

Vietnamese is the source language: `translate("ActivitiesPage", "Thêm hoạt động")` returns the text
unchanged unless a translation (today: English) is installed. The call is spelled `translate(context,
text)` because `pyside6-lupdate` extracts exactly that form; the context is the class (or module) that shows
the string, so the same Vietnamese word may be translated differently in different places.

Format after translating, never before: `translate("X", "Đã lưu {count} hoạt động").format(count=n)`.
Official documents (reports, plans, banners) stay Vietnamese whatever the UI language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """The translation of `text` shown in `context`, or `text` itself when none is installed."""
    return QCoreApplication.translate(context, text, disambiguation, count)
