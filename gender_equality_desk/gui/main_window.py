"""The main window: a navigation sidebar, the stack of pages, the data folder in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
from gender_equality_desk.core.profile import ProfileInput, load_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs import about_dialog
from gender_equality_desk.gui.icons import app_icon, icon
from gender_equality_desk.gui.pages.activities import ActivitiesPage
from gender_equality_desk.gui.pages.banners import BannersPage
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.pages.cases import CasesPage
from gender_equality_desk.gui.pages.dashboard import DashboardPage
from gender_equality_desk.gui.pages.plans import PlansPage
from gender_equality_desk.gui.pages.propaganda import PropagandaPage
from gender_equality_desk.gui.pages.reports import ReportsPage
from gender_equality_desk.gui.pages.settings import SettingsPage
from gender_equality_desk.gui.widgets.basics import styled_label

DEFAULT_SIZE = QSize(1280, 720)
MINIMUM_SIZE = QSize(1024, 600)  # still usable on a 1366×768 screen with the taskbar showing
SIDEBAR_WIDTH = 232
NAVIGATION_ROW_HEIGHT = 38
STATUS_MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        layout: DataLayout,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        services = PageServices(store, layout, today)
        self.setWindowIcon(app_icon())
        self.settings_page = SettingsPage(store, layout=layout, today=today)
        self.dashboard_page = DashboardPage(store, today)
        self.pages: list[Page] = [
            self.dashboard_page,
            PlansPage(services),
            ActivitiesPage(services),
            PropagandaPage(services),
            CasesPage(services),
            ReportsPage(services),
            BannersPage(services),
            self.settings_page,
        ]
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        folder = QLabel(self.tr("Thư mục dữ liệu: {folder}").format(folder=layout.root))
        folder.setObjectName("dataFolderStatus")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(folder)

        for index in range(len(self.pages)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda index=index: self.show_page(index))
        QShortcut(QKeySequence(Qt.Key.Key_F1), self).activated.connect(self.show_about)
        for page in self.pages:
            page.data_changed.connect(lambda change, sender=page: self._broadcast(sender, change))
        self.settings_page.catalogue_changed.connect(
            lambda _kind: self._broadcast(self.settings_page, DataChange.CATALOGUES)
        )
        self.settings_page.profile_saved.connect(self._show_profile)
        self.settings_page.profile_saved.connect(
            lambda _profile: self._broadcast(self.settings_page, DataChange.PROFILE)
        )
        self.settings_page.status_message.connect(self._show_status)

        with store.reading() as session:
            profile = load_profile(session)
        self._show_profile(profile)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self.show_page(0)

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
        for index, page in enumerate(self.pages):
            item = QListWidgetItem(icon(page.icon_name()), page.title())
            item.setSizeHint(QSize(0, NAVIGATION_ROW_HEIGHT))
            item.setToolTip(self.tr("{title} (Ctrl+{key})").format(title=page.title(), key=index + 1))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        box.addWidget(self.navigation, 1)
        about = QPushButton(self.tr("Giới thiệu"))
        about.setObjectName("aboutButton")
        about.setFlat(True)
        about.setToolTip(self.tr("Phiên bản, giấy phép và thư mục dữ liệu (F1)"))
        about.clicked.connect(self.show_about)
        footer = QHBoxLayout()
        footer.setContentsMargins(16, 8, 12, 0)  # lined up with the logo above
        footer.addWidget(about)
        footer.addStretch(1)
        box.addLayout(footer)
        return sidebar

    def show_about(self) -> None:
        about_dialog.show_about(self, self._layout)

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def _on_row_changed(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.stack.setCurrentIndex(index)
            self.pages[index].activated()

    def _broadcast(self, sender: Page, change: str) -> None:
        for page in self.pages:
            if page is not sender:
                page.on_data_changed(DataChange(change))

    def _show_profile(self, profile: ProfileInput | None) -> None:
        commune = profile.commune_name if profile else ""
        self.setWindowTitle(f"{APP_TITLE} — {commune}" if commune else APP_TITLE)
        self.commune_label.setText(
            ", ".join(part for part in (commune, profile.province_name if profile else "") if part)
        )

    def _show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)
