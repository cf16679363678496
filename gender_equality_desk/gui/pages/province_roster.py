"""Danh bạ xã (province desk): the province's communes by administrative-unit code, with the officer to
call, mergers and each commune's pinned signing key; imported from the province's Excel or CSV list.

The page reads only the roster table (core.province.roster.roster_entries): it opens at once however many
rounds and reports the desk holds. Importing checks the file first and shows what it would change, or
every problem by row with nothing written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.roster import (
    CommuneInput,
    RosterEntry,
    add_commune,
    check_roster_file,
    clear_merge,
    import_roster,
    mark_merged,
    merged_sentence,
    roster_entries,
    update_commune,
)
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.dialogs.commune_dialogs import CommuneDialog, MergeDialog
from gender_equality_desk.gui.dialogs.roster_import_dialog import RosterImportDialog
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.store_page import StorePage
from gender_equality_desk.gui.widgets.basics import (
    KEY_ROLE,
    push_button,
    read_only_table,
    run_dialog,
    select_key,
    selected_key,
    styled_label,
)

CODE, NAME, OFFICER, PHONE, MERGED, KEY = range(6)
MERGED_COLOUR = "#8a939e"  # a merged commune no longer reports: greyed, still listed


class ProvinceRosterPage(StorePage):
    # Changes made elsewhere that this page shows (SUBMISSIONS: a first report pins a commune's key).
    shows = frozenset({DataChange.ROSTER, DataChange.EVERYTHING, DataChange.SUBMISSIONS})
    announces = DataChange.ROSTER

    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.entries: list[RosterEntry] = []
        self.choose_file: Callable[[], Path | None] = self._ask_file
        self.body_layout.addLayout(self._toolbar())
        self._add_message_line("rosterMessage")
        self.empty_label = styled_label(
            translate(
                "ProvinceRosterPage",
                "Danh bạ chưa có xã nào. Bấm «Nhập danh sách…» và chọn tệp Excel (.xlsx) hoặc CSV có dòng "
                "tiêu đề với các cột Mã, Tên xã/phường, Cán bộ phụ trách, Số điện thoại (mã là mã đơn vị "
                "hành chính sau sắp xếp năm 2025), hoặc thêm từng xã.",
            ),
            wrap=True,
        )
        self.empty_label.setObjectName("rosterEmpty")
        self.body_layout.addWidget(self.empty_label)
        self.table = read_only_table(
            "rosterTable",
            [
                translate("ProvinceRosterPage", "Mã"),
                translate("ProvinceRosterPage", "Tên xã/phường"),
                translate("ProvinceRosterPage", "Cán bộ phụ trách"),
                translate("ProvinceRosterPage", "Số điện thoại"),
                translate("ProvinceRosterPage", "Sáp nhập"),
                translate("ProvinceRosterPage", "Khóa của xã"),
            ],
            stretch=NAME,
        )
        # By code until a heading is clicked.
        self.table.horizontalHeader().setSortIndicator(CODE, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._enable_actions)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.body_layout.addWidget(self.table, 1)
        self._enable_actions()

    def title(self) -> str:
        return translate("ProvinceRosterPage", "Danh bạ xã")

    def subtitle(self) -> str:
        return translate(
            "ProvinceRosterPage",
            "Các xã, phường của tỉnh theo mã đơn vị hành chính, với cán bộ phụ trách và số điện thoại để "
            "gọi khi chưa nộp báo cáo. Nhập lại danh sách thì cập nhật theo mã, không xóa xã nào; xã sáp "
            "nhập vẫn giữ trong danh bạ.",
        )

    def icon_name(self) -> str:
        return "roster"

    # -- toolbar ----------------------------------------------------------------------------------------

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.import_button = push_button(
            "importRoster", translate("ProvinceRosterPage", "Nhập danh sách…"), self.import_file, primary=True
        )
        self.import_button.setToolTip(
            translate("ProvinceRosterPage", "Nhập danh sách xã từ tệp Excel (.xlsx) hoặc CSV của tỉnh.")
        )
        self.add_button = push_button("addCommune", translate("ProvinceRosterPage", "Thêm xã…"), self.add)
        self.edit_button = push_button(
            "editCommune", translate("ProvinceRosterPage", "Sửa…"), self.edit_selected
        )
        self.merge_button = push_button(
            "mergeCommune", translate("ProvinceRosterPage", "Đánh dấu sáp nhập…"), self.merge_selected
        )
        self.unmerge_button = push_button(
            "unmergeCommune", translate("ProvinceRosterPage", "Bỏ đánh dấu sáp nhập"), self.unmerge_selected
        )
        self.filter = QLineEdit()
        self.filter.setObjectName("rosterFilter")
        self.filter.setPlaceholderText(translate("ProvinceRosterPage", "Tìm mã, tên xã, cán bộ…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(220)
        self.filter.setMaximumWidth(280)
        self.filter.textChanged.connect(lambda _text: self._apply_filter())
        self.count_label = styled_label("", "muted")
        self.count_label.setObjectName("rosterCount")
        for widget in (self.import_button, self.add_button, self.edit_button, self.merge_button,
                       self.unmerge_button):  # fmt: skip
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.filter)
        row.addStretch(1)
        row.addWidget(self.count_label)
        return row

    # -- reading ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        with self._store.reading() as session:
            self.entries = roster_entries(session)
        self._fill()

    def _fill(self) -> None:
        selected = self.selected_code()
        self.table.setUpdatesEnabled(False)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.entries))
        grey = QBrush(QColor(MERGED_COLOUR))
        for row, entry in enumerate(self.entries):
            cells = (entry.code, entry.name, entry.officer_name, entry.officer_phone, merged_sentence(entry),
                     entry.key_fingerprint or translate("ProvinceRosterPage", "Chưa ghim"))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == CODE:
                    item.setData(KEY_ROLE, entry.code)
                if column == KEY:
                    item.setToolTip(self._key_tooltip(entry))
                if entry.merged_into_code:
                    item.setForeground(grey)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.setUpdatesEnabled(True)
        self.empty_label.setVisible(not self.entries)
        self.table.setVisible(bool(self.entries))
        merged = sum(1 for entry in self.entries if entry.merged_into_code)
        pinned = sum(1 for entry in self.entries if entry.key_fingerprint)
        self.count_label.setText(
            translate(
                "ProvinceRosterPage", "{count} xã · {merged} đã sáp nhập · {pinned} đã ghim khóa"
            ).format(count=len(self.entries), merged=merged, pinned=pinned)
        )
        self._apply_filter()
        if selected:
            self.select_code(selected)
        self._enable_actions()

    @staticmethod
    def _key_tooltip(entry: RosterEntry) -> str:
        if not entry.key_fingerprint:
            return translate(
                "ProvinceRosterPage",
                "Khóa ký của xã được ghim khi tỉnh nhận báo cáo đầu tiên của xã; báo cáo sau ký bằng khóa "
                "khác sẽ bị từ chối.",
            )
        when = format_date(entry.key_pinned_at.astimezone().date()) if entry.key_pinned_at else ""
        return translate("ProvinceRosterPage", "Khóa ký của xã, ghim ngày {day}: {fingerprint}").format(
            day=when, fingerprint=entry.key_fingerprint
        )

    def _apply_filter(self) -> None:
        wanted = fold(self.filter.text())
        for row in range(self.table.rowCount()):
            texts = (self.table.item(row, column) for column in (CODE, NAME, OFFICER, PHONE))
            shown = not wanted or any(wanted in fold(item.text()) for item in texts if item is not None)
            self.table.setRowHidden(row, not shown)

    # -- selection --------------------------------------------------------------------------------------

    def selected_code(self) -> str | None:
        code = selected_key(self.table)
        return code if isinstance(code, str) else None

    def select_code(self, code: str) -> None:
        select_key(self.table, code)

    def _selected_entry(self) -> RosterEntry | None:
        code = self.selected_code()
        return next((entry for entry in self.entries if entry.code == code), None)

    def _enable_actions(self) -> None:
        entry = self._selected_entry()
        self.edit_button.setEnabled(entry is not None)
        self.merge_button.setEnabled(entry is not None and len(self.entries) > 1)
        self.unmerge_button.setVisible(entry is not None and bool(entry.merged_into_code))

    # -- actions ----------------------------------------------------------------------------------------

    def _ask_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ProvinceRosterPage", "Chọn danh sách xã"),
            str(Path.home()),
            translate("ProvinceRosterPage", "Danh sách xã (*.xlsx *.csv)"),
        )
        return Path(chosen) if chosen else None

    def import_file(self) -> bool:
        """Check the chosen file, show what it would change (or its problems), import when confirmed."""
        path = self.choose_file()
        if path is None:
            return False
        try:
            with self._store.reading() as session:
                checked = check_roster_file(session, path)
        except UserFacingError as error:
            self._say(str(error), error=True)
            return False
        if not run_dialog(RosterImportDialog(checked, self)):
            self._say(
                translate("ProvinceRosterPage", "Chưa nhập danh sách: tệp có lỗi, chưa ghi gì.")
                if checked.problems
                else translate("ProvinceRosterPage", "Đã hủy, chưa nhập danh sách."),
                error=bool(checked.problems),
            )
            return False
        try:
            with self._store.transaction() as session:
                result = import_roster(session, path)
        except UserFacingError as error:  # the file changed since it was checked
            self._say(str(error), error=True)
            return False
        self._changed(result.summary())
        return True

    def add(self) -> bool:
        saved: list[str] = []

        def save(value: CommuneInput) -> None:
            with self._store.transaction() as session:
                saved.append(add_commune(session, value).code)

        if not run_dialog(CommuneDialog(save, parent=self)):
            return False
        self._changed(translate("ProvinceRosterPage", "Đã thêm xã mã {code}.").format(code=saved[0]))
        self.select_code(saved[0])
        return True

    def edit_selected(self) -> bool:
        entry = self._selected_entry()
        if entry is None:
            return False
        saved: list[str] = []

        def save(value: CommuneInput) -> None:
            with self._store.transaction() as session:
                saved.append(update_commune(session, entry.code, value).code)

        if not run_dialog(CommuneDialog(save, entry, self)):
            return False
        self._changed(translate("ProvinceRosterPage", "Đã lưu thông tin xã mã {code}.").format(code=saved[0]))
        self.select_code(saved[0])
        return True

    def merge_selected(self) -> bool:
        entry = self._selected_entry()
        if entry is None:
            return False

        def save(into: str, on: date) -> None:
            with self._store.transaction() as session:
                mark_merged(session, entry.code, into, on)

        if not run_dialog(MergeDialog(entry, self.entries, save, self)):
            return False
        self._changed(translate("ProvinceRosterPage", "Đã đánh dấu {name} sáp nhập.").format(name=entry.name))
        self.select_code(entry.code)
        return True

    def unmerge_selected(self) -> bool:
        entry = self._selected_entry()
        if entry is None:
            return False
        with self._store.transaction() as session:
            clear_merge(session, entry.code)
        self._changed(
            translate("ProvinceRosterPage", "Đã bỏ đánh dấu sáp nhập của {name}.").format(name=entry.name)
        )
        self.select_code(entry.code)
        return True
