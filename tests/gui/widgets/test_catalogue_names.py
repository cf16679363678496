"""The catalogue noun the GUI puts in sentences ("Thêm thôn, bản mới") is the core's, word for word."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.catalogues import CatalogueKind
from gender_equality_desk.gui.widgets.catalogue_model import kind_noun


def test_the_vietnamese_noun_is_the_cores(qapp: QApplication) -> None:
    assert {kind: kind_noun(kind) for kind in CatalogueKind} == {kind: kind.noun for kind in CatalogueKind}
