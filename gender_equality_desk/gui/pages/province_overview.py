"""Tổng quan (province desk): how far each open or recent round has come, and the next deadlines.

One card per round (core.province.overview): the share of communes that reported, on time / late / not
yet, and the days to the deadline or past it; below, the deadlines still ahead with how many communes
have not reported. The page reads the store each time it is shown or something changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.province.completeness import Completeness
from gender_equality_desk.core.province.overview import ProvinceOverview, province_overview
from gender_equality_desk.core.reports.formatting import format_date, format_percent
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.province_summary import round_title
from gender_equality_desk.gui.pages.store_page import StorePage
from gender_equality_desk.gui.theme import ACCENT, ACCENT_SOFT, ERROR, OK
from gender_equality_desk.gui.widgets.basics import styled_label, titled_card

CARDS_PER_ROW = 2
PROGRESS_STYLE = (
    f"QProgressBar {{ border: none; border-radius: 5px; background: {ACCENT_SOFT}; max-height: 10px; }}"
    f"QProgressBar::chunk {{ border-radius: 5px; background: {ACCENT}; }}"
)


def deadline_text(completeness: Completeness) -> str:
    days = completeness.days_to_deadline
    deadline = format_date(completeness.round.deadline)
    if days > 0:
        return translate("ProvinceOverviewPage", "Hạn nộp {deadline} — còn {days} ngày").format(
            deadline=deadline, days=days
        )
    if days == 0:
        return translate("ProvinceOverviewPage", "Hạn nộp {deadline} — hôm nay là hạn cuối").format(
            deadline=deadline
        )
    return translate("ProvinceOverviewPage", "Hạn nộp {deadline} — đã quá hạn {days} ngày").format(
        deadline=deadline, days=-days
    )


class RoundCard(QWidget):
    """One round: title, progress, counts, deadline."""

    def __init__(self, completeness: Completeness, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completeness = completeness
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, box = titled_card(round_title(completeness.round), "roundCard", spacing=6, wrap=True)
        outer.addWidget(frame)
        share = QHBoxLayout()
        self.share = styled_label(format_percent(completeness.share_reported), "bigNumber")
        self.share.setObjectName("roundShare")
        share.addWidget(self.share)
        self.reported = styled_label(
            translate("ProvinceOverviewPage", "đã báo cáo: {reported}/{expected} xã").format(
                reported=completeness.reported, expected=completeness.expected
            ),
            "figureLabel",
        )
        self.reported.setObjectName("roundReported")
        share.addWidget(self.reported)
        share.addStretch(1)
        box.addLayout(share)
        self.progress = QProgressBar()
        self.progress.setObjectName("roundProgress")
        self.progress.setTextVisible(False)
        self.progress.setStyleSheet(PROGRESS_STYLE)
        self.progress.setRange(0, max(completeness.expected, 1))
        self.progress.setValue(completeness.reported)
        box.addWidget(self.progress)
        counts = QHBoxLayout()
        self.on_time = self._count(counts, "roundOnTime", translate("ProvinceOverviewPage", "Đúng hạn: {n}"),
                                   completeness.on_time, OK)  # fmt: skip
        self.late = self._count(counts, "roundLate", translate("ProvinceOverviewPage", "Nộp muộn: {n}"),
                                completeness.late, ACCENT)  # fmt: skip
        self.not_yet = self._count(counts, "roundNotYet", translate("ProvinceOverviewPage", "Chưa nộp: {n}"),
                                   completeness.not_yet, ERROR)  # fmt: skip
        counts.addStretch(1)
        box.addLayout(counts)
        self.deadline = styled_label(deadline_text(completeness), "muted")
        self.deadline.setObjectName("roundDeadline")
        box.addWidget(self.deadline)
        if completeness.with_warnings:
            warnings = styled_label(
                translate("ProvinceOverviewPage", "{n} báo cáo có cảnh báo cần xem lại.").format(
                    n=completeness.with_warnings
                ),
                "error",
            )
            box.addWidget(warnings)

    def _count(self, row: QHBoxLayout, name: str, text: str, value: int, colour: str) -> QWidget:
        label = styled_label(text.format(n=value))
        label.setObjectName(name)
        label.setStyleSheet(f"color: {colour}; font-weight: 600;" if value else "")
        row.addWidget(label)
        row.addSpacing(16)
        return label


class ProvinceOverviewPage(StorePage):
    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.overview: ProvinceOverview | None = None
        self.cards: list[RoundCard] = []
        self.empty = styled_label(
            translate(
                "ProvinceOverviewPage",
                "Chưa có kỳ báo cáo nào. Nhập danh bạ xã (trang Danh bạ xã) và tạo kỳ báo cáo (trang Kỳ báo "
                "cáo): tiến độ nộp báo cáo của các xã sẽ hiện ở đây.",
            ),
            "muted",
            wrap=True,
        )
        self.empty.setObjectName("overviewEmpty")
        self.body_layout.addWidget(self.empty)
        self.rounds_grid = QGridLayout()
        self.rounds_grid.setSpacing(12)
        self.body_layout.addLayout(self.rounds_grid)

        self.deadlines_card, box = titled_card(
            translate("ProvinceOverviewPage", "Hạn sắp tới"), "nextDeadlines"
        )
        self.no_deadline = styled_label(
            translate("ProvinceOverviewPage", "Không có kỳ báo cáo nào còn hạn."), "muted"
        )
        box.addWidget(self.no_deadline)
        self.deadlines = QTreeWidget()
        self.deadlines.setObjectName("nextDeadlineList")
        self.deadlines.setRootIsDecorated(False)
        self.deadlines.setHeaderLabels(
            [
                translate("ProvinceOverviewPage", "Hạn nộp"),
                translate("ProvinceOverviewPage", "Còn"),
                translate("ProvinceOverviewPage", "Kỳ báo cáo"),
                translate("ProvinceOverviewPage", "Chưa nộp"),
            ]
        )
        self.deadlines.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.deadlines.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.deadlines)
        self.body_layout.addWidget(self.deadlines_card)
        self.body_layout.addStretch(1)

    def title(self) -> str:
        return translate("ProvinceOverviewPage", "Tổng quan")

    def subtitle(self) -> str:
        return translate(
            "ProvinceOverviewPage", "Tiến độ nộp báo cáo của các xã theo từng kỳ báo cáo và các hạn sắp tới."
        )

    def icon_name(self) -> str:
        return "overview"

    def on_day_changed(self, today: date) -> None:
        self.reload()

    def reload(self) -> None:
        super().reload()
        with self._services.store.reading() as session:
            self.overview = province_overview(session, self._services.today())
        self._show(self.overview)

    def _show(self, overview: ProvinceOverview) -> None:
        for old in self.cards:
            self.rounds_grid.removeWidget(old)
            old.deleteLater()
        self.cards = [RoundCard(item) for item in overview.rounds]
        for index, round_card in enumerate(self.cards):
            self.rounds_grid.addWidget(round_card, index // CARDS_PER_ROW, index % CARDS_PER_ROW)
        self.empty.setVisible(not overview.rounds)
        self.deadlines_card.setVisible(bool(overview.rounds))
        self.deadlines.clear()
        upcoming = overview.upcoming
        self.no_deadline.setVisible(not upcoming)
        self.deadlines.setVisible(bool(upcoming))
        for item in upcoming:
            days = item.days_to_deadline
            left = (
                translate("ProvinceOverviewPage", "hôm nay")
                if days == 0
                else translate("ProvinceOverviewPage", "{days} ngày").format(days=days)
            )
            waiting = translate("ProvinceOverviewPage", "{n}/{expected} xã").format(
                n=item.not_yet, expected=item.expected
            )
            self.deadlines.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_date(item.round.deadline),
                        left,
                        round_title(item.round, with_deadline=False),
                        waiting,
                    ]
                )
            )
        self.deadlines.setFixedHeight(self.deadlines.header().height() + 30 * max(len(upcoming), 1) + 6)
