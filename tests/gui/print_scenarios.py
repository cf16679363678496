"""The officer's print paths, each run to a PDF in its own process (started by print_harness).

    python print_scenarios.py SCENARIO DATA_DIR TODAY PDF [ARGS…]

DATA_DIR holds a store the test prepared; TODAY is ISO (yyyy-mm-dd). The app is set up as `gui.app` sets
it up (theme, Qt's own strings in Vietnamese); the scenario clicks what the officer clicks, the preview
driver prints, and the last line written is what the test reads back (print_harness.PrintRun.facts).
Exit code 0 means the path ran to its end; a crash shows as the child's signal.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from print_harness import (
    PreviewDriver,
    previews_left,
    report_facts,
    wait_until,
)  # from tests/gui, next to this script
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.gc_guard import install_gui_thread_gc
from gender_equality_desk.gui.models.record_table import ID_ROLE
from gender_equality_desk.gui.pages.activities import ActivitiesPage
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.cases import CasesPage
from gender_equality_desk.gui.pages.reports import ReportsPage
from gender_equality_desk.gui.theme import apply_theme
from gender_equality_desk.gui.translations import install_translations

CTRL = Qt.KeyboardModifier.ControlModifier
NO_KEYS = Qt.KeyboardModifier.NoModifier
TITLE_COLUMN = 1  # Hoạt động list


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying each letter's text, as an input method (Unikey, Telex) delivers Vietnamese."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, NO_KEYS)


def show(widget: QWidget, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    widget.activateWindow()  # what a window manager does; the offscreen platform leaves it to us
    wait_until(widget.isActiveWindow)


def reports_page(services: PageServices, pdf: Path, wording: str) -> dict[str, object]:
    """Báo cáo: Tháng hành động (the page's first report); type wording, then Ctrl+P at once."""
    page = ReportsPage(services)
    show(page, 1366, 700)
    page.wait_for_preview()
    wait_until(lambda: page._content is not None)
    field = page.narrative.fields["limitations"]
    field.setFocus()
    field.selectAll()
    type_text(field, wording)
    driver = PreviewDriver(pdf)
    QTest.keyClick(field, Qt.Key.Key_P, CTRL)  # before the editor's typing pause has passed
    return {"title": driver.title, "preview_pages": driver.pages, "previews_left": previews_left(page)}


def activity_log(services: PageServices, pdf: Path) -> dict[str, object]:
    """Hoạt động: click the first row, Ctrl+click the third, In nhật ký, then In… in the log dialog."""
    page = ActivitiesPage(services)
    show(page, 1140, 700)
    page.model.wait_until_loaded()
    wait_until(page.model.is_complete)
    table = page.table
    for row, keys in ((0, NO_KEYS), (2, CTRL)):
        centre: QPoint = table.visualRect(page.model.index(row, TITLE_COLUMN)).center()
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, keys, centre)
    chosen = [page.model.data(page.model.index(row, 0), ID_ROLE) for row in (0, 2)]
    QTest.mouseClick(page.print_log_button, Qt.MouseButton.LeftButton)
    page.log_launcher.wait()
    wait_until(lambda: page.log_launcher.dialog is not None)
    dialog = page.log_launcher.dialog
    assert dialog is not None
    driver = PreviewDriver(pdf)
    QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    return {
        "title": driver.title,
        "preview_pages": driver.pages,
        "previews_left": previews_left(dialog),
        "activity_ids": chosen,
    }


def case_statistics(services: PageServices, pdf: Path, username: str, password: str) -> dict[str, object]:
    """Hồ sơ hỗ trợ: sign in; In thống kê, close the preview; In thống kê again and print."""
    page = CasesPage(services)
    show(page, 1366, 768)
    card = page.sign_in_card
    card.username.clear()
    QTest.keyClicks(card.username, username)
    QTest.keyClicks(card.password, password)
    QTest.mouseClick(card.button, Qt.MouseButton.LeftButton)
    view = page.statistics
    wait_until(lambda: page.stack.currentWidget() is view and view.print_button.isEnabled())
    messages = []
    for target in (None, pdf):  # first the officer only looks, then prints
        PreviewDriver(target)
        QTest.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
        messages.append(view.message.text())
    left = previews_left(page)
    page.sign_out()
    return {"messages": messages, "previews_left": left}


SCENARIOS: dict[str, Callable[..., dict[str, object]]] = {
    "reports_page": reports_page,
    "activity_log": activity_log,
    "case_statistics": case_statistics,
}


def main(argv: list[str]) -> int:
    name, data_dir, today_iso, pdf, *rest = argv
    app = QApplication([sys.argv[0]])
    install_translations(app)
    apply_theme(app)
    install_gui_thread_gc(app)
    layout = DataLayout(Path(data_dir))
    store: Store = open_store(layout)
    today = date.fromisoformat(today_iso)
    try:
        facts = SCENARIOS[name](PageServices(store, layout, lambda: today), Path(pdf), *rest)
    finally:
        store.close()
    report_facts(facts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
