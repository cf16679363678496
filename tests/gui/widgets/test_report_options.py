"""Báo cáo page options: a report is exact for the receiving authority unless marked for publication."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.reports.registry import ReportKind
from gender_equality_desk.gui.widgets.report_options import ReportOptions


def test_reports_are_exact_unless_the_officer_marks_them_for_publication(
    shown: Callable[[ReportOptions], ReportOptions], qtbot: QtBot
) -> None:
    options = shown(ReportOptions(date(2026, 12, 8)))
    options.kind.setCurrentIndex(options.kind.findData(ReportKind.DV_STATISTICS.value))
    assert options.publish.isEnabled() and not options.publish.isChecked()
    assert options.request().for_publication is False
    with qtbot.waitSignal(options.changed):
        qtbot.mouseClick(options.publish, Qt.MouseButton.LeftButton)
    assert options.request().for_publication is True
    options.kind.setCurrentIndex(options.kind.findData(ReportKind.GENDER_EQUALITY.value))
    assert options.request().for_publication is True


def test_reports_without_case_counts_have_no_copy_for_publication(
    shown: Callable[[ReportOptions], ReportOptions], qtbot: QtBot
) -> None:
    options = shown(ReportOptions(date(2026, 12, 8)))
    options.kind.setCurrentIndex(options.kind.findData(ReportKind.DV_STATISTICS.value))
    qtbot.mouseClick(options.publish, Qt.MouseButton.LeftButton)
    options.kind.setCurrentIndex(options.kind.findData(ReportKind.ACTIVITY_LOG.value))
    assert not options.publish.isEnabled()
    assert options.request().for_publication is False
    options.kind.setCurrentIndex(options.kind.findData(ReportKind.ACTION_MONTH.value))
    assert options.publish.isEnabled()  # it states victims' case counts too
