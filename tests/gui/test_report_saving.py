"""Saving a report: the file appears whole at the chosen place, or the officer reads why it did not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.registry import OutputFormat
from gender_equality_desk.gui.dialogs.busy import BusyRunner
from gender_equality_desk.gui.report_saving import save_report

from ..core.render.conftest import make_report


class Said:
    def __init__(self) -> None:
        self.lines: list[tuple[str, bool]] = []

    def __call__(self, text: str, *, error: bool = False) -> None:
        self.lines.append((text, error))


def _save(qtbot: QtBot, build: Callable[[], ReportContent], target: Path) -> tuple[Said, list[Path]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = BusyRunner(parent)
    said, saved = Said(), []
    save_report(
        runner,
        build,
        OutputFormat.PDF,
        target,
        said,
        saved_text="Đã lưu: {path}",
        on_saved=saved.append,
    )
    qtbot.waitUntil(lambda: bool(said.lines), timeout=20000)
    return said, saved


def test_the_report_is_delivered_and_said(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "BaoCao.pdf"
    said, saved = _save(qtbot, make_report, target)
    assert said.lines == [(f"Đã lưu: {target}", False)]
    assert saved == [target]
    assert target.read_bytes().startswith(b"%PDF")


def test_a_place_that_cannot_be_written_is_explained_and_nothing_is_left(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "not-a-folder").write_text("a file, not a folder")
    target = tmp_path / "not-a-folder" / "BaoCao.pdf"
    said, saved = _save(qtbot, make_report, target)
    ((text, error),) = said.lines
    assert error and text.startswith(f"Không lưu được “{target}”") and text.endswith("Hãy chọn thư mục khác.")
    assert saved == [] and sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_report_that_cannot_be_built_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    def refuse() -> ReportContent:
        raise UserFacingError("Chưa có hồ sơ xã. Vui lòng nhập thông tin xã trong Cài đặt.")

    said, saved = _save(qtbot, refuse, tmp_path / "BaoCao.pdf")
    assert said.lines == [("Chưa có hồ sơ xã. Vui lòng nhập thông tin xã trong Cài đặt.", True)]
    assert saved == [] and list(tmp_path.iterdir()) == []
