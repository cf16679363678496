"""Small widget helpers shared by every screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.gui.widgets.basics import wait_cursor


def test_the_wait_cursor_shows_during_the_step_and_goes_even_when_it_fails(qapp: QApplication) -> None:
    assert QGuiApplication.overrideCursor() is None
    with wait_cursor():
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    assert QGuiApplication.overrideCursor() is None
    with pytest.raises(UserFacingError), wait_cursor():
        raise UserFacingError("Mã chuyển máy không đúng.")
    assert QGuiApplication.overrideCursor() is None
