"""The province desk's frame: the wizard's first choice, the province sidebar (known before the first
paint, without SQLAlchemy), and Cài đặt switching an empty desk — driven as an officer would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.province.desk import (
    DESK_COMMUNE,
    DESK_PROVINCE,
    desk_role,
    province_desk_profile,
    set_up_province_desk,
)
from gender_equality_desk.core.setup import set_up_commune, suggested_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, ActivityKind, Campaign
from gender_equality_desk.gui.main_window import PROVINCE_ICON_NAMES, MainWindow
from gender_equality_desk.gui.pages.province_roster import ProvinceRosterPage
from gender_equality_desk.gui.pages.province_rounds import ProvinceRoundsPage
from gender_equality_desk.gui.pages.settings import SettingsPage
from gender_equality_desk.gui.wizard import FirstRunWizard

from .conftest import TODAY
from .keyboard import type_text
from .modal import when_modal
from .province_stand_ins import use_province_pages

PROVINCE_ENTRIES = ["Tổng quan", "Danh bạ xã", "Kỳ báo cáo", "Nhận báo cáo", "Tổng hợp", "Cài đặt"]


@pytest.fixture(autouse=True)
def _province_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    use_province_pages(monkeypatch)


def _entries(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def _visible_heading(window: MainWindow) -> str:
    headings = [label for label in window.stack.findChildren(QLabel, "pageHeading") if label.isVisible()]
    assert len(headings) == 1
    return headings[0].text()


def _click(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_wizard_sets_up_a_province_desk_and_the_window_shows_its_pages(
    qtbot: QtBot, shown: Callable[[QWizard], QWizard], store: Store, layout: DataLayout
) -> None:
    wizard = shown(FirstRunWizard(store, layout))
    choice = wizard.welcome_page.findChild(QRadioButton, "provinceDesk")
    assert choice is not None and choice.text() == "Bàn tiếp nhận của tỉnh (Sở)"
    assert wizard.welcome_page.commune_choice.isChecked()  # the usual desk, unless the officer says
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.province_page
    page = wizard.province_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    type_text(qtbot, page.province, "Lạng Sơn")
    assert page.authority.text() == "Sở Nội vụ tỉnh Lạng Sơn"  # suggested from the province
    type_text(qtbot, page.signer, "Hoàng Văn Nam")
    type_text(qtbot, page.phone, "0205 3812 345")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentPage() is wizard.province_summary_page
    shown_values = [label.text() for label in wizard.findChildren(QLabel, "provinceSummaryValue")]
    assert shown_values[:4] == [
        "Lạng Sơn",
        "Sở Nội vụ tỉnh Lạng Sơn",
        "UBND TỈNH LẠNG SƠN / SỞ NỘI VỤ",
        "Bộ Nội vụ",
    ]
    assert "Hoàng Văn Nam — KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" in shown_values
    with store.reading() as session:
        assert load_profile(session) is None  # nothing before Finish
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    with store.reading() as session:
        assert desk_role(session) == DESK_PROVINCE
        saved = load_profile(session)
    assert saved == province_desk_profile("Lạng Sơn", signer="Hoàng Văn Nam", phone="0205 3812 345")

    window = shown(MainWindow(store, layout, today=lambda: TODAY))  # what the app opens after Finish
    assert _entries(window) == PROVINCE_ENTRIES
    assert window.windowTitle() == "Gender Equality Desk — Sở Nội vụ tỉnh Lạng Sơn"
    assert window.commune_label.text() == "Sở Nội vụ tỉnh Lạng Sơn"
    navigation = window.navigation
    for row, page_class in ((1, ProvinceRosterPage), (2, ProvinceRoundsPage)):
        rect = navigation.visualItemRect(navigation.item(row))
        qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert isinstance(window.current_page(), page_class)
        assert _visible_heading(window) == PROVINCE_ENTRIES[row]
        assert window.current_page().icon_name() == PROVINCE_ICON_NAMES[row]
    window.show_page(5)
    assert _visible_heading(window) == "Cài đặt"
    window.show_page(6)  # Ctrl+7: no seventh page on this desk
    assert _visible_heading(window) == "Cài đặt"


@pytest.fixture
def province_store(store: Store) -> Store:
    with store.transaction() as session:
        set_up_province_desk(session, province_desk_profile("Lạng Sơn", signer="Hoàng Văn Nam"))
    return store


def test_the_province_sidebar_shows_before_the_store_is_open(
    qtbot: QtBot, province_store: Store, layout: DataLayout
) -> None:
    frame = MainWindow(None, layout, today=lambda: TODAY)
    qtbot.addWidget(frame)
    assert _entries(frame) == PROVINCE_ENTRIES  # read from the file before the store opened
    assert not frame.show_dashboard_early()  # the province's Tổng quan needs the store
    frame.show()
    assert not frame.navigation.isEnabled()
    frame.attach_store(province_store)
    assert frame.navigation.isEnabled() and _entries(frame) == PROVINCE_ENTRIES
    assert frame.windowTitle() == "Gender Equality Desk — Sở Nội vụ tỉnh Lạng Sơn"
    frame.show_page(1)
    assert _visible_heading(frame) == "Danh bạ xã"


def test_a_window_laid_out_as_a_commune_follows_the_store(
    qtbot: QtBot, province_store: Store, layout: DataLayout
) -> None:
    """A store that could not be read before it opened (one to migrate) is laid out when attached."""
    frame = MainWindow(None, DataLayout(layout.root / "elsewhere"), today=lambda: TODAY)
    qtbot.addWidget(frame)
    assert frame.desk_role == DESK_COMMUNE and len(_entries(frame)) == 8
    frame.attach_store(province_store)
    assert frame.desk_role == DESK_PROVINCE and _entries(frame) == PROVINCE_ENTRIES
    assert [page.title() for page in frame.pages] == PROVINCE_ENTRIES


FRAME_CHILD = """
import sys
from pathlib import Path
from gender_equality_desk import cli
cli.build_parser().parse_args([])
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.gui import app as gui_app

