"""Nhập từ Excel: download a template, pick a filled file, see every row checked, import the valid rows.

Nothing is written until the officer presses "Nhập … dòng hợp lệ"; `changed` then tells the caller to
refresh (DataChange.EVERYTHING).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.excel_import import (
    TEMPLATE_NAMES,
    CheckedFile,
    CheckedRow,
    RowStatus,
    check_workbook,
    import_rows,
    write_template,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.reports.formatting import format_date, format_number
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import QT_TRANSLATE_NOOP, translate, translated_label
from gender_equality_desk.gui.save_dialog import ask_save_path, with_extension
from gender_equality_desk.gui.widgets.basics import show_message, styled_label
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

ROW_COLUMN, STATUS_COLUMN, TITLE_COLUMN, DAY_COLUMN, DETAIL_COLUMN = range(5)
DIALOG_SIZE = (1080, 620)
_TINTS = {
    RowStatus.VALID: "#e7f4ea",
    RowStatus.INVALID: "#fbe4e1",
    RowStatus.EXISTING: "#eef0f3",
    RowStatus.REPEATED: "#eef0f3",
    RowStatus.EXAMPLE: "#eef0f3",
}
_NOUNS = {
    RecordType.ACTIVITY: QT_TRANSLATE_NOOP("ImportDialog", "hoạt động"),
    RecordType.PROPAGANDA_EVENT: QT_TRANSLATE_NOOP("ImportDialog", "sự kiện tuyên truyền"),
}


def _noun(record_type: RecordType) -> str:
    return translate("ImportDialog", _NOUNS[record_type])


class ImportDialog(QDialog):
    changed = Signal()  # records were imported: pages refresh

    def __init__(
        self,
        store: Store,
        layout: DataLayout,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        self._today = today
        self._checked: CheckedFile | None = None
        self.setWindowTitle(translate("ImportDialog", "Nhập dữ liệu từ Excel"))
        self.resize(*DIALOG_SIZE)

        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(10)
        box.addWidget(
            styled_label(
                translate(
                    "ImportDialog",
                    "Thôn, trường học điền dữ liệu vào mẫu Excel của phần mềm. Chọn tệp đã điền: từng dòng "
                    "được kiểm tra trước, chỉ các dòng hợp lệ được nhập khi bạn bấm nút Nhập. "
                    "Nhập lại cùng một tệp không tạo bản ghi trùng.",
                ),
                "muted",
                wrap=True,
            )
        )
        actions = QHBoxLayout()
        self.pick_button = QPushButton(translate("ImportDialog", "Chọn tệp Excel…"))
        self.pick_button.setObjectName("pickFileButton")
        self.pick_button.clicked.connect(self._pick_file)
        self.template_button = QPushButton(translate("ImportDialog", "Tải mẫu"))
        self.template_button.setObjectName("templateButton")
        self.template_button.setToolTip(
            translate("ImportDialog", "Lưu mẫu Excel trống (có danh sách thôn, loại…) để gửi đi.")
        )
        menu = QMenu(self.template_button)
        for record_type in RecordType:
            action = menu.addAction(translate("ImportDialog", "Mẫu {noun}").format(noun=_noun(record_type)))
            action.triggered.connect(
                lambda _checked=False, kind=record_type: self._pick_template_target(kind)
            )
        self.template_button.setMenu(menu)
        actions.addWidget(self.pick_button)
        actions.addWidget(self.template_button)
        actions.addStretch(1)
        box.addLayout(actions)

        self.summary = styled_label(translate("ImportDialog", "Chưa chọn tệp."), wrap=True)
        self.summary.setObjectName("importSummary")
        box.addWidget(self.summary)

        self.table = ResultTable(
            "importRows",
            [translate("ImportDialog", "Dòng"), translate("ImportDialog", "Kết quả kiểm tra"),
             translate("ImportDialog", "Nội dung"), translate("ImportDialog", "Ngày"),
             translate("ImportDialog", "Lỗi cần sửa, ghi chú")],
            stretch_column=DETAIL_COLUMN,
            widths={TITLE_COLUMN: 300},
            right_aligned=(ROW_COLUMN,),
            multiline=True,
            parent=self,
        )  # fmt: skip
        box.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(translate("ImportDialog", "Nhập các dòng hợp lệ"))
        self.import_button.setObjectName("importButton")
        self.import_button.setProperty("primary", True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_valid_rows)
        close_button = QPushButton(translate("ImportDialog", "Đóng"))
        close_button.clicked.connect(self.accept)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close_button)
        box.addLayout(buttons)

    # -- template -----------------------------------------------------------------------------------

    def _pick_template_target(self, record_type: RecordType) -> None:
        chosen = ask_save_path(
            self,
            translate("ImportDialog", "Lưu mẫu nhập liệu"),
            TEMPLATE_NAMES[record_type],
            translate("ImportDialog", "Tệp Excel (*.xlsx)"),
        )
        if chosen is not None:
            self.save_template(record_type, chosen)

    def save_template(self, record_type: RecordType, target: Path) -> bool:
        target = with_extension(target, ".xlsx")
        try:
            with self._store.reading() as session:
                write_template(session, record_type, target)
        except (UserFacingError, OSError) as error:
            self._say(
                translate("ImportDialog", "Không lưu được mẫu: {error}").format(error=error), error=True
            )
            return False
        self._say(
            translate("ImportDialog", "Đã lưu mẫu nhập {noun}: {path}").format(
                noun=_noun(record_type), path=target
            )
        )
        return True

    # -- checking -----------------------------------------------------------------------------------

    def _pick_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Chọn tệp Excel đã điền"),
            str(Path.home()),
            translate("ImportDialog", "Tệp Excel (*.xlsx)"),
        )
        if chosen:
            self.load_file(Path(chosen))

    def load_file(self, path: Path) -> CheckedFile | None:
        """Check every row of `path` and show the result; writes nothing."""
        try:
            with self._store.reading() as session:
                checked = check_workbook(session, path, today=self._today())
        except UserFacingError as error:
            self._checked = None
            self.table.show_rows([])
            self.import_button.setEnabled(False)
            self._say(str(error), error=True)
            return None
        self._show(checked)
        return checked

    def _show(self, checked: CheckedFile) -> None:
        self._checked = checked
        self.table.show_rows(
            [
                ResultRow(
                    (
                        str(row.row_number),
                        translated_label(row.status),
                        row.title or "—",
                        format_date(row.day) if row.day else "",
                        self._details(row),
                    ),
                    tint=_TINTS[row.status],
                )
                for row in checked.rows
            ]
        )
        valid = len(checked.valid_rows)
        self.import_button.setEnabled(valid > 0)
        self.import_button.setText(
            translate("ImportDialog", "Nhập {n} dòng hợp lệ").format(n=format_number(valid))
            if valid
            else translate("ImportDialog", "Nhập các dòng hợp lệ")
        )
        self._say(self._summary_text(checked))

    def _details(self, row: CheckedRow) -> str:
        notes = [note.text for note in row.errors]
        caution = translate("ImportDialog", "Lưu ý – {note}")
        notes += [caution.format(note=note.text) for note in row.warnings]
        return "\n".join(notes)

    def _summary_text(self, checked: CheckedFile) -> str:
        counts = checked.counts
        summary = translate(
            "ImportDialog",
            "Tệp “{name}” — {noun}: {valid} dòng hợp lệ, {invalid} dòng có lỗi (sửa trong tệp rồi chọn lại), "
            "{skipped} dòng bỏ qua (đã có, trùng hoặc dòng ví dụ).",
        ).format(
            name=checked.path.name,
            noun=_noun(checked.record_type),
            valid=format_number(counts.valid),
            invalid=format_number(counts.invalid),
            skipped=format_number(counts.skipped),
        )
        caution = translate("ImportDialog", "Lưu ý – {note}")
        return "\n".join([summary, *(caution.format(note=warning) for warning in checked.warnings)])

    # -- importing ----------------------------------------------------------------------------------

    def import_valid_rows(self) -> int:
        """Create every valid row in one transaction; returns how many were created."""
        checked = self._checked
        if checked is None or not checked.valid_rows:
            return 0
        try:
            with self._store.transaction() as session:
                result = import_rows(session, checked, today=self._today())
        except UserFacingError as error:
            self._say(translate("ImportDialog", "Chưa nhập gì: {error}").format(error=error), error=True)
            return 0
        self.changed.emit()
        self.load_file(checked.path)  # the imported rows now read "Đã có, bỏ qua"
        self._say(
            translate("ImportDialog", "Đã nhập {n} {noun} từ “{name}”.").format(
                n=format_number(result.created), noun=_noun(checked.record_type), name=checked.path.name
            )
        )
        return result.created

    def _say(self, text: str, *, error: bool = False) -> None:
        show_message(self.summary, text, error=error, calm_role="")
