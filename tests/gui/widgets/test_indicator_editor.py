"""Cài đặt → Chỉ tiêu báo cáo: the officer renames, adds, moves and hides report rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from gender_equality_desk.core.cases.catalogue import DvForm, list_dv_acts
from gender_equality_desk.core.reports.action_month import ACTION_MONTH
from gender_equality_desk.core.reports.indicators import IndicatorRow, list_indicators
from gender_equality_desk.core.reports.period_report import DV_STATISTICS, GENDER_EQUALITY
from gender_equality_desk.core.reports.report_forms import ReportFormInput, load_report_form
from gender_equality_desk.core.security import accounts, passwords
from gender_equality_desk.core.security.session import Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.sign_in_dialog import SignInDialog
from gender_equality_desk.gui.widgets.dv_form_mapping import DvFormDialog
from gender_equality_desk.gui.widgets.indicator_editor import IndicatorDialog, IndicatorEditor
from gender_equality_desk.gui.widgets.indicator_source_picker import SourcePicker

from ..keyboard import type_text


def _rows(store: Store, kind: str = GENDER_EQUALITY) -> list[IndicatorRow]:
    with store.reading() as session:
        return list_indicators(session, kind, include_inactive=True)


class _Typed(IndicatorDialog):
    """The dialog as the officer fills it: typed into, then Lưu pressed (exec would block the test)."""

    def __init__(self, row: IndicatorRow | None, qtbot: QtBot, label: str, unit: str) -> None:
        super().__init__(row, None)
        self._qtbot, self._label, self._unit = qtbot, label, unit

    def exec(self) -> int:
        self.label.selectAll()
        type_text(self._qtbot, self.label, self._label)
        self.unit.selectAll()
        type_text(self._qtbot, self.unit, self._unit)
        self._accept_if_valid()
        return int(self.result())


def test_rename_a_row_and_see_it_in_the_table(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(store))
    editor.dialog_for = lambda row: _Typed(row, qtbot, "Số cuộc họp dân về bình đẳng giới", "Cuộc")
    editor.table.selectRow(1)
    with qtbot.waitSignal(editor.changed):
        editor.edit_selected()
    assert editor.table.item(1, 1).text() == "Số cuộc họp dân về bình đẳng giới"
    assert _rows(store)[1].label == "Số cuộc họp dân về bình đẳng giới"


def test_an_empty_name_is_refused_in_the_dialog(qtbot: QtBot, store: Store) -> None:
    dialog = _Typed(None, qtbot, "   ", "Cuộc")
    assert dialog.exec() == QDialog.DialogCode.Rejected.value
    assert dialog.message.text().startswith("Tên chỉ tiêu đang để trống")


def test_add_move_up_and_hide(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(store))
    before = len(_rows(store))
    editor.dialog_for = lambda row: _Typed(row, qtbot, "Số hộ gia đình văn hóa", "Hộ")
    editor.add_row()
    rows = _rows(store)
    assert len(rows) == before + 1 and rows[-1].label == "Số hộ gia đình văn hóa"
    assert editor.selected() is not None and editor.selected().label == "Số hộ gia đình văn hóa"
    editor.move_selected(-1)
    assert _rows(store)[-2].label == "Số hộ gia đình văn hóa"
    editor.toggle_selected()
    assert not _rows(store)[-2].is_active
    assert editor.table.item(before - 1, 1).font().strikeOut()


def test_switching_report_shows_its_rows(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store
) -> None:
    editor = shown(IndicatorEditor(store))
    editor.report.setCurrentIndex(editor.report.findData(DV_STATISTICS))
    assert editor.table.rowCount() == len(_rows(store, DV_STATISTICS))
    assert editor.table.item(0, 1).text() == "Số vụ bạo lực gia đình"


def test_the_action_month_rows_are_listed_and_edited_like_the_others(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(store))
    editor.report.setCurrentIndex(editor.report.findData(ACTION_MONTH))
    assert editor.report.currentText() == "Báo cáo kết quả Tháng hành động"
    rows = _rows(store, ACTION_MONTH)
    assert editor.table.rowCount() == len(rows) == 43
    assert editor.table.item(1, 1).text() == "Số hoạt động hưởng ứng đã tổ chức"
    assert editor.table.item(1, 3).text() == "Số hoạt động đã tổ chức"  # the source, in words
    assert editor.problems() == [] and editor.dv_forms.isHidden()
    editor.dialog_for = lambda row: _Typed(row, qtbot, "Số cuộc truyền thông hưởng ứng", "Cuộc")
    editor.table.selectRow(1)
    with qtbot.waitSignal(editor.changed):
        editor.edit_selected()
    assert _rows(store, ACTION_MONTH)[1].label == "Số cuộc truyền thông hưởng ứng"
    assert _rows(store, ACTION_MONTH)[1].code == "activities"  # the code the province adds up by stays


# -- sources, warnings, the form a report cites, DV forms by act -------------------------------------------


def when_modal(dialog_type: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run `act` on the modal dialog of `dialog_type` once exec() has shown it."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            QTimer.singleShot(20, attempt)
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def tick(qtbot: QtBot, picker: SourcePicker, key: str) -> None:
    """Toggle one source as the officer does: find it by typing, then Space on it."""
    item = picker.item_for(key)
    assert item is not None
    picker.filter.clear()
    type_text(qtbot, picker.filter, item.text().split(": ")[-1][:12])
    assert not item.isHidden()
    picker.list.setCurrentItem(item)
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)


def save(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _edit_source(qtbot: QtBot, editor: IndicatorEditor, code: str, keys: tuple[str, ...]) -> None:
    editor.table.selectRow(next(index for index, row in enumerate(editor._rows) if row.code == code))

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, IndicatorDialog)
        for key in keys:
            tick(qtbot, dialog.source, key)
        save(dialog)

    when_modal(IndicatorDialog, choose)
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.findChild(QPushButton, "indicatorEdit"), Qt.MouseButton.LeftButton)


def test_a_source_that_leaves_a_budget_in_no_row_is_warned_about_not_refused(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(store))
    editor.resize(1100, 700)
    assert editor.problems() == [] and not editor.warnings_area.isVisible()
    other = ("budget.source.other", "budget.source.none")

    _edit_source(qtbot, editor, "budget_other", other)  # unticks both: the officer fills it by hand
    assert next(row for row in _rows(store) if row.code == "budget_other").source == ""  # saved
    assert editor.warnings_area.isVisible()
    (problem,) = editor.problems()
    assert problem.startswith("Các nguồn kinh phí “Khác”, “Chưa ghi nguồn” không được tính ở dòng nào")
    assert "“22. Tổng kinh phí”" in problem

    _edit_source(qtbot, editor, "budget_other", other)  # ticks them again
    assert next(row for row in _rows(store) if row.code == "budget_other").source == "+".join(other)
    assert editor.problems() == [] and not editor.warnings_area.isVisible()


def test_the_picker_says_what_a_row_adds_up(qtbot: QtBot, store: Store) -> None:
    row = next(row for row in _rows(store) if row.code == "clubs")
    dialog = IndicatorDialog(row)
    qtbot.addWidget(dialog)
    assert dialog.source.summary.text() == (
        "Máy cộng lại: Số cuộc: Sinh hoạt câu lạc bộ + "
        "Số cuộc: Hoạt động mô hình, nhóm phòng, chống bạo lực gia đình."
    )
    type_text(qtbot, dialog.source.filter, "phong su")  # no accents typed
    shown_items = [
        dialog.source.list.item(index).text()
        for index in range(dialog.source.list.count())
        if not dialog.source.list.item(index).isHidden()
    ]
    assert shown_items == [
        "Số lượng tuyên truyền tính bằng “phóng sự”",
        "Số phút tuyên truyền tính bằng “phóng sự”",
    ]


def test_the_form_a_report_follows_is_typed_and_saved(
    shown: Callable[[IndicatorEditor], IndicatorEditor], store: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(store))
    editor.report.setCurrentIndex(editor.report.findData(DV_STATISTICS))
    assert editor.form_fields.form_name.text() == ""  # nothing cited by default
    type_text(qtbot, editor.form_fields.form_name, "Biểu số 01")
    type_text(qtbot, editor.form_fields.legal_basis, "Công văn số 15/SVHTTDL-GĐ")
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.form_fields.save_button, Qt.MouseButton.LeftButton)
    with store.reading() as session:
        assert load_report_form(session, DV_STATISTICS) == ReportFormInput(
            "Biểu số 01", "Công văn số 15/SVHTTDL-GĐ"
        )
        assert load_report_form(session, GENDER_EQUALITY).is_empty
    editor.report.setCurrentIndex(editor.report.findData(GENDER_EQUALITY))
    assert editor.form_fields.form_name.text() == ""
    editor.report.setCurrentIndex(editor.report.findData(DV_STATISTICS))
    assert editor.form_fields.form_name.text() == "Biểu số 01"


@pytest.fixture
def accounts_made(store: Store, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setattr(passwords, "current_cost", passwords.KdfCost(log2_n=10, r=8, p=1))
    setup = accounts.create_first_administrator(store, "quantri", "Nguyễn Văn Quản", "Quan tri 2024")
    accounts.create_account(setup.session, "canbo", "Lò Thị Mai", Role.CASE_OFFICER, "Can bo xa 2024")
    accounts.sign_out(setup.session)
    return store


def _sign_in_as(qtbot: QtBot, username: str, password: str) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SignInDialog)
        type_text(qtbot, dialog.card.username, username)
        type_text(qtbot, dialog.card.password, password)
        qtbot.mouseClick(dialog.card.button, Qt.MouseButton.LeftButton)

    when_modal(SignInDialog, fill)


def _forms(store: Store) -> dict[str, DvForm | None]:
    with store.reading() as session:
        return {act.code: act.dv_form for act in list_dv_acts(session)}


def test_an_administrator_changes_which_form_an_act_counts_under(
    shown: Callable[[IndicatorEditor], IndicatorEditor], accounts_made: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(accounts_made))
    editor.resize(1100, 700)
    assert not editor.dv_forms.isVisible()  # only beside the DV statistics
    editor.report.setCurrentIndex(editor.report.findData(DV_STATISTICS))
    assert editor.dv_forms.isVisible()
    qtbot.waitUntil(lambda: editor.dv_forms.edit_button.height() > 0)  # laid out in the resized editor
    table = editor.dv_forms.table
    points = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert points[:6] == ["a", "b", "c", "d", "đ", "e"] and len(points) == 16
    assert table.item(points.index("l"), 2).text() == "Bạo lực tinh thần"

    _sign_in_as(qtbot, "quantri", "Quan tri 2024")

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, DvFormDialog)
        combo = dialog.combos[points.index("l")]
        combo.setCurrentIndex(combo.findData(""))  # the administrator leaves forced marriage out
        save(dialog)

    when_modal(DvFormDialog, choose)
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.dv_forms.edit_button, Qt.MouseButton.LeftButton)
    assert _forms(accounts_made)["l"] is None
    assert table.item(points.index("l"), 2).text() == "(không tính vào hình thức nào)"
    assert editor.dv_forms.message.text() == "Đã lưu hình thức của 1 hành vi."
    (problem,) = editor.problems()
    assert "(Điểm l khoản 1 Điều 3) chưa gắn hình thức bạo lực" in problem


def test_a_case_officer_cannot_change_the_forms(
    shown: Callable[[IndicatorEditor], IndicatorEditor], accounts_made: Store, qtbot: QtBot
) -> None:
    editor = shown(IndicatorEditor(accounts_made))
    editor.resize(1100, 700)
    editor.report.setCurrentIndex(editor.report.findData(DV_STATISTICS))
    qtbot.waitUntil(lambda: editor.dv_forms.edit_button.height() > 0)
    before = _forms(accounts_made)
    _sign_in_as(qtbot, "canbo", "Can bo xa 2024")
    qtbot.mouseClick(editor.dv_forms.edit_button, Qt.MouseButton.LeftButton)
    assert editor.dv_forms.message.text() == (
        "Chỉ quản trị viên được sửa hình thức bạo lực theo hành vi "
        "(tài khoản vừa đăng nhập: Lò Thị Mai, cán bộ phụ trách hồ sơ)."
    )
    assert _forms(accounts_made) == before
