"""Idle lock: fires once after the limit without input, input in any widget restarts it, disarm stops it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from gender_equality_desk.gui.idle_lock import IdleLock


def test_input_anywhere_postpones_the_lock_and_silence_fires_it(qtbot: QtBot) -> None:
    other_window = QLineEdit()
    qtbot.addWidget(other_window)
    other_window.show()
    lock = IdleLock(250)
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    lock.arm()
    for _ in range(4):
        qtbot.wait(100)
        qtbot.keyClicks(other_window, "a")
    assert fired == []
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    assert not lock.armed
    qtbot.wait(400)
    assert fired == [True]  # once, until armed again at the next sign-in


def test_disarmed_lock_never_fires(qtbot: QtBot) -> None:
    lock = IdleLock(50)
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    lock.arm()
    lock.disarm()
    qtbot.wait(200)
    assert fired == []
