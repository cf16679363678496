"""Restoring a backup: the list with a preview (date, rows per table) and a confirmation, and the start-up
dialog that explains a damaged store and offers the newest good backup.

Neither dialog replaces the store itself: the caller (gui.app) closes the window and the store first,
then restores `chosen` (see core.exchange.restore), so no connection ever sees the file change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.domain.clock import LOCAL_TZ
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.backup_format import (
    TABLE_LABELS,
    Manifest,
    case_files_not_carried,
    describe_counts,
)
from gender_equality_desk.core.exchange.backup_settings import load_settings
from gender_equality_desk.core.exchange.restore import BackupInfo, check_backup, list_backups
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments import format_size
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import card, styled_label

WHEN_COLUMN, REASON_COLUMN, ACTIVITIES_COLUMN, EVENTS_COLUMN, SIZE_COLUMN, PLACE_COLUMN = range(6)
INFO_ROLE = Qt.ItemDataRole.UserRole + 1
MAIN_TABLES = 4  # activities, propaganda events, attachments, campaigns
DIALOG_SIZE = (900, 560)  # leaves room around it on a 1366×768 screen


def when_text(manifest: Manifest) -> str:
    return f"{manifest.created_at.astimezone(LOCAL_TZ):%d/%m/%Y %H:%M}"


def preview_text(info: BackupInfo) -> str:
    """What the officer gets back: date, reason, rows per table, schema version, where the file is."""
    manifest = info.manifest
    lines = [
        translate("restore_dialog", "Sao lưu lúc {when} — {reason}.").format(
            when=when_text(manifest), reason=manifest.reason_label
        )
    ]
    counts = manifest.counts
    shown = [(label, counts[name]) for name, label in TABLE_LABELS.items() if name in counts]
    # The records first, one a line; the catalogues together on one line, so the preview stays short.
    lines += [f"• {label}: {format_number(count)}" for label, count in shown[:MAIN_TABLES]]
    if shown[MAIN_TABLES:]:
        lines.append(
            "• " + "; ".join(f"{label}: {format_number(count)}" for label, count in shown[MAIN_TABLES:])
        )
    if not_carried := case_files_not_carried(manifest):
        lines.append(
            translate(
                "restore_dialog",
                "Chú ý: bản sao lưu này được tạo trước khi ứng dụng sao lưu kèm tệp hồ sơ hỗ trợ: "
                "{n} tệp hồ sơ không có trong đó. Tệp hồ sơ đang có trong thư mục dữ liệu được giữ nguyên.",
            ).format(n=format_number(not_carried))
        )
    version = translate("restore_dialog", "Phiên bản dữ liệu: {revision} (ứng dụng {app}).")
    unknown = translate("restore_dialog", "không rõ")
    lines.append(version.format(revision=manifest.schema_revision or unknown, app=manifest.app_version))
    lines.append(translate("restore_dialog", "Tệp: {path}").format(path=info.path))
    return "\n".join(lines)


class RestoreDialog(QDialog):
    """Lists the backups (data folder and mirror); `chosen` is set when the officer confirms one."""

    def __init__(self, layout: DataLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = layout
        self.chosen: BackupInfo | None = None
        self.setWindowTitle(translate("RestoreDialog", "Khôi phục dữ liệu từ bản sao lưu"))
        self.resize(*DIALOG_SIZE)

        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(10)
        intro = styled_label(
            translate(
                "RestoreDialog",
                "Chọn bản sao lưu cần khôi phục. Dữ liệu hiện tại được sao lưu trước khi bị thay thế, "
                "nên luôn có thể quay lại.",
            ),
            "muted",
            wrap=True,
        )
        box.addWidget(intro)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("RestoreDialog", "Thời điểm"),
                translate("RestoreDialog", "Lý do"),
                translate("RestoreDialog", "Hoạt động"),
                translate("RestoreDialog", "Sự kiện TT"),
                translate("RestoreDialog", "Dung lượng"),
                translate("RestoreDialog", "Nơi lưu"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PLACE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_preview)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        box.addWidget(self.table, 3)

        frame = card(name="backupPreview")
        frame_box = QVBoxLayout(frame)
        frame_box.setContentsMargins(14, 10, 14, 10)
        self.preview = styled_label("", wrap=True)
        self.preview.setObjectName("backupPreviewText")
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        frame_box.addWidget(self.preview)
        box.addWidget(frame, 2)

        buttons = QHBoxLayout()
        self.other_button = QPushButton(translate("RestoreDialog", "Chọn tệp sao lưu khác…"))
        self.other_button.setToolTip(
            translate("RestoreDialog", "Một tệp sao lưu trên USB hoặc ở thư mục khác (.zip).")
        )
        self.other_button.clicked.connect(self.choose_file)
        self.restore_button = QPushButton(translate("RestoreDialog", "Khôi phục bản đã chọn"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setProperty("primary", True)
        self.restore_button.clicked.connect(self.restore_selected)
        close_button = QPushButton(translate("RestoreDialog", "Đóng"))
        close_button.clicked.connect(self.reject)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close_button)
        box.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        mirror = load_settings(self._layout).mirror_target()
        folders = [self._layout.backups] + ([mirror] if mirror is not None else [])
        infos = list_backups(*folders)
        self.table.setRowCount(0)
        for info in infos:
            self._append(info)
        if infos:
            self.table.selectRow(0)
        self._show_preview()

    def backups(self) -> list[BackupInfo]:
        return [self._info_at(row) for row in range(self.table.rowCount())]

    def _append(self, info: BackupInfo) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        counts = info.manifest.counts
        place = (
            translate("RestoreDialog", "Thư mục dữ liệu")
            if info.path.parent == self._layout.backups
            else str(info.path.parent)
        )
        cells = [
            when_text(info.manifest),
            info.manifest.reason_label,
            format_number(counts.get("activity", 0)),
            format_number(counts.get("propaganda_event", 0)),
            format_size(info.size_bytes),
            place,
        ]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(INFO_ROLE, info)
            if column in (ACTIVITIES_COLUMN, EVENTS_COLUMN, SIZE_COLUMN):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cell.setToolTip(str(info.path))
            self.table.setItem(row, column, cell)
        return row

    def _info_at(self, row: int) -> BackupInfo:
        item = self.table.item(row, WHEN_COLUMN)
        info = None if item is None else item.data(INFO_ROLE)
        assert isinstance(info, BackupInfo)
        return info

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._info_at(rows[0].row()) if rows else None

    def _show_preview(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None)
        if info is None:
            self.preview.setText(
                translate(
                    "RestoreDialog",
                    "Chưa có bản sao lưu nào trong thư mục dữ liệu. "
                    "Bấm “Chọn tệp sao lưu khác…” nếu có tệp trên USB.",
                )
                if self.table.rowCount() == 0
                else translate("RestoreDialog", "Chọn một bản sao lưu để xem nội dung.")
            )
            return
        self.preview.setText(preview_text(info))

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("RestoreDialog", "Chọn tệp sao lưu"),
            str(Path.home()),
            translate("RestoreDialog", "Tệp sao lưu (*.zip)"),
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        try:
            info = BackupInfo(path, check_backup(path))
        except UserFacingError as error:
            QMessageBox.warning(self, translate("RestoreDialog", "Không dùng được tệp này"), str(error))
            return
        self.table.selectRow(self._append(info))

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            check_backup(info.path)
        except UserFacingError as error:
            QMessageBox.warning(self, translate("RestoreDialog", "Bản sao lưu bị hỏng"), str(error))
            return
        answer = QMessageBox.question(
            self,
            translate("RestoreDialog", "Khôi phục dữ liệu?"),
            translate(
                "RestoreDialog",
                "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {when} ({counts})?\n\n"
                "Dữ liệu hiện tại sẽ được sao lưu trước. Cửa sổ ứng dụng sẽ đóng rồi mở lại.",
            ).format(when=when_text(info.manifest), counts=describe_counts(info.manifest.counts)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = info
            self.accept()


class DamagedStoreDialog(QDialog):
    """At start: what happened to the store, and the newest good backup to restore (`chosen`).

    `situation` is DAMAGED (unreadable store: restore or quit), MISSING (the store file is gone while
    backups exist: the officer may also start with an empty store) or ROLLED_BACK (the store lost its
    latest saves: she may also go on with it as it is). The alternative is accepted with `chosen` None."""

    DAMAGED, MISSING, ROLLED_BACK = "damaged", "missing", "rolled_back"

    def __init__(
        self,
        explanation: str,
        offer: BackupInfo,
        layout: DataLayout,
        parent: QWidget | None = None,
        *,
        situation: str = DAMAGED,
    ) -> None:
        super().__init__(parent)
        self._layout = layout
        self.offer = offer
        self.chosen: BackupInfo | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(12)
        alternative = ""
        if situation == self.MISSING:
            self.setWindowTitle(translate("DamagedStoreDialog", "Không tìm thấy dữ liệu"))
            heading_text = translate("DamagedStoreDialog", "Không tìm thấy tệp dữ liệu của ứng dụng")
            explained = translate(
                "DamagedStoreDialog",
                "Tệp dữ liệu {store} không có, nhưng máy này còn bản sao lưu của xã. Có thể tệp đã bị xóa "
                "hoặc chuyển đi nơi khác. Hãy khôi phục bản sao lưu; chỉ chọn “Bắt đầu với dữ liệu trống” "
                "khi đây thật sự là một xã mới.",
            ).format(store=layout.store)
            alternative = translate("DamagedStoreDialog", "Bắt đầu với dữ liệu trống")
        elif situation == self.ROLLED_BACK:
            self.setWindowTitle(translate("DamagedStoreDialog", "Dữ liệu thiếu lần lưu gần đây"))
            heading_text = translate("DamagedStoreDialog", "Dữ liệu cũ hơn lần lưu cuối cùng")
            explained = translate(
                "DamagedStoreDialog",
                "{explanation}\n\nNếu bản sao lưu dưới đây mới hơn, hãy khôi phục nó (dữ liệu hiện có được "
                "sao lưu trước). Nếu không, chọn “Tiếp tục với dữ liệu hiện có” rồi nhập lại những gì "
                "đã mất.",
            ).format(explanation=explanation)
            alternative = translate("DamagedStoreDialog", "Tiếp tục với dữ liệu hiện có")
        else:
            self.setWindowTitle(translate("DamagedStoreDialog", "Dữ liệu bị hỏng"))
            heading_text = translate("DamagedStoreDialog", "Không mở được dữ liệu của ứng dụng")
            explained = translate(
                "DamagedStoreDialog",
                "{explanation}\n\nViệc này thường do mất điện, tắt máy đột ngột hoặc ổ đĩa lỗi. Tệp hỏng "
                "không bị xóa hay ghi đè: khi khôi phục, tệp được đổi tên và giữ lại trong {folder}.",
            ).format(explanation=explanation, folder=layout.root)
        self.resize(720, 0)
        box.addWidget(styled_label(heading_text, "section"))
        self.explanation = styled_label(explained, wrap=True)
        self.explanation.setObjectName("damageExplanation")
        box.addWidget(self.explanation)

        frame = card(name="backupOffer")
        frame_box = QVBoxLayout(frame)
        frame_box.setContentsMargins(14, 10, 14, 10)
        frame_box.addWidget(
            styled_label(translate("DamagedStoreDialog", "Bản sao lưu tốt gần nhất"), "cardTitle")
        )
        self.offer_text = styled_label(preview_text(offer), wrap=True)
        self.offer_text.setObjectName("offerText")
        frame_box.addWidget(self.offer_text)
        box.addWidget(frame)

        buttons = QHBoxLayout()
        self.other_button = QPushButton(translate("DamagedStoreDialog", "Chọn bản khác…"))
        self.other_button.clicked.connect(self.choose_other)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        self.alternative_button: QPushButton | None = None
        if alternative:
            self.alternative_button = QPushButton(alternative)
            self.alternative_button.clicked.connect(self.accept)  # accepted with nothing chosen
            buttons.addWidget(self.alternative_button)
        self.quit_button = QPushButton(translate("DamagedStoreDialog", "Đóng ứng dụng"))
        self.quit_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(translate("DamagedStoreDialog", "Khôi phục bản này"))
        self.restore_button.setObjectName("restoreOfferButton")
        self.restore_button.setProperty("primary", True)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_offer)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.restore_button)
        box.addLayout(buttons)

    def restore_offer(self) -> None:
        self.chosen = self.offer
        self.accept()

    def choose_other(self) -> None:
        dialog = RestoreDialog(self._layout, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.chosen = dialog.chosen
            self.accept()
