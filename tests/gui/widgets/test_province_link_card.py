"""Cài đặt → Gửi lên tỉnh: the officer imports the province's key file, reads the fingerprint out by phone,
and is asked before a different key replaces it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import set_unit_code
from gender_equality_desk.core.province.keys import ProvinceKey, own_province_key, write_key_file
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.province_models import ReportingRound
from gender_equality_desk.gui.pages.settings import PROVINCE_TAB, SettingsPage
from gender_equality_desk.gui.widgets.province_link_card import ProvinceLinkCard

from ..modal import when_modal


def _key(tmp_path: Path, province: str) -> tuple[ProvinceKey, Path]:
    key = own_province_key(DataLayout(tmp_path / province), province, f"Sở Nội vụ tỉnh {province}")
    return key, write_key_file(key, tmp_path / f"{province}.gedkey")


def _live_fingerprints(store: Store) -> list[str]:
    with sqlite3.connect(store.path) as db:
        return [row[0] for row in db.execute("SELECT fingerprint FROM province_link WHERE is_deleted = 0")]


def test_the_settings_page_has_the_tab_and_says_nothing_is_linked_yet(
    shown: Callable[[SettingsPage], SettingsPage], filled_store: Store
) -> None:
    page = shown(SettingsPage(filled_store))
    assert page.tabs.tabText(PROVINCE_TAB) == "Gửi lên tỉnh"
    page.tabs.setCurrentIndex(PROVINCE_TAB)
    card = page.province_card
    assert card.empty.isVisible() and not card.details.isVisible() and not card.read_out.isVisible()
    assert card.unit_code.text().startswith("Chưa có mã đơn vị hành chính của xã")
    assert card.rounds.text() == "Chưa nhập tệp kỳ báo cáo nào của tỉnh."


def test_importing_shows_the_fingerprint_to_read_out(
    qtbot: QtBot, shown: Callable[[ProvinceLinkCard], ProvinceLinkCard], filled_store: Store, tmp_path: Path
) -> None:
    with filled_store.transaction() as session:
        set_unit_code(session, "20470")
    key, key_file = _key(tmp_path, "Quảng Nam")
    card = shown(ProvinceLinkCard(filled_store))
    card.choose_key_file = lambda: key_file
    with qtbot.waitSignal(card.changed):
        qtbot.mouseClick(card.import_button, Qt.MouseButton.LeftButton)
    assert card.fingerprint.text() == key.fingerprint and card.fingerprint.property("role") == "bigNumber"
    assert card.province.text() == "Quảng Nam" and card.authority.text() == "Sở Nội vụ tỉnh Quảng Nam"
    assert card.read_out.isVisible() and card.read_out.text().startswith("Hãy gọi điện cho tỉnh và đọc to")
    assert card.unit_code.text() == "Mã đơn vị hành chính của xã: 20470."
    assert card.import_button.text() == "Nhập lại hoặc thay tệp khóa…"
    assert _live_fingerprints(filled_store) == [key.fingerprint]


@pytest.mark.parametrize("replace", [False, True])
def test_a_different_key_asks_first_naming_both_fingerprints(
    qtbot: QtBot,
    shown: Callable[[ProvinceLinkCard], ProvinceLinkCard],
    filled_store: Store,
    tmp_path: Path,
    replace: bool,
) -> None:
    first, first_file = _key(tmp_path, "Quảng Nam")
    other, other_file = _key(tmp_path, "Đà Nẵng")
    card = shown(ProvinceLinkCard(filled_store))
    card.choose_key_file = lambda: first_file
    card.import_key()
    card.choose_key_file = lambda: other_file
    asked: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        wanted = "Thay khóa (đã đối chiếu)" if replace else "Giữ khóa cũ"
        button = next(b for b in dialog.buttons() if b.text() == wanted)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    failures = when_modal(answer)
    card.import_key()
    assert failures == []
    (question,) = asked
    assert first.fingerprint in question and other.fingerprint in question
    kept = other if replace else first
    assert card.fingerprint.text() == kept.fingerprint
    assert _live_fingerprints(filled_store) == [kept.fingerprint]
    if not replace:
        assert card.message.text() == "Đã giữ nguyên khóa cũ của tỉnh."


def test_a_wrong_file_is_explained_and_nothing_changes(
    shown: Callable[[ProvinceLinkCard], ProvinceLinkCard], filled_store: Store, tmp_path: Path
) -> None:
    wrong = tmp_path / "baocao.gedkey"
    wrong.write_text("not a key", encoding="utf-8")
    card = shown(ProvinceLinkCard(filled_store))
    card.choose_key_file = lambda: wrong
    card.import_key()
    assert card.message.property("role") == "error"
    assert card.message.text().startswith("Tệp “baocao.gedkey” không phải tệp khóa của tỉnh")
    assert card.empty.isVisible() and _live_fingerprints(filled_store) == []


def test_imported_rounds_are_listed(
    shown: Callable[[ProvinceLinkCard], ProvinceLinkCard], filled_store: Store
) -> None:
    with filled_store.transaction() as session:
        session.add(
            ReportingRound(
                report_kind="gender-equality", year=2025, period="h1", period_start=date(2025, 1, 1),
                period_end=date(2025, 6, 30), deadline=date(2025, 6, 5), title="6 tháng 2025",
                province_name="Quảng Nam", published_at=datetime(2025, 5, 1, tzinfo=UTC),
            )
        )  # fmt: skip
    card = shown(ProvinceLinkCard(filled_store))
    assert card.rounds.text() == "• Công tác bình đẳng giới, 6 tháng đầu năm 2025 — hạn nộp 05/06/2025"


def _round_file(folder: Path, province_folder: Path, name: str) -> Path:
    from gender_equality_desk.core.exchange.packages_signing import installation_key
    from gender_equality_desk.core.province.round_file import RoundDefinition, RoundRow, write_round_file

    definition = RoundDefinition(
        uuid="6f0c1a52-0000-4000-8000-000000000001", province="Quảng Nam", report_kind="action-month",
        year=2026, period="action-month", period_start=date(2026, 11, 15), period_end=date(2026, 12, 15),
        deadline=date(2026, 12, 20), title="Tháng hành động năm 2026",
        rows=(RoundRow("participants", "Lượt người tham gia", "1", "Lượt người"),
              RoundRow("QN_extra", "Chỉ tiêu riêng của tỉnh", "2", "Cuộc")),
    )  # fmt: skip
    return write_round_file(definition, installation_key(DataLayout(province_folder)), folder / name)


def test_the_provinces_round_file_is_imported_from_the_card_and_a_forged_one_refused(
    qtbot: QtBot, shown: Callable[[ProvinceLinkCard], ProvinceLinkCard], filled_store: Store, tmp_path: Path
) -> None:
    _key_made, key_file = _key(tmp_path, "Quảng Nam")
    card = shown(ProvinceLinkCard(filled_store))
    card.choose_key_file = lambda: key_file
    with qtbot.waitSignal(card.changed):
        qtbot.mouseClick(card.import_button, Qt.MouseButton.LeftButton)
    forged = _round_file(tmp_path, tmp_path / "someone-else", "gia.gedround")
    card.choose_round_file = lambda: forged

    qtbot.mouseClick(card.round_button, Qt.MouseButton.LeftButton)

    assert card.round_message.isVisible() and "không do tỉnh của xã ký" in card.round_message.text()
    with sqlite3.connect(filled_store.path) as db:
        assert db.execute("SELECT count(*) FROM reporting_round").fetchone() == (0,)

    genuine = _round_file(tmp_path, tmp_path / "Quảng Nam", "ky.gedround")
    card.choose_round_file = lambda: genuine
    with qtbot.waitSignal(card.changed):
        qtbot.mouseClick(card.round_button, Qt.MouseButton.LeftButton)

    assert card.round_message.text().startswith("Đã nhập kỳ báo cáo “Tháng hành động năm 2026”")
    assert "QN_extra" in card.round_message.text()  # the province's own row, added for the officer
    assert card.rounds.text().endswith("tháng hành động (15/11–15/12) năm 2026 — hạn nộp 20/12/2026")
    with sqlite3.connect(filled_store.path) as db:
        assert db.execute("SELECT uuid, year FROM reporting_round").fetchall() == [
            ("6f0c1a52-0000-4000-8000-000000000001", 2026)
        ]
