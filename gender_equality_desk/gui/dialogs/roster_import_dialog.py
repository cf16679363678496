"""Danh bạ xã → Nhập danh sách: what the chosen file would change, or why it cannot be imported.

The file was checked before this dialog opens (core.province.roster.check_roster_file, nothing written).
With problems, they are listed by row and the only way out is to close, fix the file and import again;
without, the communes to add and the changes to known ones are listed and "Nhập vào danh bạ" imports.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.province.roster import RosterImport
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

PROBLEM_TINT = "#fbe4e1"
ADDED_TINT = "#e7f4ec"
DIALOG_SIZE = (860, 520)


class RosterImportDialog(QDialog):
    def __init__(self, checked: RosterImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checked = checked
        self.setWindowTitle(translate("RosterImportDialog", "Nhập danh bạ xã"))
        self.resize(*DIALOG_SIZE)
        box = QVBoxLayout(self)
        self.heading = styled_label("", "section" if checked.ok else "error", wrap=True)
        self.heading.setObjectName("rosterImportHeading")
        box.addWidget(self.heading)
        if checked.ok:
            self.heading.setText(checked.summary())
            self.table = ResultTable(
                "rosterImportChanges",
                [
                    translate("RosterImportDialog", "Mã"),
                    translate("RosterImportDialog", "Tên xã/phường"),
                    translate("RosterImportDialog", "Thay đổi"),
                ],
                stretch_column=2,
            )
            added = translate("RosterImportDialog", "Thêm mới")
            rows = [ResultRow((value.code, value.name, added), ADDED_TINT) for value in checked.added]
            rows += [
                ResultRow((change.code, change.name, "; ".join(change.changes))) for change in checked.updated
            ]
            self.table.show_rows(rows)
        else:
            self.heading.setText(
                translate(
                    "RosterImportDialog",
                    "Tệp “{name}” chưa nhập được: {count} lỗi. Chưa ghi gì vào danh bạ. Hãy sửa các dòng "
                    "dưới đây trong tệp rồi nhập lại.",
                ).format(name=checked.file_name, count=len(checked.problems))
            )
            self.table = ResultTable(
                "rosterImportProblems", [translate("RosterImportDialog", "Lỗi")], stretch_column=0
            )
            self.table.show_rows([ResultRow((problem,), PROBLEM_TINT) for problem in checked.problems])
        box.addWidget(self.table, 1)
        box.addWidget(
            styled_label(
                translate(
                    "RosterImportDialog",
                    "Nhập lại danh sách chỉ cập nhật tên, cán bộ, số điện thoại theo mã; không xóa xã nào, ô "
                    "để trống không xóa thông tin đã có.",
                ),
                "muted",
                wrap=True,
            )
        )
        buttons = QDialogButtonBox()
        self.import_button: QPushButton | None = None
        if checked.ok:
            self.import_button = buttons.addButton(
                translate("RosterImportDialog", "Nhập vào danh bạ"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setObjectName("confirmRosterImport")
            self.import_button.setProperty("primary", True)
            self.import_button.setEnabled(bool(checked.added or checked.updated))
        close = buttons.addButton(
            translate("RosterImportDialog", "Đóng")
            if not checked.ok
            else translate("RosterImportDialog", "Hủy"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        close.setObjectName("closeRosterImport")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
