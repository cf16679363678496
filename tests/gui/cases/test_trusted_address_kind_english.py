"""A trusted address's kind is picked in the UI language and stored in Vietnamese (reports print it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.ui_language import UiLanguage
from gender_equality_desk.gui.dialogs.trusted_address_form import TrustedAddressDialog, translated_kind
from gender_equality_desk.gui.translations import install_ui_language, uninstall_translations

from ..conftest import TODAY
from ..english import build_english
from .conftest import ADMIN_PASSWORD


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    assert install_ui_language(qapp, UiLanguage.ENGLISH, build_english(tmp_path))
    yield qapp
    uninstall_translations(qapp)


def test_a_kind_picked_in_english_is_saved_in_vietnamese(
    english: QApplication, with_admin: Store, shown: Callable[[TrustedAddressDialog], TrustedAddressDialog]
) -> None:
    auth = accounts.sign_in(with_admin, "quantri", ADMIN_PASSWORD)
    dialog = shown(TrustedAddressDialog(auth, TODAY))
    offered = [dialog.kind.itemText(index) for index in range(dialog.kind.count())]
    assert "Family home" in offered and "Hộ gia đình" not in offered
    dialog.kind.setCurrentIndex(dialog.kind.findText("Family home"))
    assert dialog.value().kind == "Hộ gia đình"
    dialog.kind.setCurrentText("Nha tho Giao xu")  # typed: kept as typed
    assert dialog.value().kind == "Nha tho Giao xu"
    assert translated_kind("Trụ sở Hội Phụ nữ") == "Women's Union office"
    assert translated_kind("Nhà ông Ba") == "Nhà ông Ba"  # data stays as stored
