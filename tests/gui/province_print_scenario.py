"""The province's chase list printed for real, in its own process (started by
tests/gui/pages/test_province_summary_page.py, like print_scenarios.py for the commune's print paths).

    python province_print_scenario.py DATA_DIR TODAY PDF ROUND_ID

Opens Tổng hợp on the round, presses "In danh sách cần gọi…"; the preview driver prints to PDF. The last
line written holds what the test reads back: the page's message, previews left, the communes chased.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from print_harness import PreviewDriver, previews_left, report_facts, wait_until  # beside this script
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.completeness import chase_list
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.gc_guard import install_gui_thread_gc
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.province_summary import ProvinceSummaryPage
from gender_equality_desk.gui.theme import apply_theme
from gender_equality_desk.gui.translations import install_translations


def main(argv: list[str]) -> int:
    data_dir, today_iso, pdf, round_id = argv
    app = QApplication([sys.argv[0]])
    install_translations(app)
    apply_theme(app)
    install_gui_thread_gc(app)
    layout = DataLayout(Path(data_dir))
    store = open_store(layout)
    today = date.fromisoformat(today_iso)
    try:
        page = ProvinceSummaryPage(PageServices(store, layout, lambda: today))
        page.resize(1366, 768)
        page.show()
        page.activateWindow()
        wait_until(page.isActiveWindow)
        page.activated()
        page.choose_round(int(round_id))
        assert page.completeness is not None
        chased = [[row.commune.name, row.commune.officer_phone] for row in chase_list(page.completeness)]
        PreviewDriver(Path(pdf))
        QTest.mouseClick(page.print_chase_button, Qt.MouseButton.LeftButton)
        facts = {"message": page.message.text(), "previews_left": previews_left(page), "chased": chased}
        page.close()
    finally:
        store.close()
    report_facts(facts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
