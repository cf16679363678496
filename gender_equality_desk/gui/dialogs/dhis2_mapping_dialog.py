"""Mã DHIS2: which DHIS2 data element (and category option combo) each indicator of a report kind is sent
as. One row per indicator of the round; the officer pastes the identifiers from DHIS2 and saves the whole
table at once (core.province.dhis2.apply_mappings): an emptied row is no longer sent, a wrong identifier
is refused with the row named and nothing saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.consolidation import IndicatorLine
from gender_equality_desk.core.province.dhis2 import MappingRow, apply_mappings, list_mappings
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import show_message, styled_label

CODE, LABEL, ELEMENT, COMBO = range(4)


class Dhis2MappingDialog(QDialog):
    def __init__(
        self, store: Store, kind: str, lines: tuple[IndicatorLine, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dhis2MappingDialog")
        self.setWindowTitle(translate("Dhis2MappingDialog", "Mã DHIS2 của các chỉ tiêu"))
        self.resize(900, 560)
        self._store = store
        self._kind = kind
        self._lines = lines
        box = QVBoxLayout(self)
        box.addWidget(
            styled_label(
                translate(
                    "Dhis2MappingDialog",
                    "Chép mã phần tử dữ liệu (data element, 11 ký tự) của từng chỉ tiêu từ DHIS2 (Bảo trì → "
                    "Phần tử dữ liệu); thêm mã tổ hợp phân tổ (category option combo) nếu phần tử dữ liệu "
                    "có phân tổ, ví dụ Nữ. Để trống một dòng: chỉ tiêu đó không được gửi.",
                ),
                wrap=True,
            )
        )
        self.table = QTableWidget(len(lines), 4)
        self.table.setObjectName("dhis2MappingTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("Dhis2MappingDialog", "Mã chỉ tiêu"),
                translate("Dhis2MappingDialog", "Chỉ tiêu"),
                translate("Dhis2MappingDialog", "Phần tử dữ liệu (data element)"),
                translate("Dhis2MappingDialog", "Tổ hợp phân tổ (category option combo)"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self._fill()
        box.addWidget(self.table, 1)
        self.message = styled_label("", wrap=True)
        self.message.setObjectName("dhis2MappingMessage")
        box.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("Dhis2MappingDialog", "Lưu"))
        close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(translate("Dhis2MappingDialog", "Đóng"))
        # Enter commits the cell being typed in; as the default button it also saved the dialog, before the
        # cell's new text had reached the table (the delegate commits it a moment later).
        for button in (save, close):
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _fill(self) -> None:
        with self._store.reading() as session:
            mapped = {row.indicator_code: row for row in list_mappings(session, self._kind)}
        for index, line in enumerate(self._lines):
            current = mapped.get(line.code)
            for column, text, editable in (
                (CODE, line.code, False),
                (LABEL, line.heading, False),
                (ELEMENT, current.data_element if current else "", True),
                (COMBO, current.category_option_combo if current else "", True),
            ):
                item = QTableWidgetItem(text)
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(text)
                self.table.setItem(index, column, item)

    def rows(self) -> list[MappingRow]:
        """The table as the officer left it."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [
            MappingRow(self._kind, line.code, text(index, ELEMENT), text(index, COMBO))
            for index, line in enumerate(self._lines)
        ]

    def save(self) -> None:
        try:
            with self._store.transaction() as session:
                apply_mappings(session, self._kind, self.rows())
        except UserFacingError as error:
            show_message(self.message, str(error), error=True)
            return
        self.accept()
