"""Địa chỉ tin cậy – nhà tạm lánh: the commune's registry with capacity, places in use today and free
places; add, edit, stop using / use again. For administrators and case officers (no survivor data here:
only counts of ongoing shelter stays)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.cases.trusted import (
    TrustedAddressRow,
    list_trusted_addresses,
    set_trusted_address_active,
)
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.dialogs.trusted_address_form import TrustedAddressDialog, translated_kind
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import read_only_table, show_message, styled_label
from gender_equality_desk.gui.widgets.case_inputs import DATE_FORMAT

NUMBER_COLUMNS = (4, 5, 6)


class TrustedAddressPanel(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._auth: AuthSession | None = None
        self.rows: list[TrustedAddressRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(
            styled_label(translate("TrustedAddressPanel", "Địa chỉ tin cậy – nhà tạm lánh"), "section")
        )
        bar.addStretch(1)
        self.show_inactive = QCheckBox(translate("TrustedAddressPanel", "Hiện cả địa chỉ đã ngừng sử dụng"))
        self.show_inactive.setObjectName("showInactiveAddresses")
        self.add_button = QPushButton(translate("TrustedAddressPanel", "Thêm địa chỉ…"))
        self.add_button.setObjectName("addTrustedAddressButton")
        self.edit_button = QPushButton(translate("TrustedAddressPanel", "Sửa…"))
        self.edit_button.setObjectName("editTrustedAddressButton")
        self.toggle_button = QPushButton(translate("TrustedAddressPanel", "Ngừng sử dụng"))
        self.toggle_button.setObjectName("toggleTrustedAddressButton")
        for widget in (self.show_inactive, self.add_button, self.edit_button, self.toggle_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        headings = [
            translate("TrustedAddressPanel", "Tên địa chỉ"),
            translate("TrustedAddressPanel", "Loại"),
            translate("TrustedAddressPanel", "Thôn"),
            translate("TrustedAddressPanel", "Liên hệ"),
            translate("TrustedAddressPanel", "Sức chứa"),
            translate("TrustedAddressPanel", "Đang dùng"),
            translate("TrustedAddressPanel", "Còn trống"),
            translate("TrustedAddressPanel", "Ngày công nhận"),
            translate("TrustedAddressPanel", "Trạng thái"),
        ]
        self.table = read_only_table("trustedAddressTable", headings)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.summary = styled_label("", "muted", wrap=True)
        self.summary.setObjectName("trustedAddressSummary")
        layout.addWidget(self.summary)
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("trustedAddressMessage")
        layout.addWidget(self.message)
        self.show_inactive.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add_address)
        self.edit_button.clicked.connect(self.edit_address)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self.edit_address())

    def set_session(self, auth: AuthSession | None) -> None:
        self._auth = auth
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        current = self.selected()
        self.rows = []
        if self._auth is not None and self._auth.is_open:
            self.rows = list_trusted_addresses(
                self._auth, on=self._today, active_only=not self.show_inactive.isChecked()
            )
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            values = (
                row.name,
                translated_kind(row.kind),
                row.village,
                row.contact,
                str(row.capacity),
                str(row.in_use),
                str(row.free_places),
                row.registered_on.strftime(DATE_FORMAT) if row.registered_on else "",
                translate("TrustedAddressPanel", "Đang sử dụng")
                if row.is_active
                else translate("TrustedAddressPanel", "Ngừng sử dụng"),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column in NUMBER_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 6 and row.is_active and row.free_places == 0:
                    item.setForeground(Qt.GlobalColor.red)
                    item.setToolTip(translate("TrustedAddressPanel", "Đã hết chỗ"))
                if not row.is_active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(index, column, item)
            if current is not None and row.id == current.id:
                self.table.selectRow(index)
        active = [row for row in self.rows if row.is_active]
        self.summary.setText(
            translate(
                "TrustedAddressPanel",
                "{count} địa chỉ đang sử dụng: {capacity} chỗ, {in_use} người đang tạm lánh, còn trống {free} chỗ.",  # noqa: E501
            ).format(
                count=len(active),
                capacity=sum(row.capacity for row in active),
                in_use=sum(row.in_use for row in active),
                free=sum(row.free_places for row in active),
            )
            if self.rows
            else translate(
                "TrustedAddressPanel",
                "Chưa có địa chỉ tin cậy nào. Bấm “Thêm địa chỉ…” để đăng ký địa chỉ đầu tiên.",
            )
        )
        self._update_buttons()

    def selected(self) -> TrustedAddressRow | None:
        index = self.table.currentRow()
        model = self.table.selectionModel()
        chosen = model is not None and model.hasSelection()
        return self.rows[index] if chosen and 0 <= index < len(self.rows) else None

    def select_id(self, address_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.id == address_id:
                self.table.selectRow(index)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.toggle_button.setEnabled(row is not None)
        self.toggle_button.setText(
            translate("TrustedAddressPanel", "Dùng lại")
            if row is not None and not row.is_active
            else translate("TrustedAddressPanel", "Ngừng sử dụng")
        )

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)

    def _run(self, row: TrustedAddressRow | None) -> None:
        if self._auth is None:
            return
        dialog = TrustedAddressDialog(self._auth, self._today, row, self)
        saved = dialog.exec()
        saved_id, name = dialog.saved_id, dialog.name.text().strip()
        dialog.deleteLater()
        if saved and saved_id is not None:
            self.refresh()
            self.select_id(saved_id)
            self._say(translate("TrustedAddressPanel", "Đã lưu địa chỉ “{name}”.").format(name=name))

    def add_address(self) -> None:
        self._run(None)

    def edit_address(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(row)

    def toggle_active(self) -> None:
        row = self.selected()
        if self._auth is None or row is None:
            return
        try:
            set_trusted_address_active(self._auth, row.id, not row.is_active)
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        if row.is_active:
            done = translate(
                "TrustedAddressPanel",
                "Đã ngừng sử dụng “{name}”: không còn được chọn khi bố trí tạm lánh; {in_use} người đang tạm lánh vẫn được ghi nhận.",  # noqa: E501
            ).format(name=row.name, in_use=row.in_use)
        else:
            done = translate("TrustedAddressPanel", "Đã dùng lại “{name}”.").format(name=row.name)
        self.refresh()
        self._say(done)
