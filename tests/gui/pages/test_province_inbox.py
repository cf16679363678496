"""Nhận báo cáo as the province officer uses it: pick a folder (or files), watch it work, read each file's
outcome, stop half-way, browse versions and their differences, and accept a commune's new key as an
administrator."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from gender_equality_desk.core.exchange.packages_signing import fingerprint, public_key_bytes
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.province import receiving
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.key_change_dialog import KeyChangeDialog
from gender_equality_desk.gui.pages.base import PageServices
from gender_equality_desk.gui.pages.province_inbox import ProvinceInboxPage
from gender_equality_desk.gui.widgets.inbox_outcomes import ACCEPTED_TINT, REFUSED_TINT, WARNING_TINT

from ...core.province.province_fixtures import (
    CAO_LAU,
    FIGURES,
    HOANG_DONG,
    MAI_PHA,
    SIGNED,
    Commune,
    receiving_desk,
)
from ..conftest import TODAY
from ..english_walk import every_tab, settle, untranslated
from ..modal import when_modal

ADMIN_PASSWORD = "Quan tri tinh 2026"


@pytest.fixture
def province(store: Store, layout: DataLayout) -> bytes:
    key, _round_id = receiving_desk(store, layout, CAO_LAU, HOANG_DONG, MAI_PHA)
    return key


@pytest.fixture
def page(
    shown: Callable[[ProvinceInboxPage], ProvinceInboxPage], store: Store, layout: DataLayout, province: bytes
) -> ProvinceInboxPage:
    shown_page = shown(ProvinceInboxPage(PageServices(store, layout, lambda: TODAY)))
    shown_page.resize(1136, 768)
    shown_page.activated()
    return shown_page


def finish(qtbot: QtBot, page: ProvinceInboxPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=20_000)


def table_rows(page: ProvinceInboxPage) -> list[tuple[str, str, str]]:
    """(file, result, tint) of every row of the outcomes table, as shown."""
    table = page.outcomes.table
    rows = []
    for row in range(table.rowCount()):
        file, result = table.item(row, 0), table.item(row, 2)
        rows.append((file.text(), result.text(), file.background().color().name()))
    return rows


def stored(store: Store) -> list[tuple[str, int]]:
    with store.reading() as db:
        rows = db.execute(text("SELECT commune_code, version FROM received_submission ORDER BY 1, 2"))
        return [(row.commune_code, row.version) for row in rows]


def test_a_picked_folder_shows_every_files_outcome_in_colour(
    qtbot: QtBot, page: ProvinceInboxPage, store: Store, province: bytes, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    usb = tmp_path / "usb"
    CAO_LAU.send(usb, province, name="cao-lau.gedsub")
    HOANG_DONG.send(usb, province, name="hoang-dong.gedsub", figures={**FIGURES, "AM03": 301})
    Commune("99999", "Xã Ngoài Tỉnh").send(usb, province, name="ngoai-tinh.gedsub")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(usb))
    changes: list[str] = []
    page.data_changed.connect(changes.append)

    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)

    assert table_rows(page) == [
        ("ngoai-tinh.gedsub", "Từ chối", QColor(REFUSED_TINT).name()),
        ("hoang-dong.gedsub", "Đã nhận (lần 1)\n1 điểm cần kiểm tra", QColor(WARNING_TINT).name()),
        ("cao-lau.gedsub", "Đã nhận (lần 1)", QColor(ACCEPTED_TINT).name()),
    ]
    message = page.outcomes.table.item(1, 3).text()
    assert message.endswith(
        "• Dòng “Lượt người tham gia là nữ” (mã AM03) (301) lớn hơn dòng “Tổng lượt người tham gia” "
        "(mã AM02) (300), không thể như vậy."
    )
    assert "không có trong Danh bạ xã của tỉnh" in page.outcomes.table.item(0, 3).text()
    assert page.status.text() == (
        "Đã xử lý 3 tệp: nhận 2 (trong đó 1 tệp có số liệu cần hỏi lại xã), đã nhận trước đây 0, từ chối 1."
    )
    assert stored(store) == [("04378", 1), ("04381", 1)]
    assert changes == ["submissions"]
    assert page.versions.round_note.text() == "Đã nhận 2/3 xã"
    communes = page.versions.communes
    assert [communes.item(row, 0).text() for row in range(communes.rowCount())] == [
        "Xã Cao Lâu (04378)",
        "Phường Hoàng Đồng (04381)",
    ]
    assert communes.item(1, 3).text() == "1 điểm"
    assert not page.progress.isVisible() and page.folder_button.isEnabled()


def test_picked_files_and_a_corrected_version_show_the_differences(
    qtbot: QtBot, page: ProvinceInboxPage, province: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = CAO_LAU.send(tmp_path, province, name="lan-1.gedsub")
    second = CAO_LAU.send(
        tmp_path, province, name="lan-2.gedsub", figures={**FIGURES, "AM01": 15, "AM04": None},
        signed_at=SIGNED + timedelta(days=1),
    )  # fmt: skip
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(first), str(second)], "")
    )

    qtbot.mouseClick(page.files_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)

    assert [row[:2] for row in table_rows(page)] == [
        ("lan-1.gedsub", "Đã nhận (lần 1)"),
        ("lan-2.gedsub", "Đã nhận (lần 2)"),
    ]
    view = page.versions
    assert view.current_commune() == "04378"
    chosen = view.selected_version()
    assert view.version_table.rowCount() == 2 and chosen is not None and chosen.version == 2
    assert view.difference_note.text() == "2 dòng khác nhau giữa lần 1 và lần 2."
    headings = [view.differences.horizontalHeaderItem(column).text() for column in range(4)]
    assert headings == ["Chỉ tiêu", "Mã", "Lần 1", "Lần 2"]
    cells = [
        tuple(view.differences.item(row, column).text() for column in range(4))
        for row in range(view.differences.rowCount())
    ]
    assert cells == [
        ("Số hoạt động đã tổ chức", "AM01", "12", "15"),
        ("Số hộ gia đình được hỗ trợ", "AM04", "5", "(trống)"),
    ]

    view.version_table.selectRow(0)
    assert view.difference_note.text() == "Lần gửi đầu tiên: chưa có lần trước để so sánh."
    assert view.differences.rowCount() == 0


def test_stopping_half_way_keeps_what_was_accepted_and_says_so(
    qtbot: QtBot, page: ProvinceInboxPage, store: Store, province: bytes, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    for offset, commune in enumerate((CAO_LAU, HOANG_DONG, MAI_PHA)):
        commune.send(tmp_path, province, signed_at=SIGNED + timedelta(hours=offset))
    decided, go_on = threading.Event(), threading.Event()
    real = receiving.receive_one

    def held(*args: Any) -> receiving.ReceiptOutcome:
        outcome = real(*args)
        decided.set()
        go_on.wait(10)  # the officer clicks Dừng while the first file is being decided
        return outcome

    monkeypatch.setattr(receiving, "receive_one", held)

    page.receive([tmp_path])
    qtbot.waitUntil(decided.is_set, timeout=10_000)
    assert page.stop_button.isVisible() and not page.folder_button.isEnabled()
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Đang dừng sau tệp đang xử lý… Các tệp đã nhận được giữ lại."
    go_on.set()
    finish(qtbot, page)

    assert stored(store) == [("04378", 1)]
    assert [row[1] for row in table_rows(page)] == ["Đã nhận (lần 1)"]
    assert page.status.text() == (
        "Đã xử lý 1 tệp: nhận 1 (trong đó 0 tệp có số liệu cần hỏi lại xã), đã nhận trước đây 0, từ chối 0. "
        "Đã dừng theo yêu cầu: các tệp đã nhận ở trên được giữ lại, còn 2 tệp chưa xử lý — nhận lại thư mục "
        "để tiếp tục (tệp đã nhận sẽ được bỏ qua)."
    )
    assert not page.stop_button.isVisible() and page.folder_button.isEnabled()


def _changed_key_refused(
    qtbot: QtBot, page: ProvinceInboxPage, store: Store, province: bytes, tmp_path: Path
) -> Commune:
    """Cao Lâu's first file pins its key; a file signed after a reinstall is refused. The new commune."""
    receiving.receive_files(store, page._services.layout, [CAO_LAU.send(tmp_path / "v1", province)])
    reinstalled = Commune(CAO_LAU.code, CAO_LAU.name)
    page.receive([reinstalled.send(tmp_path / "v2", province, signed_at=SIGNED + timedelta(days=1))])
    finish(qtbot, page)
    assert table_rows(page)[0][1] == "Từ chối"
    assert page.outcomes.key_button.isVisible() and not page.outcomes.key_button.isEnabled()
    page.outcomes.table.selectRow(0)
    assert page.outcomes.key_button.isEnabled()
    return reinstalled


