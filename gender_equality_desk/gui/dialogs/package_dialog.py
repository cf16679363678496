"""Gói dữ liệu: send a period's records to another PC or the higher level, or receive a package.

Sending writes the signed package to a temporary file and copies it, verified, onto the chosen USB stick
or folder. Receiving checks the signature and every hash first, then previews new / changed /
conflicting records; conflicts are only taken when the officer ticks them. `changed` tells the caller
to refresh every page (DataChange.EVERYTHING).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.packages import (
    MergeStatus,
    PackagePreview,
    VerifiedPackage,
    apply_package,
    export_package,
    open_package,
    package_file_name,
    preview_package,
)
from gender_equality_desk.core.exchange.usb import Drive, copy_verified, list_drives
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.formatting import format_date, format_number
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.widgets.basics import set_role, styled_label

SEND_TAB, RECEIVE_TAB = 0, 1
STATUS_COLUMN, TYPE_COLUMN, TITLE_COLUMN, DAY_COLUMN, DETAIL_COLUMN = range(5)
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
DIALOG_SIZE = (1000, 600)
_TYPES = {"activity": "Hoạt động", "propaganda_event": "Tuyên truyền"}
_ORDER = [
    MergeStatus.CONFLICT,
    MergeStatus.CHANGED,
    MergeStatus.NEW,
    MergeStatus.LOCAL_NEWER,
    MergeStatus.SAME,
]


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


def _message(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setText(text)
    set_role(label, "error" if error else "")


class PackageDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        store: Store,
        layout: DataLayout,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        drives: Callable[[], list[Drive]] = list_drives,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        self._drives = drives
        self._package: VerifiedPackage | None = None
        self.setWindowTitle(self.tr("Gói dữ liệu"))
        self.resize(*DIALOG_SIZE)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_send(today()), self.tr("Gửi gói dữ liệu"))
        self.tabs.addTab(self._build_receive(), self.tr("Nhận gói dữ liệu"))
        box.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close_button = QPushButton(self.tr("Đóng"))
        close_button.clicked.connect(self.accept)
        buttons.addWidget(close_button)
        box.addLayout(buttons)

    # -- sending ------------------------------------------------------------------------------------

    def _build_send(self, today: date) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(styled_label(self.tr(
            "Gói dữ liệu chứa các hoạt động, sự kiện tuyên truyền (kèm khẩu hiệu, địa điểm, tệp minh chứng) "
            "của khoảng thời gian đã chọn, có chữ ký số của máy này. Không bao giờ chứa hồ sơ vụ việc. "
            "Dùng để chuyển dữ liệu sang máy mới hoặc gửi lên cấp trên."), "muted", wrap=True))  # fmt: skip
        form = QFormLayout()
        self.start_edit = _date_edit(date(today.year, 1, 1), "packageStart")
        self.end_edit = _date_edit(today, "packageEnd")
        form.addRow(self.tr("Từ ngày"), self.start_edit)
        form.addRow(self.tr("Đến ngày"), self.end_edit)
        places = QHBoxLayout()
        self.drive_combo = QComboBox()
        self.drive_combo.setObjectName("driveCombo")
        self.drive_combo.setMinimumWidth(360)
        refresh = QPushButton(self.tr("Làm mới"))
        refresh.clicked.connect(self.refresh_drives)
        other = QPushButton(self.tr("Thư mục khác…"))
        other.clicked.connect(self._pick_folder)
        places.addWidget(self.drive_combo, 1)
        places.addWidget(refresh)
        places.addWidget(other)
        form.addRow(self.tr("Lưu vào"), places)
        box.addLayout(form)
        send_row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Xuất gói dữ liệu"))
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
            kind = self.tr("USB") if drive.removable else self.tr("Ổ đĩa")
            self.drive_combo.addItem(f"{kind} {drive.label} ({drive.path})", str(drive.path))
        if self.drive_combo.count() == 0:
            self.drive_combo.addItem(
                self.tr("Chưa thấy USB — cắm USB rồi bấm Làm mới, hoặc chọn thư mục"), ""
            )

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu gói dữ liệu"), str(Path.home())
        )
        if chosen:
            self.drive_combo.insertItem(0, chosen, chosen)
            self.drive_combo.setCurrentIndex(0)

    def _send_to_chosen(self) -> None:
        folder = self.drive_combo.currentData()
        if not folder:
            _message(
                self.send_message, self.tr("Chưa chọn nơi lưu. Hãy cắm USB hoặc chọn thư mục."), error=True
            )
            return
        self.send_to(Path(folder))

    def send_to(self, folder: Path) -> Path | None:
        """Export the chosen period and copy the package, verified, into `folder`."""
        start, end = _day(self.start_edit), _day(self.end_edit)
        name = package_file_name(start, end)
        try:
            with tempfile.TemporaryDirectory(prefix="gedesk-send-") as temp:
                with self._store.reading() as session:
                    summary = export_package(session, self._layout, start, end, Path(temp) / name)
                target = copy_verified(summary.path, folder, name)
        except (UserFacingError, OSError) as error:
            _message(self.send_message, str(error), error=True)
            return None
        _message(self.send_message, self.tr(
            "Đã lưu {path}: {activities} hoạt động, {events} sự kiện tuyên truyền, {files} tệp minh chứng.\n"
            "Mã khóa ký của máy này: {key} — nơi nhận sẽ thấy mã này khi nhập gói.").format(
                path=target, activities=format_number(summary.counts.get("activity", 0)),
                events=format_number(summary.counts.get("propaganda_event", 0)),
                files=format_number(summary.attachment_files), key=summary.key_fingerprint))  # fmt: skip
        return target

    # -- receiving ----------------------------------------------------------------------------------

    def _build_receive(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        top = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Chọn gói dữ liệu…"))
        self.open_button.setObjectName("openPackageButton")
        self.open_button.clicked.connect(self._pick_package)
        top.addWidget(self.open_button)
        top.addStretch(1)
        box.addLayout(top)
        self.receive_message = styled_label(self.tr("Chưa chọn gói."), wrap=True)
        self.receive_message.setObjectName("receiveMessage")
        box.addWidget(self.receive_message)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("packagePreview")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tình trạng"),
                self.tr("Loại"),
                self.tr("Nội dung"),
                self.tr("Ngày"),
                self.tr("Khác nhau"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.conflict_hint = styled_label("", "muted", wrap=True)
        bottom.addWidget(self.conflict_hint, 1)
        self.apply_button = QPushButton(self.tr("Nhập gói dữ liệu"))
        self.apply_button.setObjectName("applyPackageButton")
        self.apply_button.setProperty("primary", True)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        bottom.addWidget(self.apply_button)
        box.addLayout(bottom)
        return page

    def _pick_package(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Chọn gói dữ liệu"), str(Path.home()), self.tr("Gói dữ liệu (*.zip)")
        )
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> PackagePreview | None:
        """Verify `path` and show what importing it would do; writes nothing."""
        self._package = None
        self.table.setRowCount(0)
        self.apply_button.setEnabled(False)
        try:
            package = open_package(path)
            with self._store.reading() as session:
                preview = preview_package(session, self._layout, package)
        except UserFacingError as error:
            _message(self.receive_message, str(error), error=True)
            self.conflict_hint.setText("")
            return None
        self._package = package
        self._show(package, preview)
        return preview

    def _show(self, package: VerifiedPackage, preview: PackagePreview) -> None:
        counts = {status: len(preview.with_status(status)) for status in MergeStatus}
        catalogue = ", ".join(f"{n} {label}" for label, n in preview.new_catalogue_entries.items() if n)
        text = self.tr(
            "Gói của {commune}, từ {start} đến {end}. Chữ ký hợp lệ — mã khóa ký của nơi gửi: {key} "
            "(hãy đối chiếu với nơi gửi).\nMới {new}, sửa ở nơi gửi {changed}, xung đột {conflict}, "
            "không đổi {same}, máy này mới hơn {local}; {files} tệp minh chứng{catalogue}."
        )
        _message(
            self.receive_message,
            text.format(
                commune=package.commune or self.tr("đơn vị không rõ"),
                start=format_date(package.period_start),
                end=format_date(package.period_end),
                key=package.key_fingerprint,
                new=counts[MergeStatus.NEW],
                changed=counts[MergeStatus.CHANGED],
                conflict=counts[MergeStatus.CONFLICT],
                same=counts[MergeStatus.SAME],
                local=counts[MergeStatus.LOCAL_NEWER],
                files=preview.attachments_to_add,
                catalogue=f"; thêm vào danh mục: {catalogue}" if catalogue else "",
            ),
        )
        shown = [
            item
            for status in _ORDER
            if status is not MergeStatus.SAME
            for item in preview.with_status(status)
        ]
        self.table.setRowCount(len(shown))
        for row, item in enumerate(shown):
            status = item.status.label
            if item.status is MergeStatus.CONFLICT:
                side = self.tr("bản nhận mới hơn") if item.incoming_newer else self.tr("bản trên máy mới hơn")
                status = f"{status} ({side})"
            detail = ", ".join(item.changed_fields)
            cells = [status, _TYPES[item.table], item.title, format_date(item.day), detail]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == STATUS_COLUMN:
                    cell.setData(UUID_ROLE, item.uuid)
                    if item.status is MergeStatus.CONFLICT:
                        cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                        cell.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, column, cell)
        hint = self.tr(
            "Xung đột: bản ghi được sửa ở cả hai nơi. Đánh dấu ô ở cột Tình trạng để lấy bản sửa sau cùng; "
            "không đánh dấu thì giữ bản trên máy này."
        )
        self.conflict_hint.setText(hint if counts[MergeStatus.CONFLICT] else "")
        work = counts[MergeStatus.NEW] + counts[MergeStatus.CHANGED] + counts[MergeStatus.CONFLICT]
        self.apply_button.setEnabled(work > 0 or preview.attachments_to_add > 0)

    def confirmed_conflicts(self) -> set[str]:
        confirmed = set()
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, STATUS_COLUMN)
            checkable = cell is not None and bool(cell.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            if cell is not None and checkable and cell.checkState() == Qt.CheckState.Checked:
                confirmed.add(str(cell.data(UUID_ROLE)))
        return confirmed

    def apply(self) -> bool:
        package = self._package
        if package is None:
            return False
        try:
            result = apply_package(self._store, self._layout, package, self.confirmed_conflicts())
        except UserFacingError as error:
            _message(self.receive_message, self.tr("Chưa nhập gì: {error}").format(error=error), error=True)
            return False
        self.changed.emit()
        self.open_file(package.path)
        text = self.tr(
            "Đã nhập: {added} mới, {updated} cập nhật, {conflicts} xung đột lấy bản nhận, "
            "{files} tệp minh chứng."
        )
        _message(
            self.receive_message,
            text.format(
                added=format_number(result.added),
                updated=format_number(result.updated),
                conflicts=format_number(result.conflicts_applied),
                files=format_number(result.attachments_added),
            ),
        )
        return True
