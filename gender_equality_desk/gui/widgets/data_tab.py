"""Cài đặt → Dữ liệu: backups and restore, Excel import from villages and schools, data packages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.import_dialog import ImportDialog
from gender_equality_desk.gui.dialogs.package_dialog import PackageDialog
from gender_equality_desk.gui.dialogs.received_statistics_dialog import ReceivedStatisticsDialog
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.backup_panel import BackupPanel
from gender_equality_desk.gui.widgets.basics import card, styled_label


class DataTab(QWidget):
    """`records_changed` fires after an import changed records; the backup panel's restore request is
    picked up by the application (gui/app.py), which closes the store first."""

    records_changed = Signal()
    status_message = Signal(str)

    def __init__(
        self, store: Store, layout: DataLayout, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._layout, self._today = store, layout, today
        self.backups = BackupPanel(layout, self)
        self.backups.status_message.connect(self.status_message)

        exchange = card(name="exchangeCard")
        box = QVBoxLayout(exchange)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(styled_label(translate("DataTab", "Trao đổi dữ liệu"), "section"))
        box.addWidget(
            styled_label(
                translate(
                    "DataTab",
                    "Nhập hoạt động, tuyên truyền do thôn, trường học gửi bằng mẫu Excel; gửi hoặc nhận gói "
                    "dữ liệu có chữ ký số để chuyển sang máy mới hoặc nộp lên cấp trên.",
                ),
                "muted",
                wrap=True,
            )
        )
        buttons = QHBoxLayout()
        self.import_button = QPushButton(translate("DataTab", "Nhập từ Excel…"))
        self.import_button.setObjectName("openExcelImport")
        self.import_button.clicked.connect(self.open_excel_import)
        self.package_button = QPushButton(translate("DataTab", "Gói dữ liệu (gửi / nhận)…"))
        self.package_button.setObjectName("openDataPackages")
        self.package_button.clicked.connect(self.open_data_packages)
        # At a district or province: the communes' anonymised case figures kept from imported packages.
        self.received_button = QPushButton(translate("DataTab", "Số liệu vụ việc đã nhận…"))
        self.received_button.setObjectName("openReceivedStatistics")
        self.received_button.clicked.connect(self.open_received_statistics)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.package_button)
        buttons.addWidget(self.received_button)
        buttons.addStretch(1)
        box.addLayout(buttons)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.backups)
        column.addWidget(exchange)
        column.addStretch(1)

    def import_dialog(self) -> ImportDialog:
        return ImportDialog(self._store, self._layout, self, today=self._today)

    def package_dialog(self) -> PackageDialog:
        return PackageDialog(self._store, self._layout, self, today=self._today)

    def received_statistics_dialog(self) -> ReceivedStatisticsDialog:
        return ReceivedStatisticsDialog(self._layout, self)

    def open_excel_import(self) -> None:
        dialog = self.import_dialog()
        dialog.changed.connect(self.records_changed)
        dialog.exec()

    def open_data_packages(self) -> None:
        dialog = self.package_dialog()
        dialog.changed.connect(self.records_changed)
        dialog.exec()

    def open_received_statistics(self) -> None:
        dialog = self.received_statistics_dialog()
        dialog.exec()
        dialog.deleteLater()
