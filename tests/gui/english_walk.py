"""Reading what an English screen shows and judging whether any Vietnamese left on it is a bug.

Used by the walks of test_translations_widgets (the main window's pages and dialogs; Hồ sơ hỗ trợ signed
in): `every_tab` collects the Vietnamese texts of every visible widget, tab by tab (table cells too, with
`cells=True`); `untranslated` drops what is data (stored in the store, typed by the officer) or translated on
purpose, and what translation_pending.py still allows, and returns the rest by the module that shows it.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import gender_equality_desk
from gender_equality_desk.core.domain.vocabulary import LabelledEnum
from gender_equality_desk.core.paths import DataLayout

from .sample_data import PROFILE
from .translation_pending import PENDING, PENDING_CORE_LABELS, PENDING_STRINGS

PACKAGE = Path(gender_equality_desk.__file__).resolve().parent
ROOT = PACKAGE.parent

ASCII_PROFILE = replace(
    PROFILE,
    commune_name="Xa Cao Lau",
    province_name="Quang Nam",
    place_name="Cao Lau",
    issuing_body="UY BAN NHAN DAN XA CAO LAU",
    receiving_authority="So Noi vu tinh Quang Nam",
    signer_name="Tran Thi Thu Hang",
    officer_name="Le Van Dung",
    signer_title="Chu tich",
    signing_authority="TM. UY BAN NHAN DAN",
)
VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)
# Named in its own language so that an officer who switched by mistake finds the way back.
ALWAYS_VIETNAMESE = {"Tiếng Việt"}

TAG = re.compile(r"<[^>]+>")
Found = dict[tuple[str, str, str], str]  # (module showing it, widget and property, text) → first place seen


# -- reading what the officer sees -----------------------------------------------------------------------


def texts_of(widget: QWidget, cells: bool = False) -> Iterator[tuple[str, str]]:
    """(property, text) pairs of one widget; with `cells`, the items of table widgets too."""
    if isinstance(widget, QLabel):
        yield "text", TAG.sub(" ", widget.text())
    if isinstance(widget, QAbstractButton):
        yield "text", widget.text()
        menu = getattr(widget, "menu", lambda: None)()
        if menu is not None:
            for action in menu.actions():
                yield "menu", action.text()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    if isinstance(widget, QHeaderView) and widget.model() is not None:
        model = widget.model()
        for section in range(widget.count()):
            if not widget.isSectionHidden(section):
                yield "header", str(model.headerData(section, widget.orientation()) or "")
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "item", widget.itemText(index)
    if cells and isinstance(widget, QTableWidget):  # the app fills them: enum labels next to data
        for row in range(widget.rowCount()):
            for column in range(widget.columnCount()):
                item = widget.item(row, column)
                if item is not None and not widget.isColumnHidden(column):
                    yield "cell", item.text()
                    yield "cell tooltip", item.toolTip()
    if isinstance(widget, QListWidget):
        for index in range(widget.count()):
            yield "item", widget.item(index).text()
    if isinstance(widget, QSpinBox):
        yield "special value", widget.specialValueText()
        yield "suffix", widget.suffix()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", TAG.sub(" ", widget.toolTip())
    for action in widget.actions():
        yield "action", action.text()


def visible_vietnamese(root: QWidget, where: str, cells: bool = False) -> Found:
    found: Found = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for what, text in texts_of(widget, cells):
            text = text.replace("&", "").strip()
            if VIETNAMESE.search(text):
                described = f"{type(widget).__name__} {widget.objectName()} {what}".replace("  ", " ")
                found.setdefault((shown_by(widget), described, text), where)
    return found


def settle() -> None:
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def every_tab(root: QWidget, where: str, cells: bool = False) -> Found:
    """What `root` shows, on each tab of each tab widget in turn (nested ones found as they appear)."""
    found = visible_vietnamese(root, where, cells)
    seen: set[int] = set()
    pending = root.findChildren(QTabWidget)
    while pending:
        tabs = pending.pop()
        if id(tabs) in seen or not tabs.isVisible():
            continue
        seen.add(id(tabs))
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            settle()
            found = visible_vietnamese(root, f"{where} / {tabs.tabText(index)}", cells) | found
            pending.extend(tabs.widget(index).findChildren(QTabWidget))
        tabs.setCurrentIndex(current)
    return found


# -- what is translated on purpose ----------------------------------------------------------------------


def translation_patterns() -> list[re.Pattern[str]]:
    """Every finished English translation as a pattern, its {placeholders} matching anything (data).

    A text one of them matches was translated, even when it keeps Vietnamese on purpose (an example
    name, "Decree 30/2020/NĐ-CP") or shows Vietnamese data in a placeholder ("Theme: {theme}").
    Translations with little text of their own ("{a}: {b}") would match anything and are left out.
    """
    patterns = []
    for ts in sorted((ROOT / "resources" / "translations" / "en").glob("*.ts")):
        for translation in ElementTree.parse(ts).getroot().iter("translation"):
            if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue
            pieces = re.split(r"\{[^}]*\}", (translation.text or "").replace("&", "").strip())
            if sum(character.isalpha() for piece in pieces for character in piece) >= 4:
                patterns.append(re.compile(".*?".join(map(re.escape, pieces)), re.DOTALL))
    return patterns


def only_data(text: str, data_pieces: list[str]) -> bool:
    """Whether `text` is stored data put together with non-Vietnamese text ("slogan  (2024)")."""
    for piece in data_pieces:
        if piece in text:
            text = text.replace(piece, " ")
    return not VIETNAMESE.search(text)


def labelled_enums() -> list[type[LabelledEnum]]:
    found, pending = [], list(LabelledEnum.__subclasses__())
    while pending:
        enum_class = pending.pop()
        found.append(enum_class)
        pending.extend(enum_class.__subclasses__())
    return found


def pending_core_labels() -> set[str]:
    return {
        member.label
        for enum_class in labelled_enums()
        if enum_class.__name__ in PENDING_CORE_LABELS
        for member in enum_class
    }


# -- where a string comes from ------------------------------------------------------------------------------


def shown_by(widget: QWidget) -> str:
    """The app module of the nearest widget (itself or an ancestor) whose class the app defines."""
    current: QWidget | None = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("gender_equality_desk."):
            return module.removeprefix("gender_equality_desk.").removeprefix("gui.")
        current = current.parentWidget()
    return "?"


def stored_strings(layout: DataLayout) -> set[str]:
    """Every text value in the store: catalogue names, the profile… (data, shown as typed)."""
    connection = sqlite3.connect(f"file:{layout.store}?mode=ro", uri=True)
    try:
        values: set[str] = set()
        tables = [row[0] for row in connection.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            for row in connection.execute(f'select * from "{table}"'):
                values.update(value.strip() for value in row if isinstance(value, str))
        return values
    finally:
        connection.close()


# -- the verdict -------------------------------------------------------------------------------------------


def untranslated(found: Found, layout: DataLayout) -> dict[str, list[str]]:
    """The texts of `found` that are neither data nor translated nor allowed, by the module showing them.

    Read the store after the walk: pages store what they create on first show (this year's campaign).
    """
    data = stored_strings(layout) | ALWAYS_VIETNAMESE
    data_pieces = sorted((text for text in data if VIETNAMESE.search(text)), key=len, reverse=True)
    translated = translation_patterns()
    allowed_labels = pending_core_labels()
    failures: dict[str, list[str]] = {}
    for (module, what, text), where in sorted(found.items()):
        on_purpose = only_data(text, data_pieces) or any(pattern.fullmatch(text) for pattern in translated)
        allowed = module in PENDING or (module, text) in PENDING_STRINGS or text in allowed_labels
        if not allowed and not on_purpose:
            failures.setdefault(module, []).append(f"    {where}: {what}: {text!r}")
    return failures


def report(failures: dict[str, list[str]]) -> str:
    lines = "\n".join(f"{module}:\n" + "\n".join(found) for module, found in sorted(failures.items()))
    return (
        "Vietnamese left on English screens (translate it, or mark and translate the core label):\n" + lines
    )
