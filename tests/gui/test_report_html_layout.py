"""The report HTML as Qt lays it out for the Báo cáo preview and the printout: dates and figures in a
narrow column stay on one line (Qt would break "05/12/2026" after each slash)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.render.html import render_html
from gender_equality_desk.core.reports.content import CellKind, Table, TableColumn, TableRow
from tests.core.render.conftest import make_report


def lines_of(document: QTextDocument, text: str) -> int:
    block = document.begin()
    while block.isValid():
        if block.text() == text:
            return block.layout().lineCount()
        block = block.next()
    raise AssertionError(f"{text!r} is not in the document")


def test_dates_and_figures_keep_one_line_in_a_narrow_column(qtbot: QtBot) -> None:
    table = Table(
        "Nhật ký hoạt động",
        (
            TableColumn("Ngày", CellKind.DATE, width=0.4),
            TableColumn("Nội dung hoạt động", width=6),
            TableColumn("Kinh phí (đồng)", CellKind.VND, width=0.4, summed=True),
        ),
        (
            TableRow(
                (
                    date(2026, 12, 5),
                    "Họp dân tuyên truyền Luật Bình đẳng giới tại nhà văn hóa thôn",
                    1_500_000,
                )
            ),
        ),
        total_label="Tổng cộng",
    )
    document = QTextDocument()
    document.setHtml(render_html(replace(make_report(), blocks=(table,))))
    document.setTextWidth(600)  # the preview's width on a 1366-pixel screen is about this
    document.size()  # lays the document out
    assert lines_of(document, "05/12/2026") == 1
    assert lines_of(document, "1.500.000") == 1