def _signed_in_as(store: Store, username: str, password: str) -> Callable[..., AuthSession | None]:
    return lambda _store, _reason, _parent: accounts.sign_in(store, username, password)


def test_an_administrator_accepts_a_new_key_after_comparing_both_fingerprints(
    qtbot: QtBot, page: ProvinceInboxPage, store: Store, province: bytes, tmp_path: Path
) -> None:
    accounts.create_first_administrator(store, "quantri", "Hoàng Văn Bình", ADMIN_PASSWORD)
    page._sign_in = _signed_in_as(store, "quantri", ADMIN_PASSWORD)
    reinstalled = _changed_key_refused(qtbot, page, store, province, tmp_path)
    old, new = fingerprint(public_key_bytes(CAO_LAU.key)), fingerprint(public_key_bytes(reinstalled.key))
    seen: list[str] = []

    def compare_and_accept(dialog: Any) -> None:
        assert isinstance(dialog, KeyChangeDialog)
        seen.extend([dialog.pinned.text(), dialog.new.text(), dialog.check.text()])
        dialog.accept_button.click()

    failures = when_modal(compare_and_accept)
    qtbot.mouseClick(page.outcomes.key_button, Qt.MouseButton.LeftButton)

    assert failures == []
    assert seen[:2] == [old, new]
    assert "gọi điện cho xã (Nông Thị Hạnh, 0912 345 678)" in seen[2]
    assert table_rows(page)[0][1] == "Đã nhận (lần 2)"
    assert f"chấp nhận khóa ký mới của xã ({new}) thay cho khóa cũ ({old})" in page.status.text()
    assert stored(store) == [("04378", 1), ("04378", 2)]
    with store.reading() as db:
        entries = db.execute(text("SELECT username, action FROM audit_entry ORDER BY id")).all()
    assert [tuple(entry) for entry in entries][-3:] == [
        ("quantri", "sign_in"),
        ("quantri", "settings_changed"),
        ("quantri", "sign_out"),
    ]


