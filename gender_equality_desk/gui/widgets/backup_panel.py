"""Sao lưu và khôi phục: back up now, restore…, the mirror folder (USB stick), the newest backup's date.

The panel never replaces the store: after the officer confirms a backup in RestoreDialog it emits
`restore_requested(BackupInfo)`, and gui.app closes the window and the store, restores, and reopens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.exchange.backup import BackupResult, create_backup
from gender_equality_desk.core.exchange.backup_settings import BackupSettings, load_settings, save_settings
from gender_equality_desk.core.exchange.restore import list_backups
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.gui.dialogs.restore_dialog import RestoreDialog, when_text
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import card, styled_label
from gender_equality_desk.gui.workers import BackgroundJobs


class BackupPanel(QWidget):
    restore_requested = Signal(object)  # BackupInfo, confirmed by the officer
    status_message = Signal(str)

    def __init__(self, layout: DataLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = layout
        self._jobs = BackgroundJobs(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame = card(name="backupPanel")
        outer.addWidget(frame)
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        box.addWidget(styled_label(translate("BackupPanel", "Sao lưu và khôi phục"), "section"))
        policy = load_settings(layout).policy
        box.addWidget(
            styled_label(
                translate(
                    "BackupPanel",
                    "Ứng dụng tự sao lưu khi mở, khi đóng và mỗi ngày một lần, giữ {d} bản theo ngày, "
                    "{w} bản theo tuần và {m} bản theo tháng. Tệp đính kèm được sao lưu cùng.",
                ).format(d=policy.keep_daily, w=policy.keep_weekly, m=policy.keep_monthly),
                "muted",
                wrap=True,
            )
        )
        self.last_label = styled_label("", wrap=True)
        self.last_label.setObjectName("lastBackup")
        box.addWidget(self.last_label)

        mirror_row = QHBoxLayout()
        self.mirror_label = styled_label("", wrap=True)
        self.mirror_label.setObjectName("mirrorFolder")
        self.mirror_button = QPushButton(translate("BackupPanel", "Chọn thư mục hoặc USB…"))
        self.mirror_button.setToolTip(
            translate(
                "BackupPanel",
                "Mỗi bản sao lưu được chép thêm vào thư mục này khi nó có mặt (ví dụ USB đang cắm).",
            )
        )
        self.mirror_button.clicked.connect(self.choose_mirror)
        self.clear_mirror_button = QPushButton(translate("BackupPanel", "Bỏ"))
        self.clear_mirror_button.clicked.connect(lambda: self.set_mirror(None))
        mirror_row.addWidget(self.mirror_label, 1)
        mirror_row.addWidget(self.mirror_button)
        mirror_row.addWidget(self.clear_mirror_button)
        box.addLayout(mirror_row)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(translate("BackupPanel", "Sao lưu ngay"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setProperty("primary", True)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(translate("BackupPanel", "Khôi phục…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.open_restore)
        folder_button = QPushButton(translate("BackupPanel", "Mở thư mục sao lưu"))
        folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._layout.backups)))
        )
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("backupMessage")
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(folder_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        backups = list_backups(self._layout.backups)
        if backups:
            newest = backups[0].manifest
            self.last_label.setText(
                translate(
                    "BackupPanel",
                    "Bản sao lưu gần nhất: {when} ({reason}); có {n} bản trong thư mục dữ liệu.",
                ).format(when=when_text(newest), reason=newest.reason_label, n=len(backups))
            )
        else:
            self.last_label.setText(translate("BackupPanel", "Chưa có bản sao lưu nào."))
        mirror = load_settings(self._layout).mirror_folder
        self.mirror_label.setText(
            translate("BackupPanel", "Sao lưu thêm vào: {folder}").format(folder=mirror)
            if mirror
            else translate("BackupPanel", "Sao lưu thêm vào USB hoặc ổ đĩa khác: chưa chọn.")
        )
        self.clear_mirror_button.setVisible(mirror is not None)

    def choose_mirror(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("BackupPanel", "Chọn nơi sao lưu thêm"), str(Path.home())
        )
        if folder:
            self.set_mirror(Path(folder))

    def set_mirror(self, folder: Path | None) -> None:
        settings = load_settings(self._layout)
        save_settings(self._layout, BackupSettings(folder, settings.policy))
        self.refresh()

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.message.setText(translate("BackupPanel", "Đang sao lưu…"))
        self._jobs.submit(
            lambda: create_backup(self._layout, "thu-cong"), on_done=self._backed_up, on_failed=self._failed
        )

    def wait(self) -> None:
        """Block until a running backup has finished (tests, shutdown)."""
        self._jobs.wait()

    def _backed_up(self, result: object) -> None:
        assert isinstance(result, BackupResult)
        self.backup_button.setEnabled(True)
        text = translate("BackupPanel", "Đã sao lưu: {name}.").format(name=result.path.name)
        if result.mirrored_to is not None:
            text += " " + translate("BackupPanel", "Đã chép thêm vào {folder}.").format(
                folder=result.mirrored_to.parent
            )
        if result.mirror_problem:
            text += " " + result.mirror_problem
        self.message.setText(text)
        self.status_message.emit(text)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.message.setText(translate("BackupPanel", "Không sao lưu được: {error}").format(error=error))

    def open_restore(self) -> None:
        dialog = RestoreDialog(self._layout, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_requested.emit(dialog.chosen)