app = gui_app._application(sys.argv[:1])
window = gui_app.MainWindow(None, DataLayout(Path(sys.argv[1])))
window.show_dashboard_early()
window.show()
app.processEvents()
titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
assert titles[1:3] == ["Danh bạ xã", "Kỳ báo cáo"], titles
print(",".join(sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[2:]))) or "none")
window.close()
"""


def test_the_province_sidebar_is_painted_before_sqlalchemy_is_imported(
    province_store: Store, layout: DataLayout
) -> None:
    province_store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            FRAME_CHILD,
            str(layout.root),
            "sqlalchemy",
            "alembic",
            "cryptography",
            "PySide6",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "PySide6"


def _answer_yes(dialog: QDialog) -> None:
    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.Yes).click()


def _settings_switch(window: MainWindow) -> QPushButton:
    window.show_page(window.settings_index)
    button = window.settings_page.findChild(QPushButton, "switchDeskRole")
    assert button is not None and button.isVisible()
    return button


def _visible_tabs(settings: SettingsPage) -> list[str]:
    return [settings.tabs.tabText(i) for i in range(settings.tabs.count()) if settings.tabs.isTabVisible(i)]


def test_settings_switches_an_empty_commune_desk_to_a_province_desk(
    qtbot: QtBot, shown: Callable[[MainWindow], MainWindow], store: Store, layout: DataLayout
) -> None:
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Cao Lâu", "Lạng Sơn", "Trần Thị Hằng"), ["Thôn A"])
    window = shown(MainWindow(store, layout, today=lambda: TODAY))
    button = _settings_switch(window)
    sentence = window.settings_page.findChild(QLabel, "deskRoleSentence")
    assert sentence is not None and sentence.text().startswith(
        "Thư mục dữ liệu này là bàn làm việc của xã/phường"
    )
    assert button.text() == "Chuyển thành bàn tiếp nhận của tỉnh…"
    settings = window.settings_page

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        assert dialog.text().startswith("Chuyển thư mục dữ liệu này thành bàn tiếp nhận của tỉnh (Sở)?")
        dialog.button(QMessageBox.StandardButton.Yes).click()

    failures = when_modal(confirm)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert _entries(window) == PROVINCE_ENTRIES
    assert window.settings_page is settings and _visible_heading(window) == "Cài đặt"  # still there
    assert window.navigation.currentRow() == 5
    assert sentence.text().startswith("Thư mục dữ liệu này là bàn tiếp nhận của tỉnh (Sở)")
    assert settings.form.editor("commune_name").text() == "Sở Nội vụ tỉnh Lạng Sơn"
    assert settings.form.error_label("signer_name").text() == ""  # a Sở may name its signer later
    assert _visible_tabs(settings) == ["Thông tin đơn vị", "Chỉ tiêu báo cáo", "Dữ liệu", "Giao diện"]
    assert not settings.form.editor("unit_code").isVisibleTo(settings)  # a Sở has no commune code
    assert window.windowTitle() == "Gender Equality Desk — Sở Nội vụ tỉnh Lạng Sơn"
    with store.reading() as session:
        assert desk_role(session) == DESK_PROVINCE
    window.show_page(1)
    assert _visible_heading(window) == "Danh bạ xã"

    button = _settings_switch(window)  # and back, while it is still empty
    assert button.text() == "Chuyển thành bàn của xã…"
    failures = when_modal(_answer_yes)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert len(_entries(window)) == 8 and window.desk_role == DESK_COMMUNE
    assert len(_visible_tabs(settings)) == 7 and settings.form.editor("unit_code").isVisibleTo(settings)
    window.show_page(0)
    assert _visible_heading(window) == "Tổng quan"
    window.show_page(2)
    assert _visible_heading(window) == "Hoạt động"


def test_a_desk_holding_data_is_not_switched(
    qtbot: QtBot, shown: Callable[[MainWindow], MainWindow], store: Store, layout: DataLayout
) -> None:
    with store.transaction() as session:
        set_up_commune(session, suggested_profile("Xã Cao Lâu", "Lạng Sơn", "Trần Thị Hằng"), [])
        campaign = Campaign(
            year=2025, kind="action_month", name="Tháng hành động 2025", start_date=TODAY, end_date=TODAY
        )
        session.add(campaign)
        session.flush()
        kind = session.query(ActivityKind).first()
        assert kind is not None
        moment = datetime(2025, 11, 16, 2, tzinfo=UTC)
        session.add(
            Activity(
                campaign_id=campaign.id, kind_id=kind.id, title="Họp dân", start_at=moment, end_at=moment
            )
        )
    window = shown(MainWindow(store, layout, today=lambda: TODAY))
    button = _settings_switch(window)
    seen: list[str] = []

    def explained(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    failures = when_modal(explained)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert failures == []
    assert seen and seen[0].startswith(
        "Thư mục dữ liệu này đã có dữ liệu (1 hoạt động), nên giữ nguyên vai trò"
    )
    assert "--data-dir" in seen[0]
    assert len(_entries(window)) == 8
    with store.reading() as session:
        assert desk_role(session) == DESK_COMMUNE
