"""The main window: a navigation sidebar, the stack of pages, the data folder in the status bar.

Only the first page (Tổng quan) is built at start; every other page is built the first time it is shown
(or asked for), so that starting the app neither imports the PDF, Excel and Word libraries nor reads what
the officer has not opened yet. A page not built yet has nothing on screen to refresh, so it is left out
of the `data_changed` broadcast: it reads the store when it is built.

The app shows the window before the store is open (`MainWindow(None, layout)`: sidebar and status bar),
with Tổng quan already filled when `show_dashboard_early` could read the store file directly (core.dashboard,
no ORM), else "Đang mở dữ liệu…"; it opens the store off the GUI thread, then calls `attach_store`. A page
asked for meanwhile shows "Đang mở dữ liệu…" and is built as soon as the store is attached. This module
therefore imports nothing that needs SQLAlchemy until a store is attached.

The sidebar depends on the data folder's desk role: the commune's pages, or the province desk's (Tổng
quan, Danh bạ xã, Kỳ báo cáo, Nhận báo cáo, Tổng hợp, Cài đặt). The role is read from the store file with
plain sqlite3 before the first paint (core.dashboard.reading.read_desk_role), confirmed when the store is
attached, and the navigation is laid out again when Cài đặt switches an empty desk to the other role.

When the local date changes while the window stays open (midnight, a PC waking up, a clock set by hand:
see day_watcher), every built page hears `on_day_changed` and works out its date-dependent statuses again.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk import APP_TITLE
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province.desk_roles import DESK_COMMUNE, DESK_PROVINCE
from gender_equality_desk.gui.day_watcher import DayWatcher
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.icons import app_icon, icon
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.widgets.basics import styled_label

if TYPE_CHECKING:
    from pathlib import Path

    from gender_equality_desk.core.dashboard.reminders import OverdueFollowUpLike
    from gender_equality_desk.core.profile import ProfileInput
    from gender_equality_desk.core.store.engine import Store
    from gender_equality_desk.gui.pages.cases import CasesPage
    from gender_equality_desk.gui.pages.dashboard import DashboardPage
    from gender_equality_desk.gui.pages.settings import SettingsPage

DEFAULT_SIZE = QSize(1280, 720)
MINIMUM_SIZE = QSize(1024, 600)  # still usable on a 1366×768 screen with the taskbar showing
SIDEBAR_WIDTH = 232
NAVIGATION_ROW_HEIGHT = 38
STATUS_MESSAGE_MS = 6000
DASHBOARD_INDEX, PLANS_INDEX, ACTIVITIES_INDEX, PROPAGANDA_INDEX = 0, 1, 2, 3
CASES_INDEX, REPORTS_INDEX, BANNERS_INDEX, SETTINGS_INDEX = 4, 5, 6, 7
# The sidebar icon of each page, in order (the same names as the pages' icon_name()).
ICON_NAMES = ("overview", "plans", "activities", "propaganda", "cases", "reports", "banners", "settings")
PROVINCE_ICON_NAMES = ("overview", "roster", "rounds", "inbox", "summary", "settings")
ROSTER_INDEX, ROUNDS_INDEX, INBOX_INDEX, SUMMARY_INDEX = 1, 2, 3, 4
# The province desk's pages before Cài đặt (gui/pages/<module>.py, class), imported on first visit.
PROVINCE_PAGES = (
    ("province_overview", "ProvinceOverviewPage"),
    ("province_roster", "ProvinceRosterPage"),
    ("province_rounds", "ProvinceRoundsPage"),
    ("province_inbox", "ProvinceInboxPage"),
    ("province_summary", "ProvinceSummaryPage"),
)
MAX_ENTRIES = len(ICON_NAMES)  # Ctrl+1 … Ctrl+8


def entry_titles(role: str = DESK_COMMUNE) -> list[str]:
    """The sidebar entries of the `role` desk, known before their pages are built; each equals its page's
    title()."""
    if role == DESK_PROVINCE:
        return [
            translate("MainWindow", "Tổng quan"),
            translate("MainWindow", "Danh bạ xã"),
            translate("MainWindow", "Kỳ báo cáo"),
            translate("MainWindow", "Nhận báo cáo"),
            translate("MainWindow", "Tổng hợp"),
            translate("MainWindow", "Cài đặt"),
        ]
    return [
        translate("MainWindow", "Tổng quan"),
        translate("MainWindow", "Kế hoạch"),
        translate("MainWindow", "Hoạt động"),
        translate("MainWindow", "Tuyên truyền"),
        translate("MainWindow", "Hồ sơ hỗ trợ"),
        translate("MainWindow", "Báo cáo"),
        translate("MainWindow", "Băng rôn – Khẩu hiệu"),
        translate("MainWindow", "Cài đặt"),
    ]


def icon_names(role: str) -> tuple[str, ...]:
    return PROVINCE_ICON_NAMES if role == DESK_PROVINCE else ICON_NAMES


def province_page_class(index: int) -> Callable[[PageServices], Page]:
    """The class of the province desk's page `index` (before Cài đặt), its module imported only now (each
    is another part of the province desk: named here, not imported, until it is shown)."""
    module_name, class_name = PROVINCE_PAGES[index]
    module = importlib.import_module(f"gender_equality_desk.gui.pages.{module_name}")
    page_class: Callable[[PageServices], Page] = getattr(module, class_name)
    return page_class


def _settings_page(services: PageServices) -> Page:
    from gender_equality_desk.gui.pages.settings import SettingsPage

    return SettingsPage(services.store, layout=services.layout, today=services.today)


def _build_page(index: int, services: PageServices, role: str = DESK_COMMUNE) -> Page:
    """Page `index` of the `role` desk, its module imported only now (they pull in reportlab, openpyxl,
    docx, crypto…)."""
    if role == DESK_PROVINCE:
        if index == len(PROVINCE_ICON_NAMES) - 1:
            return _settings_page(services)
        page = province_page_class(index)(services)
        assert isinstance(page, Page)
        return page
    if index == PLANS_INDEX:
        from gender_equality_desk.gui.pages.plans import PlansPage

        return PlansPage(services)
    if index == ACTIVITIES_INDEX:
        from gender_equality_desk.gui.pages.activities import ActivitiesPage

        return ActivitiesPage(services)
    if index == PROPAGANDA_INDEX:
        from gender_equality_desk.gui.pages.propaganda import PropagandaPage

        return PropagandaPage(services)
    if index == CASES_INDEX:
        from gender_equality_desk.gui.pages.cases import CasesPage

        return CasesPage(services)
    if index == REPORTS_INDEX:
        from gender_equality_desk.gui.pages.reports import ReportsPage

        return ReportsPage(services)
    if index == BANNERS_INDEX:
        from gender_equality_desk.gui.pages.banners import BannersPage

        return BannersPage(services)
    if index == SETTINGS_INDEX:
        return _settings_page(services)
    raise IndexError(index)


class MainWindow(QMainWindow):
    page_built = Signal(object)  # a Page, right after it was built and wired (the app hooks its panels)

    def __init__(
        self,
        store: Store | None,
        layout: DataLayout,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        """The window on `store`; with None, its frame only, until `attach_store` (see the module doc)."""
        super().__init__(parent)
        self._layout = layout
        self._today = today
        self._services: PageServices | None = None
        self.setWindowIcon(app_icon())
        self._role = _role_of(store) if store is not None else _role_before_opening(layout)
        self._titles = entry_titles(self._role)
        self._built: dict[int, Page] = {}
        self.stack = QStackedWidget()
        self._add_stand_ins()

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        folder = QLabel(translate("MainWindow", "Thư mục dữ liệu: {folder}").format(folder=layout.root))
        folder.setObjectName("dataFolderStatus")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(folder)

        for index in range(MAX_ENTRIES):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda index=index: self.show_page(index))
        QShortcut(QKeySequence(Qt.Key.Key_F1), self).activated.connect(self.show_about)

        self.setWindowTitle(APP_TITLE)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self.navigation.setEnabled(False)  # until the store is open
        self.day_watcher = DayWatcher(today, self)
        self.day_watcher.day_changed.connect(self._day_changed)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self.day_watcher.application_state_changed)
        if store is not None:
            self.attach_store(store)

    @property
    def desk_role(self) -> str:
        """ "commune" or "province": which desk's pages the sidebar lists."""
        return self._role

    @property
    def settings_index(self) -> int:
        return len(self._titles) - 1

    def _add_stand_ins(self) -> None:
        self.stack.addWidget(self._starting_stand_in())  # Tổng quan's place while the store opens
        for _title in self._titles[1:]:  # an empty stand-in per page until it is built
            self.stack.addWidget(QWidget())

    def _starting_stand_in(self) -> QWidget:
        stand_in = QWidget()
        box = QVBoxLayout(stand_in)
        label = styled_label(translate("MainWindow", "Đang mở dữ liệu…"), "muted")
        label.setObjectName("startingLabel")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(label)
        return stand_in

    def show_dashboard_early(self) -> bool:
        """Before the store is attached: Tổng quan read straight from the store file, the sidebar usable.

        False (the frame stays as it was) when the file cannot be read that way (missing, damaged, to be
        migrated) or has no commune profile yet (the first-run wizard comes instead)."""
        from gender_equality_desk.core.dashboard.reading import DashboardUnreadableError
        from gender_equality_desk.core.dashboard.screen import read_dashboard

        assert self._services is None and DASHBOARD_INDEX not in self._built
        if self._role == DESK_PROVINCE:  # the province's Tổng quan reads its rounds through the store
            return False
        try:
            dashboard = read_dashboard(self._layout.store, self._today())
        except DashboardUnreadableError:
            return False
        if dashboard.names is None:
            return False
        page = self._new_dashboard(self._layout.store)
        self._install(DASHBOARD_INDEX, page)
        page.show_dashboard(dashboard)
        self._show_names(dashboard.names.commune, dashboard.names.province)
        self.navigation.setEnabled(True)
        self.navigation.blockSignals(True)  # selected, not read a second time
        self.navigation.setCurrentRow(DASHBOARD_INDEX)
        self.navigation.blockSignals(False)
        self.stack.setCurrentIndex(DASHBOARD_INDEX)
        return True

    def attach_store(self, store: Store) -> None:
        """Show `store`: the commune in the title and sidebar, the page asked for (Tổng quan unless the
        officer chose another while the store opened), and the sidebar enabled."""
        from gender_equality_desk.core.profile import load_profile
        from gender_equality_desk.core.province.desk import desk_role

        assert self._services is None, "a window shows one store for its whole life"
        with store.reading() as session:
            profile = load_profile(session)
            role = desk_role(session)
        if role != self._role:  # the file could not be read before it opened (e.g. it was migrated)
            self._lay_out(role)
        self._services = PageServices(store, self._layout, self._today)
        shown_early = DASHBOARD_INDEX in self._built
        if self._role == DESK_COMMUNE and not shown_early:
            self._install(DASHBOARD_INDEX, self._new_dashboard(store.path))
        self._show_profile(profile)
        if self._role == DESK_COMMUNE:
            self.dashboard_page.set_store(store)
        self.navigation.setEnabled(True)
        wanted = max(self.navigation.currentRow(), DASHBOARD_INDEX)
        if shown_early and wanted == DASHBOARD_INDEX:
            return  # on screen already, read from the same file moments ago: not read again
        if self.navigation.currentRow() == wanted:
            self._on_row_changed(wanted)  # asked for while the store opened: built and shown now
        else:
            self.navigation.setCurrentRow(wanted)

    def _new_dashboard(self, store_file: Path) -> DashboardPage:
        from gender_equality_desk.gui.pages.dashboard import DashboardPage

        self.dashboard_page: DashboardPage = DashboardPage(
            store_file, self._today, overdue_follow_ups=self._overdue_follow_ups
        )
        return self.dashboard_page

    # -- pages, built on first use ----------------------------------------------------------------------

    def page(self, index: int) -> Page:
        """Page `index`, built now if it was not yet."""
        built = self._built.get(index)
        if built is None:
            assert self._services is not None, "no page before the store is attached"
            built = _build_page(index, self._services, self._role)
            self._install(index, built)
        return built

    @property
    def pages(self) -> list[Page]:
        """Every page, in sidebar order (builds those not built yet: for tests and tools, not at start)."""
        return [self.page(index) for index in range(len(self._titles))]

    def built_pages(self) -> list[Page]:
        return [self._built[index] for index in sorted(self._built)]

    @property
    def settings_page(self) -> SettingsPage:
        from gender_equality_desk.gui.pages.settings import SettingsPage

        page = self.page(self.settings_index)
        assert isinstance(page, SettingsPage)
        return page

    def _cases_page(self) -> CasesPage | None:
        """Hồ sơ hỗ trợ if it was built: nobody can have signed in to cases before it was."""
        page = self._built.get(CASES_INDEX) if self._role == DESK_COMMUNE else None
        if page is None:
            return None
        from gender_equality_desk.gui.pages.cases import CasesPage

        assert isinstance(page, CasesPage)
        return page

    def _overdue_follow_ups(self, today: date) -> Sequence[OverdueFollowUpLike]:
        """The dashboard's hook: the signed-in case worker's overdue follow-ups, by case code only."""
        cases = self._cases_page()
        return () if cases is None else cases.overdue_follow_ups(today)

    def _replace_stand_in(self, index: int, widget: QWidget) -> None:
        stand_in = self.stack.widget(index)
        assert stand_in is not None and not isinstance(stand_in, Page)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()

    def _install(self, index: int, page: Page) -> None:
        self._replace_stand_in(index, page)
        self._built[index] = page
        page.data_changed.connect(lambda change, sender=page: self._broadcast(sender, change))
        if index == self.settings_index:
            self._wire_settings(page)
        self.page_built.emit(page)

    def _wire_settings(self, page: Page) -> None:
        from gender_equality_desk.gui.pages.settings import SettingsPage

        assert isinstance(page, SettingsPage)
        page.catalogue_changed.connect(lambda _kind: self._broadcast(page, DataChange.CATALOGUES))
        page.profile_saved.connect(self._show_profile)
        page.profile_saved.connect(lambda _profile: self._broadcast(page, DataChange.PROFILE))
        page.status_message.connect(self._show_status)
        page.desk_role_changed.connect(self._desk_role_changed)

    # -- sidebar ---------------------------------------------------------------------------------------

    def _build_sidebar(self) -> QWidget:
        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        box = QVBoxLayout(sidebar)
        box.setContentsMargins(0, 16, 0, 12)
        box.setSpacing(2)

        brand = QHBoxLayout()
        brand.setContentsMargins(16, 0, 12, 12)
        brand.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(36, 36))
        brand.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        title = styled_label(APP_TITLE)
        title.setObjectName("sidebarTitle")
        self.commune_label = styled_label("", wrap=True)
        self.commune_label.setObjectName("sidebarCommune")
        names.addWidget(title)
        names.addWidget(self.commune_label)
        brand.addLayout(names, 1)
        box.addLayout(brand)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fill_navigation()
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        box.addWidget(self.navigation, 1)
        about = QPushButton(translate("MainWindow", "Giới thiệu"))
        about.setObjectName("aboutButton")
        about.setFlat(True)
        about.setToolTip(translate("MainWindow", "Phiên bản, giấy phép và thư mục dữ liệu (F1)"))
        about.clicked.connect(self.show_about)
        footer = QHBoxLayout()
        footer.setContentsMargins(16, 8, 12, 0)  # lined up with the logo above
        footer.addWidget(about)
        footer.addStretch(1)
        box.addLayout(footer)
        return sidebar

    def _fill_navigation(self) -> None:
        self.navigation.blockSignals(True)  # rows come and go: no page is asked for meanwhile
        self.navigation.clear()
        entries = zip(self._titles, icon_names(self._role), strict=True)
        for index, (title_text, icon_name) in enumerate(entries):
            item = QListWidgetItem(icon(icon_name), title_text)
            item.setSizeHint(QSize(0, NAVIGATION_ROW_HEIGHT))
            item.setToolTip(
                translate("MainWindow", "{title} (Ctrl+{key})").format(title=title_text, key=index + 1)
            )
            self.navigation.addItem(item)
        self.navigation.blockSignals(False)

    def _lay_out(self, role: str) -> None:
        """The sidebar and page stack of the `role` desk. Built pages go, except Cài đặt, which moves to
        its place in the new sidebar (the officer switched the role there)."""
        settings = self._built.get(self.settings_index)
        while self.stack.count():
            widget = self.stack.widget(0)
            assert widget is not None
            self.stack.removeWidget(widget)
            if widget is not settings:
                widget.deleteLater()
        self._built = {}
        self._role = role
        self._titles = entry_titles(role)
        self._add_stand_ins()
        if settings is not None:
            self._replace_stand_in(self.settings_index, settings)
            self._built[self.settings_index] = settings
        self._fill_navigation()

    def _desk_role_changed(self, role: str) -> None:
        """Cài đặt made this (empty) folder the other desk: its sidebar now, Cài đặt still shown."""
        if role == self._role:
            return
        self._lay_out(role)
        if role == DESK_COMMUNE and self._services is not None:  # Tổng quan reads the file: built here
            self._install(DASHBOARD_INDEX, self._new_dashboard(self._services.store.path))
            self.dashboard_page.set_store(self._services.store)
        self.navigation.setCurrentRow(self.settings_index)
        settings = self._built[self.settings_index]
        for page in self.built_pages():
            if page is not settings:
                page.on_data_changed(DataChange.EVERYTHING)

    def show_about(self) -> None:
        from gender_equality_desk.gui.dialogs import about_dialog

        about_dialog.show_about(self, self._layout)

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self._titles):  # Ctrl+7 on the province desk's six pages
            return
        if self.navigation.isEnabled():  # Ctrl+number before anything can be shown does nothing
            self.navigation.setCurrentRow(index)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def _on_row_changed(self, index: int) -> None:
        if not 0 <= index < len(self._titles):
            return
        if self._services is None and index not in self._built:
            if index != DASHBOARD_INDEX:  # its empty stand-in says why it is empty
                self._replace_stand_in(index, self._starting_stand_in())
            self.stack.setCurrentIndex(index)  # until attach_store builds the page
            return
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        page.activated()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.day_watcher.check()  # back to the front, maybe the next morning

    def _day_changed(self, today: date) -> None:
        for page in self.built_pages():
            page.on_day_changed(today)

    def _broadcast(self, sender: Page, change: str) -> None:
        for page in self.built_pages():
            if page is not sender:
                page.on_data_changed(DataChange(change))

    def _show_profile(self, profile: ProfileInput | None) -> None:
        self._show_names(profile.commune_name if profile else "", profile.province_name if profile else "")

    def _show_names(self, commune: str, province: str) -> None:
        self.setWindowTitle(f"{APP_TITLE} — {commune}" if commune else APP_TITLE)
        if province and province.casefold() in commune.casefold():  # "Sở Nội vụ tỉnh Lạng Sơn"
            province = ""
        self.commune_label.setText(", ".join(part for part in (commune, province) if part))

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)


def _role_before_opening(layout: DataLayout) -> str:
    """The desk role read straight from the store file (no SQLAlchemy); a commune desk when it cannot be
    read that way yet (attach_store corrects it)."""
    from gender_equality_desk.core.dashboard.reading import read_desk_role

    return read_desk_role(layout.store) or DESK_COMMUNE


def _role_of(store: Store) -> str:
    from gender_equality_desk.core.province.desk import desk_role

    with store.reading() as session:
        return desk_role(session)
