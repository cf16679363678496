"""Tổng quan: the campaign running today, this year's figures, next and latest activities.

Figures come from core.dashboard (real data only, read from the store file without the ORM, so the app can
show this page before the ORM store is open); this page only lays them out. Marking a report sent writes
through core.plans.deadlines once the main window hands over the open store (`set_store`); both are
imported only then, so the first screen still shows before SQLAlchemy is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.dashboard.overview import RECENT_LIMIT, CampaignSummary, YearTotals
from gender_equality_desk.core.dashboard.reading import DashboardUnreadableError
from gender_equality_desk.core.dashboard.reminders import Deadline, OverdueFollowUpLike
from gender_equality_desk.core.dashboard.screen import Dashboard, read_dashboard
from gender_equality_desk.core.reports.formatting import (
    format_date,
    format_day_month,
    format_number,
    format_percent,
    format_vnd,
)
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange, Page
from gender_equality_desk.gui.widgets.activity_list import ActivityList
from gender_equality_desk.gui.widgets.basics import card, styled_label
from gender_equality_desk.gui.widgets.deadline_list import DeadlineList
from gender_equality_desk.gui.widgets.figure_card import FigureCard

if TYPE_CHECKING:
    from gender_equality_desk.core.store.engine import Store

# Overdue case follow-ups of the signed-in case worker (core.cases.support.overdue_follow_ups bound to the
# AuthSession); None while nobody who may see cases is signed in.
FollowUps = Callable[[date], Sequence[OverdueFollowUpLike]]


class DashboardPage(Page):
    def __init__(
        self,
        store_file: Path,
        today: Callable[[], date],
        parent: QWidget | None = None,
        overdue_follow_ups: FollowUps | None = None,
    ) -> None:
        super().__init__(parent)
        self._store_file = store_file
        self._today = today
        self.overdue_follow_ups = overdue_follow_ups
        self._store: Store | None = None
        self.body_layout.addWidget(self._build_campaign_card())
        self.deadlines = DeadlineList()
        self.deadlines.mark_sent_requested.connect(self.mark_sent)
        self.body_layout.addWidget(self.deadlines)

        self.empty_state = card(name="emptyState")
        empty_box = QVBoxLayout(self.empty_state)
        empty_box.setContentsMargins(20, 16, 20, 16)
        empty_box.addWidget(
            styled_label(translate("DashboardPage", "Chưa có hoạt động nào được ghi lại."), "cardTitle")
        )
        empty_box.addWidget(
            styled_label(
                translate(
                    "DashboardPage",
                    "Khi các hoạt động và đợt tuyên truyền được ghi vào ứng dụng, số liệu trong năm "
                    "(số hoạt động, người tham gia chia theo nam, nữ, băng rôn, phát thanh, tin bài, "
                    "tờ rơi, kinh phí) và các hoạt động sắp tới sẽ hiện ở đây.",
                ),
                wrap=True,
            )
        )
        self.body_layout.addWidget(self.empty_state)

        self.figures = QWidget()
        figures_box = QVBoxLayout(self.figures)
        figures_box.setContentsMargins(0, 0, 0, 0)
        figures_box.setSpacing(12)
        figures_box.addLayout(self._build_cards())
        lists = QHBoxLayout()
        lists.setSpacing(12)
        self.upcoming = ActivityList(
            "upcoming",
            translate("DashboardPage", "Hoạt động sắp tới"),
            translate("DashboardPage", "Chưa có hoạt động dự kiến nào từ hôm nay trở đi."),
            rows=RECENT_LIMIT,  # as tall as the neighbouring list
            show_participants=False,
        )
        self.recent = ActivityList(
            "recent",
            translate("DashboardPage", "Hoạt động đã thực hiện gần đây"),
            translate("DashboardPage", "Chưa có hoạt động nào đã thực hiện."),
            rows=RECENT_LIMIT,
            show_participants=True,
        )
        lists.addWidget(self.upcoming, 2)
        lists.addWidget(self.recent, 3)
        figures_box.addLayout(lists)
        self.body_layout.addWidget(self.figures)
        self.body_layout.addStretch(1)

    def title(self) -> str:
        return translate("DashboardPage", "Tổng quan")

    def icon_name(self) -> str:
        return "overview"

    def activated(self) -> None:
        self.refresh()

    def on_data_changed(self, change: DataChange) -> None:
        # Shown now (e.g. the idle lock signed the case worker out): read again at once, so overdue
        # case follow-ups never stay on screen; hidden, it reads again when next shown.
        if self.isVisible():
            self.refresh()

    def on_day_changed(self, today: date) -> None:
        # "quá hạn 3 ngày" and the reminders themselves depend on the date; hidden, activated() reads.
        if self.isVisible():
            self.refresh()

    def set_store(self, store: Store) -> None:
        """The open store: from now on a report can be marked sent from the reminders."""
        self._store = store
        self.deadlines.set_can_mark(True)

    def mark_sent(self, deadline: Deadline) -> bool:
        """Ask the date the report of `deadline` was sent (today by default), keep it, read again."""
        from gender_equality_desk.core.plans.deadlines import mark_sent
        from gender_equality_desk.gui.dialogs.report_sent_dialog import ReportSentDialog

        store, deadline_id = self._store, deadline.deadline_id
        if store is None or deadline_id is None:
            return False
        today = self._today()

        def submit(sent_on: date, note: str) -> None:
            with store.transaction() as session:
                mark_sent(session, deadline_id, deadline.due, sent_on, today, note)

        dialog = ReportSentDialog(deadline.title, deadline.due, today, submit, self)
        try:
            if not dialog.exec():
                return False
            sent_on = dialog.sent_on_value()
        finally:
            dialog.deleteLater()
        self.refresh()
        self.deadlines.show_notice(
            translate(
                "DashboardPage",
                "Đã ghi nhận “{report}” (kỳ hạn {due}) đã gửi ngày {sent}. "
                "Nếu nhầm, hoàn tác trong Cài đặt → Hạn báo cáo.",
            ).format(report=deadline.title, due=format_date(deadline.due), sent=format_date(sent_on))
        )
        self.data_changed.emit(DataChange.PLANS.value)
        return True

    def refresh(self) -> None:
        today = self._today()
        follow_ups = self.overdue_follow_ups(today) if self.overdue_follow_ups is not None else ()
        try:
            dashboard = read_dashboard(self._store_file, today, overdue_follow_ups=follow_ups)
        except DashboardUnreadableError:
            self.subheading.setText(
                translate(
                    "DashboardPage",
                    "Không đọc được số liệu tổng quan lúc này. Vui lòng mở lại trang, "
                    "hoặc đóng rồi mở lại ứng dụng.",
                )
            )
            self.subheading.show()
            return
        self.show_dashboard(dashboard)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        """Lay out what core.dashboard read (here, or by the main window before the store opened)."""
        overview = dashboard.overview
        today = overview.today
        self.deadlines.set_deadlines(dashboard.deadlines)
        self.deadlines.show_notice("")
        self.subheading.setText(
            translate("DashboardPage", "Số liệu năm {year}, tính đến ngày {day}.").format(
                year=today.year, day=format_date(today)
            )
        )
        self.subheading.show()
        self._show_campaign(overview.campaign)
        self._show_totals(overview.totals)
        self.upcoming.set_rows(overview.upcoming)
        self.recent.set_rows(overview.recent)
        self.empty_state.setVisible(not overview.has_records)
        self.figures.setVisible(overview.has_records)

    # -- campaign -----------------------------------------------------------------------------------

    def _build_campaign_card(self) -> QWidget:
        frame = card(name="campaignCard")
        row = QHBoxLayout(frame)
        row.setContentsMargins(18, 12, 18, 12)
        row.setSpacing(24)
        text = QVBoxLayout()
        text.setSpacing(3)
        self.campaign_eyebrow = styled_label("", "eyebrow")
        self.campaign_name = styled_label("", "cardTitle", wrap=True)
        self.campaign_name.setObjectName("campaignName")
        self.campaign_theme = styled_label("", "muted", wrap=True)
        self.campaign_theme.setObjectName("campaignTheme")
        for label in (self.campaign_eyebrow, self.campaign_name, self.campaign_theme):
            text.addWidget(label)
        row.addLayout(text, 1)

        side = QVBoxLayout()
        side.setSpacing(3)
        self.campaign_count = styled_label("", "bigNumber")
        self.campaign_count.setObjectName("campaignCount")
        self.campaign_period = styled_label("", "muted")
        self.campaign_period.setObjectName("campaignPeriod")
        self.campaign_progress = QProgressBar()
        self.campaign_progress.setObjectName("campaignProgress")
        self.campaign_progress.setTextVisible(False)
        self.campaign_progress.setFixedWidth(220)
        for widget in (self.campaign_count, self.campaign_period, self.campaign_progress):
            side.addWidget(widget)
        side.addStretch(1)
        row.addLayout(side)
        return frame

    def _show_campaign(self, campaign: CampaignSummary) -> None:
        month = format_day_month(campaign.action_month_start), format_date(campaign.action_month_end)
        if campaign.in_action_month:
            self.campaign_eyebrow.setText(translate("DashboardPage", "ĐANG DIỄN RA"))
            self.campaign_count.setText(
                translate("DashboardPage", "Ngày thứ {day}/{total}").format(
                    day=campaign.day_number, total=campaign.total_days
                )
            )
            self.campaign_period.setText(
                translate("DashboardPage", "{start} – {end}").format(start=month[0], end=month[1])
            )
            self.campaign_progress.setRange(0, campaign.total_days)
            self.campaign_progress.setValue(campaign.day_number or 0)
            self.campaign_progress.show()
            theme = campaign.theme
        else:
            self.campaign_eyebrow.setText(translate("DashboardPage", "CHIẾN DỊCH HIỆN TẠI"))
            self.campaign_count.setText(
                translate("DashboardPage", "Còn {days} ngày").format(
                    days=format_number(campaign.days_until_action_month)
                )
            )
            self.campaign_period.setText(
                translate("DashboardPage", "đến Tháng hành động {start} – {end}").format(
                    start=month[0], end=month[1]
                )
            )
            self.campaign_progress.hide()
            theme = campaign.action_month_theme
        self.campaign_name.setText(campaign.name)
        theme_text = (
            translate("DashboardPage", "Chủ đề Tháng hành động: {theme}").format(theme=theme) if theme else ""
        )
        self.campaign_theme.setText(theme_text)
        self.campaign_theme.setVisible(bool(theme_text))

    # -- figures ------------------------------------------------------------------------------------

    def _build_cards(self) -> QGridLayout:
        captions = {
            "activities_done": translate("DashboardPage", "Hoạt động đã thực hiện"),
            "participants": translate("DashboardPage", "Lượt người tham gia"),
            "propaganda_events": translate("DashboardPage", "Đợt tuyên truyền"),
            "banner_pieces": translate("DashboardPage", "Băng rôn, pa nô, áp phích"),
            "broadcasts": translate("DashboardPage", "Phát thanh"),
            "articles": translate("DashboardPage", "Tin, bài"),
            "leaflet_copies": translate("DashboardPage", "Tờ rơi, tài liệu"),
            "budget": translate("DashboardPage", "Kinh phí hoạt động"),
        }
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards: dict[str, FigureCard] = {}
        for index, (key, caption) in enumerate(captions.items()):
            self.cards[key] = FigureCard(key, caption)
            grid.addWidget(self.cards[key], index // 4, index % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        return grid

    def _show_totals(self, totals: YearTotals) -> None:
        number = format_number
        year = translate("DashboardPage", "năm {year}").format(year=totals.year)
        self.cards["activities_done"].set_figure(number(totals.activities_done), year)
        share = totals.female_share
        by_sex = translate("DashboardPage", "nữ {female}{share} · nam {male}").format(
            female=number(totals.participants_female),
            share=f" ({format_percent(share)})" if share is not None else "",
            male=number(totals.participants_male),
        )
        if totals.participants_sex_unrecorded:
            by_sex += translate("DashboardPage", " · chưa rõ {unknown}").format(
                unknown=number(totals.participants_sex_unrecorded)
            )
        self.cards["participants"].set_figure(number(totals.participants_total), by_sex)
        self.cards["propaganda_events"].set_figure(number(totals.propaganda_events), year)
        self.cards["banner_pieces"].set_figure(
            number(totals.banner_pieces), translate("DashboardPage", "cái, kể cả khẩu hiệu")
        )
        self.cards["broadcasts"].set_figure(
            number(totals.broadcasts),
            translate("DashboardPage", "lượt phát · {minutes} phút").format(
                minutes=number(totals.broadcast_minutes)
            ),
        )
        self.cards["articles"].set_figure(number(totals.articles), translate("DashboardPage", "tin, bài"))
        self.cards["leaflet_copies"].set_figure(
            number(totals.leaflet_copies), translate("DashboardPage", "bản")
        )
        self.cards["budget"].set_figure(
            format_vnd(totals.budget_vnd), translate("DashboardPage", "của các hoạt động đã thực hiện")
        )
