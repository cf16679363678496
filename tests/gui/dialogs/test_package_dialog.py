"""Gói dữ liệu as the officer uses it: send a period onto the USB stick, receive it on another PC with a
preview, and take a conflicting record only when its box is ticked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from gender_equality_desk.core.domain.clock import local_midnight_utc
from gender_equality_desk.core.exchange.usb import Drive
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.activities import load_activity, update_activity
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.models import Activity, PropagandaEvent
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.dialogs.package_dialog import RECEIVE_TAB, PackageDialog
from gender_equality_desk.gui.widgets.package_receive import STATUS_COLUMN, TITLE_COLUMN

TODAY = date(2025, 11, 20)
Show = Callable[[PackageDialog], PackageDialog]


@pytest.fixture
def other_pc(tmp_path: Path) -> Iterator[tuple[Store, DataLayout]]:
    layout = DataLayout(tmp_path / "may-moi")
    store = open_store(layout)
    yield store, layout
    store.close()


def _count(store: Store, model: type[Activity] | type[PropagandaEvent]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _retitle(store: Store, activity_uuid: str, title: str) -> None:
    with store.transaction() as session:
        row = session.scalars(select(Activity).where(Activity.uuid == activity_uuid)).one()
        update_activity(session, row.id, replace(load_activity(session, row.id), title=title), today=TODAY)


def test_send_to_usb_then_receive_on_another_pc_with_a_conflict(
    shown: Show, filled_store: Store, layout: DataLayout, other_pc: tuple[Store, DataLayout], tmp_path: Path,
    qtbot: QtBot,
) -> None:  # fmt: skip
    usb = tmp_path / "usb"
    usb.mkdir()
    drives = lambda: [Drive(usb, "KINGSTON", True, 8 * 1024**3)]  # noqa: E731
    sender = shown(PackageDialog(filled_store, layout, today=lambda: TODAY, drives=drives))
    assert sender.drive_combo.currentText() == f"USB KINGSTON ({usb})"
    sender.start_edit.setDate(sender.start_edit.date().addYears(-1))  # 01/01/2024 → 20/11/2025
    qtbot.mouseClick(sender.send_button, Qt.MouseButton.LeftButton)
    package = usb / "goi-du-lieu_20240101-20251120.zip"
    assert package.is_file()
    assert sender.send_message.text().startswith(f"Đã lưu {package}:")
    assert "Mã khóa ký của máy này:" in sender.send_message.text()

    store, other_layout = other_pc
    receiver = shown(PackageDialog(store, other_layout, today=lambda: TODAY, drives=drives))
    receiver.tabs.setCurrentIndex(RECEIVE_TAB)
    preview = receiver.receive.open_file(package)
    assert preview is not None
    new = len(preview.items)
    assert receiver.receive.receive_message.text().startswith(
        "Gói của Xã Cao Lâu, từ 01/01/2024 đến 20/11/2025."
    )
    assert f"Mới {new}, sửa ở nơi gửi 0, xung đột 0" in receiver.receive.receive_message.text()
    assert receiver.receive.table.rowCount() == new
    with qtbot.waitSignal(receiver.receive.changed):
        qtbot.mouseClick(receiver.receive.apply_button, Qt.MouseButton.LeftButton)
    assert receiver.receive.receive_message.text().startswith(f"Đã nhập: {new} mới, 0 cập nhật")
    period = (local_midnight_utc(date(2024, 1, 1)), local_midnight_utc(date(2025, 11, 21)))
    with filled_store.reading() as session:
        query = select(func.count()).select_from(Activity).where(Activity.start_at.between(*period))
        in_period = session.scalar(query)
    assert _count(store, Activity) == in_period

    # Both offices edit the same activity; the sender's later edit arrives in a new package.
    with filled_store.reading() as session:
        shared = session.scalars(select(Activity.uuid).order_by(Activity.start_at)).first()
    assert shared is not None
    _retitle(store, shared, "Sửa ở máy mới")
    _retitle(filled_store, shared, "Sửa ở máy cũ sau cùng")
    qtbot.mouseClick(sender.send_button, Qt.MouseButton.LeftButton)
    receiver.receive.open_file(package)
    assert receiver.receive.table.rowCount() == 1
    status = receiver.receive.table.item(0, STATUS_COLUMN)
    assert status is not None and status.text() == "Xung đột: cả hai nơi đều sửa (bản nhận mới hơn)"
    assert receiver.receive.table.item(0, TITLE_COLUMN).text() == "Sửa ở máy cũ sau cùng"  # type: ignore[union-attr]
    assert receiver.receive.conflict_hint.text().startswith("Xung đột: bản ghi được sửa ở cả hai nơi.")

    receiver.receive.apply()  # not ticked: the local edit stays
    with store.reading() as session:
        assert session.scalars(select(Activity.title).where(Activity.uuid == shared)).one() == "Sửa ở máy mới"
    status = receiver.receive.table.item(0, STATUS_COLUMN)
    assert status is not None
    status.setCheckState(Qt.CheckState.Checked)
    assert receiver.receive.confirmed_conflicts() == {shared}
    receiver.receive.apply()
    with store.reading() as session:
        assert (
            session.scalars(select(Activity.title).where(Activity.uuid == shared)).one()
            == "Sửa ở máy cũ sau cùng"
        )
    assert receiver.receive.receive_message.text().startswith(
        "Đã nhập: 0 mới, 0 cập nhật, 1 xung đột lấy bản nhận"
    )
    receiver.grab().save(str(tmp_path / "package-dialog.png"))


def test_a_tampered_package_is_refused_in_the_dialog(
    shown: Show, filled_store: Store, layout: DataLayout, tmp_path: Path
) -> None:
    dialog = shown(PackageDialog(filled_store, layout, today=lambda: TODAY, drives=lambda: []))
    assert dialog.drive_combo.currentData() == ""
    dialog.send_button.click()
    assert dialog.send_message.text() == "Chưa chọn nơi lưu. Hãy cắm USB hoặc chọn thư mục."
    target = dialog.send_to(tmp_path)
    assert target is not None
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken = tmp_path / "hong.zip"
    broken.write_bytes(bytes(data))
    assert dialog.receive.open_file(broken) is None
    assert dialog.receive.receive_message.property("role") == "error"
    assert (
        "không có gì được nhập" in dialog.receive.receive_message.text()
        or "bị hỏng" in dialog.receive.receive_message.text()
    )
    assert not dialog.receive.apply_button.isEnabled()
