"""Nhật ký máy cũ: the access log of the PC this one replaced, read-only, for the administrator.

The chain verdict sits on top (checked again from the archived rows each time the dialog opens), then
the entries newest first as on the "Nhật ký truy cập" tab. With several archives (several moves) a
picker chooses one; a damaged file is in the picker too, saying what is wrong. Opening the dialog is
logged in this PC's own chain by core.security.audit_archive.view_archives.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.security.audit import AuditLine
from gender_equality_desk.core.security.audit_archive import AuditArchive, view_archives
from gender_equality_desk.core.security.audit_export import audit_row, local_time_text
from gender_equality_desk.core.security.session import AuthSession
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import read_only_table, set_role, styled_label

DIALOG_SIZE = (1180, 620)  # room around it on a 1366×768 screen
USER_COLUMN, ACTION_COLUMN = 2, 3  # in core.security.audit_export.audit_row


def _shown_row(line: AuditLine) -> list[str]:
    cells = list(audit_row(line))
    if line.action is not None:
        cells[ACTION_COLUMN] = translated_label(line.action)
    if not line.username:
        cells[USER_COLUMN] = translate("AuditArchiveDialog", "(không rõ)")
    return cells


def _created_text(stamp: str) -> str:
    """The package's creation time as dd/mm/yyyy HH:MM local, or as written when it is not a time."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return local_time_text(moment) if moment.tzinfo is not None else moment.strftime("%d/%m/%Y %H:%M")


class AuditArchiveDialog(QDialog):
    def __init__(self, auth: AuthSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.archives: list[AuditArchive] = view_archives(auth)  # logged as viewed
        self.setWindowTitle(translate("AuditArchiveDialog", "Nhật ký truy cập của máy cũ"))
        self.resize(*DIALOG_SIZE)
        box = QVBoxLayout(self)
        box.addWidget(
            styled_label(
                translate(
                    "AuditArchiveDialog",
                    "Nhật ký truy cập hồ sơ hỗ trợ trên máy cũ, chuyển sang cùng hồ sơ khi đổi máy. Chỉ để "
                    "xem: không sửa, không xóa được. Máy này ghi lại mỗi lần xem.",
                ),
                "muted",
                wrap=True,
            )
        )
        self.picker_row = QWidget()
        row = QHBoxLayout(self.picker_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("AuditArchiveDialog", "Nhật ký:")))
        self.picker = QComboBox()
        self.picker.setObjectName("archivePicker")
        for archive in self.archives:
            self.picker.addItem(self._picker_text(archive))
        row.addWidget(self.picker, 1)
        box.addWidget(self.picker_row)
        self.picker_row.setVisible(len(self.archives) > 1)
        self.verdict = styled_label("", "section", wrap=True)
        self.verdict.setObjectName("archiveVerdict")
        box.addWidget(self.verdict)
        self.source = styled_label("", "muted", wrap=True)
        self.source.setObjectName("archiveSource")
        box.addWidget(self.source)
        self.table = read_only_table(
            "archiveTable",
            [
                translate("AuditArchiveDialog", "Số"),
                translate("AuditArchiveDialog", "Thời gian"),
                translate("AuditArchiveDialog", "Tài khoản"),
                translate("AuditArchiveDialog", "Hành động"),
                translate("AuditArchiveDialog", "Mã hồ sơ"),
                translate("AuditArchiveDialog", "Chi tiết"),
            ],
            single=False,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("AuditArchiveDialog", "Đóng"))
        close.setObjectName("closeArchiveButton")
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.picker.currentIndexChanged.connect(self._show)
        self._show(0)

    def _picker_text(self, archive: AuditArchive) -> str:
        if archive.problem is not None:
            return translate("AuditArchiveDialog", "{name} (tệp hỏng)").format(name=archive.name)
        source = archive.source
        # Two moves may come from packages of the same name: the last entry's time tells them apart.
        return translate("AuditArchiveDialog", "{commune} — gói {package} ({count} dòng, đến {last})").format(
            commune=source.commune if source else "",
            package=source.package_name if source else archive.name,
            count=len(archive.lines),
            last=local_time_text(archive.lines[-1].at) if archive.lines else "",
        )

    def _show(self, index: int) -> None:
        self.table.setRowCount(0)
        if not 0 <= index < len(self.archives):
            self.verdict.setText(translate("AuditArchiveDialog", "Chưa có nhật ký máy cũ nào."))
            set_role(self.verdict, "muted")
            self.source.clear()
            return
        archive = self.archives[index]
        check = archive.check
        # An intact chain reads in the UI language; a broken one keeps the core's Vietnamese words, which
        # name the line and what was done to it (the same words an inspector's report would quote).
        self.verdict.setText(
            translate(
                "AuditArchiveDialog", "TỐT: nhật ký máy cũ nguyên vẹn ({count} dòng, chuỗi băm khớp)."
            ).format(count=check.entries)
            if check.ok
            else check.message
        )
        set_role(self.verdict, "ok" if check.ok else "error")
        source = archive.source
        self.source.setText(
            translate(
                "AuditArchiveDialog", "Từ gói {package} (tạo lúc {created}) của {commune}; tệp {name}."
            ).format(
                package=source.package_name,
                created=_created_text(source.package_created_at),
                commune=source.commune,
                name=archive.name,
            )
            if source is not None
            else translate("AuditArchiveDialog", "Tệp {name}.").format(name=archive.name)
        )
        lines = list(reversed(archive.lines))  # newest first, as on the Nhật ký truy cập tab
        self.table.setRowCount(len(lines))
        for index_row, line in enumerate(lines):
            for column, text in enumerate(_shown_row(line)):
                self.table.setItem(index_row, column, QTableWidgetItem(text))
        bad_id = check.first_bad_id
        after = [(line.id, row) for row, line in enumerate(lines) if bad_id is not None and line.id >= bad_id]
        if after:  # the inspector lands on the line the verdict names (or, for a removed one, the next)
            row = min(after)[1]
            self.table.selectRow(row)
            self.table.scrollTo(self.table.model().index(row, 0))
