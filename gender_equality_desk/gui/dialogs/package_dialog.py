"""Gói dữ liệu: send a period's records to another PC or the higher level, or receive a package.

Sending writes the signed package to a temporary file and copies it, verified, onto the chosen USB stick
or folder, optionally with anonymised case statistics or (administrator only) the still-encrypted cases
(gui/widgets/package_case_options). Receiving is gui/widgets/package_receive. `changed` tells the caller
to refresh every page (DataChange.EVERYTHING); `data_changed` carries the DataChange values themselves,
ACCOUNTS_REPLACED first when encrypted cases replaced every account (every open case session must end).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.package_statistics import STATISTICS_PART
from gender_equality_desk.core.exchange.packages import (
    export_package,
    package_file_name,
)
from gender_equality_desk.core.exchange.usb import Drive, copy_verified, list_drives
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.sign_in_dialog import ask_sign_in
from gender_equality_desk.gui.dialogs.transfer_code_dialog import TransferCodeDialog
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange
from gender_equality_desk.gui.widgets.basics import show_message, styled_label
from gender_equality_desk.gui.widgets.package_case_options import PackageCaseOptions, SignIn
from gender_equality_desk.gui.widgets.package_receive import PackageReceivePanel

SEND_TAB, RECEIVE_TAB = 0, 1
DIALOG_SIZE = (1000, 640)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setFixedWidth(150)  # a date needs no more; the row of places below takes the width
    return edit


class PackageDialog(QDialog):
    changed = Signal()
    data_changed = Signal(str)  # a DataChange value

    def __init__(
        self,
        store: Store,
        layout: DataLayout,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        drives: Callable[[], list[Drive]] = list_drives,
        sign_in: SignIn = ask_sign_in,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        self._drives = drives
        self._sign_in = sign_in
        self.transfer_code_dialog: TransferCodeDialog | None = None  # open once cases were sent
        self.setWindowTitle(translate("PackageDialog", "Gói dữ liệu"))
        self.resize(*DIALOG_SIZE)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_send(today()), translate("PackageDialog", "Gửi gói dữ liệu"))
        self.receive = PackageReceivePanel(store, layout, sign_in)
        self.receive.accounts_replaced.connect(self._accounts_replaced)
        self.receive.changed.connect(self.changed)
        self.receive.changed.connect(lambda: self.data_changed.emit(DataChange.EVERYTHING.value))
        self.tabs.addTab(self.receive, translate("PackageDialog", "Nhận gói dữ liệu"))
        box.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close_button = QPushButton(translate("PackageDialog", "Đóng"))
        close_button.clicked.connect(self.accept)
        buttons.addWidget(close_button)
        box.addLayout(buttons)

    # -- sending ------------------------------------------------------------------------------------

    def _build_send(self, today: date) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(styled_label(translate("PackageDialog",
            "Gói dữ liệu chứa các hoạt động, sự kiện tuyên truyền (kèm khẩu hiệu, địa điểm, tệp minh chứng) "
            "của khoảng thời gian đã chọn, có chữ ký số của máy này. Hồ sơ vụ việc chỉ đi kèm khi bạn chọn "
            "bên dưới. Dùng để chuyển dữ liệu sang máy mới hoặc gửi lên cấp trên."),
            "muted", wrap=True))  # fmt: skip
        form = QFormLayout()
        self.start_edit = _date_edit(date(today.year, 1, 1), "packageStart")
        self.end_edit = _date_edit(today, "packageEnd")
        form.addRow(translate("PackageDialog", "Từ ngày"), self.start_edit)
        form.addRow(translate("PackageDialog", "Đến ngày"), self.end_edit)
        places = QHBoxLayout()
        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("driveCombo")
        self.drive_combo.setMinimumWidth(360)
        refresh = QPushButton(translate("PackageDialog", "Làm mới"))
        refresh.clicked.connect(self.refresh_drives)
        other = QPushButton(translate("PackageDialog", "Thư mục khác…"))
        other.clicked.connect(self._pick_folder)
        places.addWidget(self.drive_combo, 1)
        places.addWidget(refresh)
        places.addWidget(other)
        form.addRow(translate("PackageDialog", "Lưu vào"), places)
        box.addLayout(form)
        self.case_options = PackageCaseOptions(self._store, self._sign_in, page)
        box.addWidget(self.case_options)
        send_row = QHBoxLayout()
        self.send_button = QPushButton(translate("PackageDialog", "Xuất gói dữ liệu"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self._send_to_chosen)
        send_row.addWidget(self.send_button)
        send_row.addStretch(1)
        box.addLayout(send_row)
        self.send_message = styled_label("", wrap=True)
        self.send_message.setObjectName("sendMessage")
        self.send_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.send_message)
        box.addStretch(1)
        self.refresh_drives()
        return page

    def refresh_drives(self) -> None:
        self.drive_combo.clear()
        for drive in self._drives():
            kind = (
                translate("PackageDialog", "USB") if drive.removable else translate("PackageDialog", "Ổ đĩa")
            )
            self.drive_combo.addItem(f"{kind} {drive.label} ({drive.path})", str(drive.path))
        if self.drive_combo.count() == 0:
            self.drive_combo.addItem(
                translate("PackageDialog", "Chưa thấy USB — cắm USB rồi bấm Làm mới, hoặc chọn thư mục"), ""
            )

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("PackageDialog", "Chọn thư mục lưu gói dữ liệu"), str(Path.home())
        )
        if chosen:
            self.drive_combo.insertItem(0, chosen, chosen)
            self.drive_combo.setCurrentIndex(0)

    def _send_to_chosen(self) -> None:
        folder = self.drive_combo.currentData()
        if not folder:
            show_message(
                self.send_message,
                translate("PackageDialog", "Chưa chọn nơi lưu. Hãy cắm USB hoặc chọn thư mục."),
                error=True,
                calm_role="",
            )
            return
        self.send_to(Path(folder))

    def send_to(self, folder: Path) -> Path | None:
        """Export the chosen period and copy the package, verified, into `folder`; the case data it
        carries is written to the audit log only once the copy succeeded."""
        start, end = _day(self.start_edit), _day(self.end_edit)
        unconfirmed = self.case_options.unconfirmed()
        if unconfirmed is not None:
            show_message(self.send_message, unconfirmed, error=True, calm_role="")
            return None
        name = package_file_name(start, end, with_encrypted_cases=self.case_options.with_encrypted_cases)
        try:
            with tempfile.TemporaryDirectory(prefix="gedesk-send-") as temp:
                extensions = self.case_options.parts(start, end)
                with self._store.reading() as session:
                    summary = export_package(
                        session, self._layout, start, end, Path(temp) / name, extensions=extensions
                    )
                target = copy_verified(summary.path, folder, name)
            self.case_options.record_exported(extensions)
        except (UserFacingError, OSError) as error:
            show_message(self.send_message, str(error), error=True, calm_role="")
            return None
        show_message(self.send_message, translate("PackageDialog",
            "Đã lưu {path}: {activities} hoạt động, {events} sự kiện tuyên truyền, {files} tệp minh chứng.\n"
            "Mã khóa ký của máy này: {key} — nơi nhận sẽ thấy mã này khi nhập gói.").format(
                path=target, activities=format_number(summary.counts.get("activity", 0)),
                events=format_number(summary.counts.get("propaganda_event", 0)),
                files=format_number(summary.attachment_files), key=summary.key_fingerprint)
            + "".join(f"\n{self._part_note(part.name)}" for part in extensions), calm_role="")  # fmt: skip
        codes = [part.transfer_code for part in extensions if part.transfer_code]
        if codes:  # only now that the package is safely written: a failed export shows no code
            self.transfer_code_dialog = TransferCodeDialog(codes[0], self)
            self.transfer_code_dialog.open()  # window-modal: the send tab waits until it is written down
        return target

    def _part_note(self, name: str) -> str:
        if name == STATISTICS_PART:
            return translate("PackageDialog", "Kèm số liệu thống kê vụ việc (ẩn danh, số nhỏ đã ẩn).")
        return translate(
            "PackageDialog",
            "Kèm hồ sơ hỗ trợ đã mã hóa và dữ liệu đăng nhập của mọi tài khoản, khóa bằng mã chuyển máy "
            "(chỉ hiện một lần, máy mới sẽ hỏi): chỉ chép sang máy mới, không gửi lên cấp trên. Nhập xong ở "
            "máy mới thì xóa gói khỏi USB.",
        )

    def _accounts_replaced(self) -> None:
        self.case_options.forget_replaced_session()  # signed in on the send tab with an account now gone
        self.data_changed.emit(DataChange.ACCOUNTS_REPLACED.value)

    def done(self, result: int) -> None:
        """Closing signs out whoever signed in here (the data key leaves memory)."""
        self.case_options.sign_out()
        self.receive.sign_out()
        super().done(result)
