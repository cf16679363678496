"""Hạn cần nhớ: the reminders as the officer sees them, overdue in red, and on the dashboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QApplication, QTreeWidget

from gender_equality_desk.core.dashboard.reminders import PLANNED_OVERDUE, Deadline, DeadlineKind
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.dashboard import DashboardPage
from gender_equality_desk.gui.widgets.deadline_list import OVERDUE, DeadlineList

from ..conftest import TODAY


def _rows(tree: QTreeWidget) -> list[list[str]]:
    return [[tree.topLevelItem(r).text(c) for c in range(4)] for r in range(tree.topLevelItemCount())]


def test_deadlines_are_listed_with_days_left(shown: Callable[[DeadlineList], DeadlineList]) -> None:
    widget = shown(DeadlineList())
    widget.set_deadlines(
        [
            Deadline(
                DeadlineKind.CASE_FOLLOW_UP,
                "Hồ sơ HS-2025-003: lượt theo dõi quá hạn",
                date(2025, 11, 15),
                -5,
            ),
            Deadline(DeadlineKind.PLANNED_ACTIVITY, "2. Treo băng rôn", date(2025, 11, 20), 0),
            Deadline(DeadlineKind.REPORT, "Báo cáo năm", date(2025, 12, 10), 20),
        ]
    )
    assert _rows(widget.tree) == [
        ["15/11/2025", "quá hạn 5 ngày", "Hồ sơ HS-2025-003: lượt theo dõi quá hạn", "Theo dõi hồ sơ"],
        ["20/11/2025", "hôm nay", "2. Treo băng rôn", "Hoạt động theo kế hoạch"],
        ["10/12/2025", "còn 20 ngày", "Báo cáo năm", "Hạn báo cáo"],
    ]
    assert widget.tree.topLevelItem(0).foreground(1).color() == OVERDUE
    assert widget.tree.topLevelItem(2).foreground(1).color() != OVERDUE
    assert not widget.empty.isVisible()
    widget.set_deadlines([])
    assert widget.empty.isVisible() and not widget.tree.isVisible()


@dataclass(frozen=True)
class FollowUp:
    case_code: str
    due_date: date


def test_dashboard_shows_the_store_deadlines_and_case_follow_ups(
    shown: Callable[[DashboardPage], DashboardPage], filled_store: Store
) -> None:
    page = shown(
        DashboardPage(
            filled_store.path,
            lambda: TODAY,
            overdue_follow_ups=lambda today: [FollowUp("HS-2025-001", date(2025, 11, 10))],
        )
    )
    page.activated()
    rows = _rows(page.deadlines.tree)
    # 20/11/2025 is inside the Action Month; the annual report is due 10/12 (default setting).
    assert rows == [
        ["10/11/2025", "quá hạn 10 ngày", "Hồ sơ HS-2025-001: lượt theo dõi quá hạn", "Theo dõi hồ sơ"],
        ["10/12/2025", "còn 20 ngày", "Báo cáo kết quả công tác bình đẳng giới năm", "Hạn báo cáo"],
        ["15/12/2025", "còn 25 ngày", "Tháng hành động kết thúc", "Tháng hành động"],
    ]


def test_in_english_the_apps_own_wording_is_translated_and_the_officers_names_are_kept(
    shown: Callable[[DashboardPage], DashboardPage], filled_store: Store, english: QApplication
) -> None:
    page = shown(
        DashboardPage(
            filled_store.path,
            lambda: TODAY,
            overdue_follow_ups=lambda today: [FollowUp("HS-2025-001", date(2025, 11, 10))],
        )
    )
    page.activated()
    assert [row[2] for row in _rows(page.deadlines.tree)] == [
        "Case HS-2025-001: follow-up overdue",
        "Báo cáo kết quả công tác bình đẳng giới năm",  # the report's name as the officer keeps it
        "Action Month ends",
    ]


def _many_overdue() -> Deadline:
    return Deadline(
        DeadlineKind.PLANNED_ACTIVITY,
        "5 hoạt động quá hạn chưa thực hiện của Kế hoạch năm 2025",
        date(2025, 3, 8),
        -257,
        plan_id=1,
        wording=PLANNED_OVERDUE,
        count=5,
        subject="Kế hoạch năm 2025",
    )


def test_a_report_has_a_sent_button_and_other_reminders_do_not(
    shown: Callable[[DeadlineList], DeadlineList],
) -> None:
    widget = shown(DeadlineList())
    widget.set_deadlines(
        [
            _many_overdue(),
            Deadline(DeadlineKind.REPORT, "Báo cáo năm", date(2025, 12, 10), -10, deadline_id=2),
        ]
    )
    assert _rows(widget.tree)[0][2] == "5 hoạt động quá hạn chưa thực hiện của Kế hoạch năm 2025"
    assert widget.mark_button(0) is None
    button = widget.mark_button(1)
    assert button is not None and button.isVisible() and not button.isEnabled()
    widget.set_can_mark(True)
    assert button.isEnabled()
    # The whole button shows in its row (the view gives it only the cell's text area).
    assert button.height() >= button.fontMetrics().height() + 2
    assert widget.tree.header().sectionSize(4) >= button.sizeHint().width()


def test_in_english_the_sent_button_and_the_overdue_summary_are_translated(
    shown: Callable[[DeadlineList], DeadlineList], english: QApplication
) -> None:
    widget = shown(DeadlineList())
    widget.set_deadlines(
        [
            _many_overdue(),
            Deadline(DeadlineKind.REPORT, "Báo cáo năm", date(2025, 12, 10), -10, deadline_id=2),
        ]
    )
    assert _rows(widget.tree)[0][2] == "5 overdue activities not carried out in Kế hoạch năm 2025"
    button = widget.mark_button(1)
    assert button is not None and button.text() == "Sent…"
