"""The province desk's pages other branches build (Tổng quan, Nhận báo cáo, Tổng hợp), for tests run
before those pages exist: their real class when it can be imported, else a bare page with the sidebar's
title and icon (it shows nothing; the tests here never look inside it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget

from gender_equality_desk.core.province.desk_roles import DESK_PROVINCE
from gender_equality_desk.gui import main_window
from gender_equality_desk.gui.pages.base import Page, PageServices


def _bare_page(title: str, icon_name: str) -> Callable[[PageServices], Page]:
    class BarePage(Page):
        def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
            del services
            super().__init__(parent)

        def title(self) -> str:
            return title

        def icon_name(self) -> str:
            return icon_name

    return BarePage


def use_province_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    real = main_window.province_page_class

    def page_class(index: int) -> Callable[[PageServices], Page]:
        try:
            return real(index)
        except ModuleNotFoundError:
            titles = main_window.entry_titles(DESK_PROVINCE)
            return _bare_page(titles[index], main_window.PROVINCE_ICON_NAMES[index])

    monkeypatch.setattr(main_window, "province_page_class", page_class)
