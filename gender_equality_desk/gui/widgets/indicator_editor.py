"""Cài đặt → Chỉ tiêu báo cáo: rows of the reports' indicator tables (six-month and annual, DV statistics,
Action Month), edited to match the province's form.

Beside the rows: the form the report cites (printed only when filled), the problems of the rows as they
stand (a kind counted by no row or by two, a breakdown that cannot add up: core/reports/coverage.py; shown,
never blocking a save), and for the DV statistics the act → form mapping the form rows are counted from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.reports.action_month import ACTION_MONTH
from gender_equality_desk.core.reports.coverage import check_report
from gender_equality_desk.core.reports.indicator_sources import parts
from gender_equality_desk.core.reports.indicators import (
    IndicatorInput,
    IndicatorRow,
    add_indicator,
    check_indicator,
    known_sources,
    list_indicators,
    move_indicator,
    set_indicator_active,
    update_indicator,
)
from gender_equality_desk.core.reports.period_report import DV_STATISTICS, GENDER_EQUALITY
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import read_only_table, styled_label
from gender_equality_desk.gui.widgets.dv_form_mapping import DvFormMapping, SignIn
from gender_equality_desk.gui.widgets.indicator_source_picker import SourcePicker
from gender_equality_desk.gui.widgets.report_form_fields import ReportFormFields


def _reports() -> tuple[tuple[str, str], ...]:
    """The reports whose rows can be edited, named in the UI language (their kind keys are data)."""
    return (
        (GENDER_EQUALITY, translate("IndicatorEditor", "Báo cáo công tác bình đẳng giới (6 tháng, năm)")),
        (DV_STATISTICS, translate("IndicatorEditor", "Thống kê bạo lực gia đình")),
        (ACTION_MONTH, translate("IndicatorEditor", "Báo cáo kết quả Tháng hành động")),
    )


def _hand_filled() -> str:
    return translate("IndicatorEditor", "(cán bộ tự điền)")


def _columns() -> list[str]:
    return [
        translate("IndicatorEditor", "TT"),
        translate("IndicatorEditor", "Chỉ tiêu"),
        translate("IndicatorEditor", "Đơn vị tính"),
        translate("IndicatorEditor", "Nguồn số liệu"),
        translate("IndicatorEditor", "Ghi chú"),
    ]


class IndicatorDialog(QDialog):
    """Add or edit one row; the core checks it and the message shows under the fields."""

    def __init__(
        self,
        row: IndicatorRow | None,
        parent: QWidget | None = None,
        sources: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources = known_sources() if sources is None else sources
        self.setWindowTitle(
            translate("IndicatorDialog", "Sửa chỉ tiêu")
            if row
            else translate("IndicatorDialog", "Thêm chỉ tiêu")
        )
        self.setMinimumWidth(720)
        self.number = QLineEdit(row.number if row else "")
        self.label = QLineEdit(row.label if row else "")
        self.label.setObjectName("indicatorLabel")
        self.unit = QLineEdit(row.unit if row else "")
        self.level = QSpinBox()
        self.level.setRange(0, 3)
        self.level.setValue(row.level if row else 0)
        self.is_group = QCheckBox(
            translate("IndicatorDialog", "Dòng tiêu đề nhóm (in đậm, không có số liệu)")
        )
        self.is_group.setChecked(row.is_group if row else False)
        self.source = SourcePicker(self._sources, row.source if row else "")
        self.note = QLineEdit(row.note if row else "")
        self.message = styled_label("", "error", wrap=True)
        self.message.setObjectName("indicatorMessage")
        self.message.hide()
        form = QFormLayout()
        form.addRow(translate("IndicatorDialog", "Số thứ tự (TT):"), self.number)
        form.addRow(translate("IndicatorDialog", "Tên chỉ tiêu:"), self.label)
        form.addRow(translate("IndicatorDialog", "Đơn vị tính:"), self.unit)
        form.addRow(translate("IndicatorDialog", "Mức thụt lề:"), self.level)
        form.addRow("", self.is_group)
        form.addRow(translate("IndicatorDialog", "Nguồn số liệu (chọn nhiều thì cộng lại):"), self.source)
        form.addRow(translate("IndicatorDialog", "Ghi chú:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)

    def value(self) -> IndicatorInput:
        return IndicatorInput(
            label=self.label.text(),
            number=self.number.text(),
            unit=self.unit.text(),
            level=self.level.value(),
            is_group=self.is_group.isChecked(),
            source=self.source.source(),
            note=self.note.text(),
        )

    def _accept_if_valid(self) -> None:
        problem = check_indicator(self.value(), self._sources)
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        self.accept()


class IndicatorEditor(QWidget):
    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None, *, sign_in: SignIn | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[IndicatorRow] = []
        self._sources: dict[str, str] = {}
        self.report = QComboBox()
        self.report.setObjectName("indicatorReport")
        for kind, label in _reports():
            self.report.addItem(label, kind)
        self.report.currentIndexChanged.connect(self.reload)
        self.table = read_only_table("indicatorTable", _columns())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Compound sources are long: a fixed width (the officer may drag it), the whole text as a tooltip.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 320)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.message = styled_label("", "error", wrap=True)
        self.message.hide()
        self.warnings = styled_label("", "error", wrap=True)
        self.warnings.setObjectName("indicatorWarnings")
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.warnings_area = QScrollArea()
        self.warnings_area.setObjectName("indicatorWarningsArea")
        self.warnings_area.setWidget(self.warnings)
        self.warnings_area.setWidgetResizable(True)
        self.warnings_area.setMaximumHeight(120)
        self.warnings_area.hide()
        self.form_fields = ReportFormFields(store)
        self.form_fields.changed.connect(self.changed)
        self.dv_forms = DvFormMapping(store, sign_in) if sign_in else DvFormMapping(store)
        self.dv_forms.changed.connect(self._dv_forms_changed)

        buttons = QHBoxLayout()
        for name, text, slot in (
            ("indicatorAdd", translate("IndicatorEditor", "Thêm dòng…"), self.add_row),
            ("indicatorEdit", translate("IndicatorEditor", "Sửa…"), self.edit_selected),
            ("indicatorUp", translate("IndicatorEditor", "Lên"), lambda: self.move_selected(-1)),
            ("indicatorDown", translate("IndicatorEditor", "Xuống"), lambda: self.move_selected(1)),
            ("indicatorToggle", translate("IndicatorEditor", "Ẩn / hiện"), self.toggle_selected),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(styled_label(translate("IndicatorEditor", "Biểu:")))
        top.addWidget(self.report, 1)
        box.addLayout(top)
        box.addWidget(
            styled_label(
                translate(
                    "IndicatorEditor",
                    "Sửa tên, đơn vị, thứ tự các dòng cho khớp mẫu báo cáo của tỉnh. Dòng có nguồn số liệu "
                    "được máy tự tính; dòng “cán bộ tự điền” để trống cho cán bộ ghi. "
                    "Dòng bị ẩn không in ra báo cáo.",
                ),
                "muted",
                wrap=True,
            )
        )
        box.addWidget(self.form_fields)
        rows = QWidget()
        rows_box = QVBoxLayout(rows)
        rows_box.setContentsMargins(0, 0, 0, 0)
        rows_box.addWidget(self.table, 1)
        rows_box.addWidget(self.warnings_area)
        rows_box.addWidget(self.message)
        rows_box.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(rows)
        self.splitter.addWidget(self.dv_forms)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        box.addWidget(self.splitter, 1)
        self.reload()

    def report_kind(self) -> str:
        return str(self.report.currentData())

    def reload(self) -> None:
        kind = self.report_kind()
        with self._store.reading() as session:
            self._rows = list_indicators(session, kind, include_inactive=True)
            self._sources = known_sources(session)
            problems = check_report(session, kind)
        self.form_fields.show_report(kind)
        self.dv_forms.setVisible(kind == DV_STATISTICS)
        self._show_problems(problems)
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            source = (
                " + ".join(self._sources.get(key, key) for key in parts(row.source))
                if row.source
                else _hand_filled()
            )
            cells = (
                row.number,
                "    " * row.level + row.label,
                row.unit,
                "" if row.is_group and not row.source else source,
                row.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                font = item.font()
                font.setBold(row.is_group)
                font.setStrikeOut(not row.is_active)
                item.setFont(font)
                if not row.is_active:
                    item.setToolTip(translate("IndicatorEditor", "Dòng này đang ẩn, không in ra báo cáo."))
                elif column in (1, 3):
                    item.setToolTip(text.strip())
                self.table.setItem(index, column, item)

    def problems(self) -> list[str]:
        """The warnings shown under the table (empty when the rows count everything once and add up)."""
        text = self.warnings.text()
        return [line.removeprefix("• ") for line in text.splitlines()[1:]] if text else []

    def _show_problems(self, problems: list[str]) -> None:
        if not problems:
            self.warnings.setText("")
            self.warnings_area.hide()
            return
        heading = translate("IndicatorEditor", "Cần xem lại trước khi lập báo cáo (vẫn lưu được):")
        self.warnings.setText("\n".join([heading, *(f"• {problem}" for problem in problems)]))
        self.warnings_area.show()

    def _dv_forms_changed(self) -> None:
        with self._store.reading() as session:
            self._show_problems(check_report(session, self.report_kind()))
        self.changed.emit()

    def selected(self) -> IndicatorRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def select_row(self, row_id: int) -> None:
        for index, row in enumerate(self._rows):
            if row.id == row_id:
                self.table.selectRow(index)

    def add_row(self) -> None:
        dialog = self.dialog_for(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(lambda session: add_indicator(session, self.report_kind(), dialog.value()).id)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = self.dialog_for(row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save(lambda session: update_indicator(session, row.id, dialog.value()).id)

    def move_selected(self, steps: int) -> None:
        row = self.selected()
        if row is not None:

            def move(session: Session) -> int:
                move_indicator(session, row.id, steps)
                return row.id

            self._save(move)

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is not None:

            def toggle(session: Session) -> int:
                set_indicator_active(session, row.id, not row.is_active)
                return row.id

            self._save(toggle)

    def dialog_for(self, row: IndicatorRow | None) -> IndicatorDialog:
        """A separate method so tests can fill the dialog before it is shown."""
        return IndicatorDialog(row, self, self._sources)

    def _save(self, change: Callable[[Session], int]) -> None:
        try:
            with self._store.transaction() as session:
                row_id = change(session)
        except UserFacingError as error:
            self.message.setText(str(error))
            self.message.show()
            return
        self.message.hide()
        self.reload()
        self.select_row(row_id)
        self.changed.emit()
