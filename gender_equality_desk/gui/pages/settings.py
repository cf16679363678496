"""Cài đặt: the commune profile (same form as the first-run wizard) and the catalogues (villages, kinds,
responsible units), each on its own tab so that both fit a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import ProfileInput, load_profile, save_profile
from gender_equality_desk.core.province.desk import DESK_PROVINCE, save_province_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange, Page
from gender_equality_desk.gui.widgets.basics import card, styled_label
from gender_equality_desk.gui.widgets.catalogues_panel import CataloguesPanel
from gender_equality_desk.gui.widgets.data_tab import DataTab
from gender_equality_desk.gui.widgets.deadline_editor import DeadlineEditor
from gender_equality_desk.gui.widgets.desk_role_card import DeskRoleCard, desk_sentence
from gender_equality_desk.gui.widgets.indicator_editor import IndicatorEditor
from gender_equality_desk.gui.widgets.language_card import LanguageCard, listens
from gender_equality_desk.gui.widgets.profile_form import ProfileForm
from gender_equality_desk.gui.widgets.province_link_card import ProvinceLinkCard

PROFILE_TAB, CATALOGUES_TAB, INDICATORS_TAB, DEADLINES_TAB, PROVINCE_TAB, DATA_TAB, LANGUAGE_TAB = range(7)


class SettingsPage(Page):
    profile_saved = Signal(object)  # ProfileInput
    catalogue_changed = Signal(object)  # CatalogueKind: pages with pickers should read it again
    status_message = Signal(str)
    restart_requested = Signal()  # the officer chose another language and wants it now
    desk_role_changed = Signal(str)  # an empty data folder was made the other desk ("commune"/"province")

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        layout: DataLayout | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(
            _tab_page(self._build_profile_card(), stretch=False),
            translate("SettingsPage", "Thông tin đơn vị"),
        )
        self.tabs.addTab(
            _tab_page(self._build_catalogues_card(), stretch=True), translate("SettingsPage", "Danh mục")
        )
        self.tabs.addTab(
            _tab_page(self._build_indicators_card(), stretch=True),
            translate("SettingsPage", "Chỉ tiêu báo cáo"),
        )
        self.deadline_editor = DeadlineEditor(store)
        self.deadline_editor.changed.connect(self.data_changed)  # the dashboard's reminders read again
        self.tabs.addTab(
            _tab_page(self.deadline_editor, stretch=False), translate("SettingsPage", "Hạn báo cáo")
        )
        self.province_card = ProvinceLinkCard(store)
        self.province_card.status_message.connect(self.status_message)
        self.tabs.addTab(
            _tab_page(self.province_card, stretch=False), translate("SettingsPage", "Gửi lên tỉnh")
        )
        self.data_tab: DataTab | None = None
        self.language_card: LanguageCard | None = None
        if layout is not None:  # backups and exchange need the data folder
            self.data_tab = DataTab(store, layout, today)
            self.data_tab.records_changed.connect(lambda: self.data_changed.emit(DataChange.EVERYTHING.value))
            self.data_tab.status_message.connect(self.status_message)
            self.tabs.addTab(_tab_page(self.data_tab, stretch=False), translate("SettingsPage", "Dữ liệu"))
            # The language is kept in the data folder, read before the store opens.
            self.language_card = LanguageCard(
                layout.root, can_restart=lambda: listens(self, "restart_requested()")
            )
            self.language_card.restart_requested.connect(self.restart_requested)
            self.language_card.status_message.connect(self.status_message)
            self.tabs.addTab(
                _tab_page(self.language_card, stretch=False), translate("SettingsPage", "Giao diện")
            )
        self.body_layout.addWidget(self.tabs, 1)
        self.reload()

    def on_data_changed(self, change: DataChange) -> None:
        super().on_data_changed(change)
        if change is DataChange.EVERYTHING:  # a restore or an import may bring other deadlines
            self.deadline_editor.reload()
        if change in (DataChange.EVERYTHING, DataChange.PROFILE):  # the unit code shown on the province tab
            self.province_card.reload()

    def title(self) -> str:
        return translate("SettingsPage", "Cài đặt")

    def subtitle(self) -> str:
        return translate(
            "SettingsPage",
            "Thông tin đơn vị dùng trên tiêu đề và phần chữ ký của kế hoạch, báo cáo; "
            "các danh mục thôn, bản, loại hoạt động, hình thức tuyên truyền, đơn vị phụ trách; hạn báo cáo.",
        )

    def icon_name(self) -> str:
        return "settings"

    # -- profile ------------------------------------------------------------------------------------

    def _build_profile_card(self) -> QWidget:
        frame = card(name="profileCard")
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        self.desk_role = DeskRoleCard(self._store, frame)
        self.desk_role.role_changed.connect(self._desk_role_switched)
        box.addWidget(self.desk_role)
        self.form = ProfileForm(frame)
        box.addWidget(self.form)
        buttons = QHBoxLayout()
        self.profile_message = styled_label("", "error", wrap=True)
        self.profile_message.setObjectName("profileMessage")
        self.profile_message.hide()
        buttons.addWidget(self.profile_message, 1)
        buttons.addStretch(0)
        self.revert_button = QPushButton(translate("SettingsPage", "Hoàn tác"))
        self.revert_button.setToolTip(
            translate("SettingsPage", "Bỏ các thay đổi chưa lưu, hiện lại thông tin đã lưu.")
        )
        self.revert_button.clicked.connect(self.reload)
        self.save_button = QPushButton(translate("SettingsPage", "Lưu thông tin đơn vị"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_profile)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        return frame

    def reload(self) -> None:
        with self._store.reading() as session:
            profile = load_profile(session)
        self.form.set_desk_role(self.desk_role.role)
        self._show_tabs_of(self.desk_role.role)
        if profile is not None:
            self.form.set_value(profile)
        self.form.reveal_problems()
        self.profile_message.hide()

    def save_profile(self) -> bool:
        """Validate and save in one transaction; say what happened either way."""
        self.form.reveal_problems()
        profile: ProfileInput = self.form.value()
        if self.form.problems():
            self._show_problem(translate("SettingsPage", "Chưa lưu: vui lòng sửa các ô được đánh dấu đỏ."))
            return False
        try:
            with self._store.transaction() as session:
                if self.desk_role.role == DESK_PROVINCE:
                    save_province_profile(session, profile)
                else:
                    save_profile(session, profile)
        except UserFacingError as error:
            self._show_problem(str(error))
            return False
        self.profile_message.hide()
        self.province_card.reload()  # the unit code it shows
        self.profile_saved.emit(profile)
        self.status_message.emit(translate("SettingsPage", "Đã lưu thông tin đơn vị."))
        return True

    def _show_tabs_of(self, role: str) -> None:
        """A province desk has no villages, kinds, own deadlines or province to send to: those tabs go."""
        commune = role != DESK_PROVINCE
        for index in (CATALOGUES_TAB, DEADLINES_TAB, PROVINCE_TAB):
            self.tabs.setTabVisible(index, commune)

    def _desk_role_switched(self, role: str) -> None:
        """The profile was suggested anew for the other desk: show it, and let the window follow."""
        self.reload()
        with self._store.reading() as session:
            profile = load_profile(session)
        self.desk_role_changed.emit(role)
        if profile is not None:
            self.profile_saved.emit(profile)
        self.status_message.emit(desk_sentence(role))

    def _show_problem(self, message: str) -> None:
        self.profile_message.setText(message)
        self.profile_message.show()

    # -- catalogues -----------------------------------------------------------------------------------

    def _build_catalogues_card(self) -> QWidget:
        frame = card(name="cataloguesCard")
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        self.catalogues = CataloguesPanel(self._store, frame)
        self.catalogues.changed.connect(self.catalogue_changed)
        self.catalogues.status_message.connect(self.status_message)
        box.addWidget(self.catalogues)
        return frame

    def _build_indicators_card(self) -> QWidget:
        frame = card(name="indicatorsCard")
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        self.indicators = IndicatorEditor(self._store, frame)
        self.indicators.changed.connect(lambda: self.data_changed.emit(DataChange.CATALOGUES.value))
        box.addWidget(self.indicators)
        return frame


def _tab_page(content: QWidget, *, stretch: bool) -> QWidget:
    """A tab holding one card: the profile keeps its height, the catalogue editor takes what is left."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 12, 0, 0)
    box.addWidget(content, 1 if stretch else 0)
    if not stretch:
        box.addStretch(1)
    return page