def test_cancelling_the_confirmation_keeps_the_file_refused(
    qtbot: QtBot, page: ProvinceInboxPage, store: Store, province: bytes, tmp_path: Path
) -> None:
    accounts.create_first_administrator(store, "quantri", "Hoàng Văn Bình", ADMIN_PASSWORD)
    page._sign_in = _signed_in_as(store, "quantri", ADMIN_PASSWORD)
    _changed_key_refused(qtbot, page, store, province, tmp_path)

    failures = when_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(page.outcomes.key_button, Qt.MouseButton.LeftButton)

    assert failures == [] and table_rows(page)[0][1] == "Từ chối"
    assert stored(store) == [("04378", 1)]


def test_only_an_administrator_may_accept_a_new_key(
    qtbot: QtBot, page: ProvinceInboxPage, store: Store, province: bytes, tmp_path: Path
) -> None:
    setup = accounts.create_first_administrator(store, "quantri", "Hoàng Văn Bình", ADMIN_PASSWORD)
    accounts.create_account(setup.session, "lanhdao", "Lương Thị Thu", Role.VIEWER, "Lanh dao so 2026")
    page._sign_in = _signed_in_as(store, "lanhdao", "Lanh dao so 2026")
    _changed_key_refused(qtbot, page, store, province, tmp_path)

    qtbot.mouseClick(page.outcomes.key_button, Qt.MouseButton.LeftButton)

    assert page.status.text().startswith(
        "Chỉ quản trị viên được chấp nhận khóa mới của xã (tài khoản vừa đăng nhập: Lương Thị Thu,"
    )
    assert stored(store) == [("04378", 1)]


def test_without_any_administrator_the_page_names_the_command_to_run(
    qtbot: QtBot, page: ProvinceInboxPage, store: Store, province: bytes, tmp_path: Path
) -> None:
    asked: list[str] = []

    def ask(_store: Store, reason: str, _parent: object) -> None:
        asked.append(reason)

    page._sign_in = ask
    _changed_key_refused(qtbot, page, store, province, tmp_path)

    qtbot.mouseClick(page.outcomes.key_button, Qt.MouseButton.LeftButton)

    assert asked == []
    assert "gender-equality-desk receive --allow-key-change 04378" in page.status.text()
    assert stored(store) == [("04378", 1)]


def test_in_english_the_page_shows_no_vietnamese_of_its_own(
    english: QApplication,
    shown: Callable[[ProvinceInboxPage], ProvinceInboxPage],
    store: Store,
    layout: DataLayout,
    province: bytes,
) -> None:
    page = shown(ProvinceInboxPage(PageServices(store, layout, lambda: TODAY)))
    page.resize(1136, 768)
    page.activated()
    settle()

    found = every_tab(page, "page ProvinceInboxPage", cells=True)

    assert page.heading.text() == "Receive reports"
    assert page.folder_button.text() == "Receive from a folder / USB…"
    assert untranslated(found, layout) == {}


def test_a_commune_desk_says_it_receives_nothing(
    qtbot: QtBot, shown: Callable[[ProvinceInboxPage], ProvinceInboxPage], store: Store, layout: DataLayout,
    tmp_path: Path,
) -> None:  # fmt: skip
    page = shown(ProvinceInboxPage(PageServices(store, layout, lambda: TODAY)))

    page.receive([tmp_path])
    finish(qtbot, page)

    assert page.status.text().startswith("Thư mục dữ liệu này không phải của bàn tỉnh")
    assert page.folder_button.isEnabled() and not page.progress.isVisible() and page.outcomes.isHidden()
