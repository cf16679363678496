"""The sign-in card keeps its text fields usable whatever message it shows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.widgets.sign_in import SignInCard

LONG_MESSAGE = (
    "Tài khoản đã được thay bằng tài khoản từ máy cũ; vui lòng đăng nhập lại. "
    "Nếu quên mật khẩu, hãy nhờ quản trị viên đặt lại bằng khóa khôi phục đã in khi cài đặt."
)


@pytest.mark.parametrize("message", ["", "Sai mật khẩu.", LONG_MESSAGE])
def test_fields_keep_their_height_under_a_wrapped_message(
    shown: Callable[[SignInCard], SignInCard], store: Store, message: str
) -> None:
    card = shown(SignInCard(store))
    card.resize(1100, 700)
    card.reset(message)
    QApplication.processEvents()  # the layout request that re-measures the card

    for edit in (card.username, card.password):
        assert edit.height() >= edit.sizeHint().height(), message
    assert card.message.isVisible() is bool(message)
    if message:  # the whole message is inside the card, not clipped below it
        frame = card.message.parentWidget()
        assert card.message.geometry().bottom() < frame.height()
