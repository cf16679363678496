"""The audit log for the administrator: verdict on top (the chain, then every MAC with the session's
integrity key), newest entries first, "Xem thêm" for older ones, and a CSV export. Entries name users,
actions and case codes, never a survivor. "Nhật ký máy cũ…" opens the log of the PC this one replaced
(kept at the import of its cases), when there is one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security import audit
from gender_equality_desk.core.security.audit_archive import has_archives
from gender_equality_desk.core.security.audit_export import audit_row, export_audit_csv
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.security.trust_check import LogVerdict, verify_log
from gender_equality_desk.gui.dialogs.audit_archive_dialog import AuditArchiveDialog
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import read_only_table, set_role, styled_label

PAGE_SIZE = 200


USER_COLUMN, ACTION_COLUMN = 2, 3  # in core.security.audit_export.audit_row


def _shown_row(line: audit.AuditLine) -> list[str]:
    """The CSV's cells (which stay Vietnamese), with the action and an unknown user in the UI language."""
    cells = list(audit_row(line))
    if line.action is not None:
        cells[ACTION_COLUMN] = translated_label(line.action)
    if not line.username:
        cells[USER_COLUMN] = translate("AuditLogView", "(không rõ)")
    return cells


class AuditLogView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth: AuthSession | None = None
        self.lines: list[audit.AuditLine] = []
        self.export_dir = Path.home()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.verdict = styled_label("", "section", wrap=True)
        self.verdict.setObjectName("auditVerdict")
        bar.addWidget(self.verdict, 1)
        self.export_button = QPushButton(translate("AuditLogView", "Xuất nhật ký…"))
        self.export_button.setObjectName("exportAuditButton")
        bar.addWidget(self.export_button)
        self.archive_button = QPushButton(translate("AuditLogView", "Nhật ký máy cũ…"))
        self.archive_button.setObjectName("oldLogButton")
        self.archive_button.setToolTip(
            translate("AuditLogView", "Nhật ký truy cập của máy cũ, chuyển sang cùng hồ sơ khi đổi máy.")
        )
        self.archive_button.setEnabled(False)
        bar.addWidget(self.archive_button)
        layout.addLayout(bar)
        self.table = read_only_table(
            "auditTable",
            [
                translate("AuditLogView", "Số"),
                translate("AuditLogView", "Thời gian"),
                translate("AuditLogView", "Người dùng"),
                translate("AuditLogView", "Hành động"),
                translate("AuditLogView", "Mã hồ sơ"),
                translate("AuditLogView", "Chi tiết"),
            ],
            single=False,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        self.message = styled_label("", "muted", wrap=True)
        self.message.setObjectName("auditMessage")
        footer.addWidget(self.message, 1)
        self.more_button = QPushButton(translate("AuditLogView", "Xem thêm"))
        self.more_button.setObjectName("moreAuditButton")
        footer.addWidget(self.more_button)
        layout.addLayout(footer)
        self.more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(self.export)
        self.archive_button.clicked.connect(self.open_archives)

    def set_session(self, auth: AuthSession | None) -> None:
        """Open the log (logged as viewed) or, with None, drop everything from the screen."""
        self._auth = auth
        self.message.clear()
        if auth is not None and auth.is_open:
            audit.record_event(auth, audit.AuditAction.AUDIT_VIEWED)
        self.refresh()

    def refresh(self) -> None:
        self.lines = []
        self.table.setRowCount(0)
        self.verdict.clear()
        self.more_button.setEnabled(False)
        self.archive_button.setEnabled(False)
        if self._auth is None or not self._auth.is_open:
            return
        self.archive_button.setEnabled(
            self._auth.role is Role.ADMIN and has_archives(self._auth.store.path.parent)
        )
        key = self._auth.integrity_key()
        with self._auth.store.reading() as db:
            check = audit.verify_audit_chain(db)
            verdict = verify_log(db, key) if check.ok and key is not None else None
        ok = check.ok and (verdict is None or verdict.ok)
        # The core's verdict is Vietnamese (the `check` command prints it); an intact log reads in the UI
        # language, a broken one keeps the core's words, which name the line and what was done to it.
        if not check.ok:
            text = check.message
        elif verdict is not None and not verdict.ok:
            text = verdict.message
        else:
            text = self._intact(check.entries, verdict)
        self.verdict.setText(text)
        set_role(self.verdict, "ok" if ok else "error")
        self.load_more()

    @staticmethod
    def _intact(entries: int, verdict: LogVerdict | None) -> str:
        if verdict is None:  # no data key in this session: the chain alone
            return translate(
                "AuditLogView", "TỐT: nhật ký truy cập nguyên vẹn ({count} dòng, chuỗi băm khớp)."
            ).format(count=entries)
        text = translate(
            "AuditLogView",
            "TỐT: nhật ký truy cập nguyên vẹn ({count} dòng, chuỗi băm khớp, mã xác thực khớp).",
        ).format(count=entries)
        if verdict.legacy:
            text += " " + translate(
                "AuditLogView", "{n} dòng ghi trước khi có mã xác thực được giữ nguyên như lúc đó."
            ).format(n=verdict.legacy)
        if verdict.findings:
            text += " " + translate(
                "AuditLogView", "{n} chỗ bị sửa ngoài ứng dụng trước đây đã được quản trị viên xử lý."
            ).format(n=len(verdict.findings))
        return text

    def load_more(self) -> None:
        if self._auth is None or not self._auth.is_open:
            return
        before = self.lines[-1].id if self.lines else None
        page = audit.list_entries(self._auth, limit=PAGE_SIZE, before_id=before)
        start = len(self.lines)
        self.lines.extend(page)
        self.table.setRowCount(len(self.lines))
        for index, line in enumerate(page, start):
            for column, text in enumerate(_shown_row(line)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.more_button.setEnabled(len(page) == PAGE_SIZE)

    def export(self) -> None:
        if self._auth is None:
            return
        chosen = ask_save_path(
            self,
            translate("AuditLogView", "Xuất nhật ký truy cập"),
            "nhat-ky-truy-cap.csv",
            translate("AuditLogView", "Tệp CSV (*.csv)"),
            folder=self.export_dir,
        )
        if chosen is None:
            return
        target = with_extension(chosen, ".csv")
        try:
            count = export_audit_csv(self._auth, target)
        except (UserFacingError, OSError) as error:
            self.message.setText(
                translate("AuditLogView", "Không xuất được nhật ký: %1").replace("%1", str(error))
            )
            return
        self.export_dir = target.parent
        self.refresh()
        self.message.setText(
            translate("AuditLogView", "Đã xuất %1 dòng nhật ký ra %2.")
            .replace("%1", str(count))
            .replace("%2", str(target))
        )

    def open_archives(self) -> None:
        """The old PC's log, read-only; the viewing is logged, so the list shows it afterwards."""
        if self._auth is None or not self._auth.is_open:
            return
        try:
            dialog = AuditArchiveDialog(self._auth, self)
        except UserFacingError as error:  # e.g. the session lost its administrator role
            self.message.setText(str(error))
            return
        dialog.exec()
        self.refresh()
