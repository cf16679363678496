"""Kế hoạch: the annual and Action Month plans — list, editor, plan vs done, PDF and Word export.

Thin: every read and write goes through core.plans in one unit of work; the layout of the printed plan
is core.plans.document's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.plans.choices import (
    activity_kind_choices,
    propaganda_kind_choices,
    unit_choices,
)
from gender_equality_desk.core.plans.document import export_plan_docx, export_plan_pdf, plan_content
from gender_equality_desk.core.plans.model import PlannedActivityInput, PlanRow
from gender_equality_desk.core.plans.progress import (
    LinkCandidate,
    link_candidates,
    link_proposals,
    plan_progress,
    planned_label,
    set_links,
)
from gender_equality_desk.core.plans.service import (
    delete_plan,
    duplicate_from_previous_year,
    list_plans,
    load_plan,
    update_plan,
)
from gender_equality_desk.core.plans.templates import TEMPLATE_CONTEXT, create_from_template, list_templates
from gender_equality_desk.core.records.checks import InvalidRecordError
from gender_equality_desk.gui.dialogs.plan_activity_dialog import PlanActivityDialog
from gender_equality_desk.gui.dialogs.plan_link_dialog import PlanLinkDialog
from gender_equality_desk.gui.forms.inputs import MessageLine
from gender_equality_desk.gui.i18n import QT_TRANSLATE_NOOP, translate, translated_label
from gender_equality_desk.gui.pages.base import DataChange, Page, PageServices
from gender_equality_desk.gui.save_dialog import ask_save_path
from gender_equality_desk.gui.widgets.basics import button_row, push_button
from gender_equality_desk.gui.widgets.plan_editor import PlanEditor

LIST_COLUMNS = (
    QT_TRANSLATE_NOOP("PlansPage", "Năm"),
    QT_TRANSLATE_NOOP("PlansPage", "Loại"),
    QT_TRANSLATE_NOOP("PlansPage", "Số, ký hiệu"),
    QT_TRANSLATE_NOOP("PlansPage", "Tên kế hoạch"),
    QT_TRANSLATE_NOOP("PlansPage", "Hoạt động"),
    QT_TRANSLATE_NOOP("PlansPage", "Đã thực hiện"),
    QT_TRANSLATE_NOOP("PlansPage", "Quá hạn"),
    QT_TRANSLATE_NOOP("PlansPage", "Chờ xác nhận"),
)
# (suggested file name, file filter) → chosen path or None; tests inject their own.
TargetChooser = Callable[[str, str], Path | None]
Confirm = Callable[[str], bool]


class PlansPage(Page):
    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._plan_id: int | None = None
        self._stale = True
        self._statuses_stale = False  # only "quá hạn" counts and statuses: the date changed
        self._kinds: list[tuple[int, str]] = []
        self._propaganda_kinds: list[tuple[int, str]] = []
        self._units: list[tuple[int, str]] = []
        self.choose_target: TargetChooser = self._ask_target
        self.confirm: Confirm = self._ask_confirm
        self.body_layout.addLayout(self._toolbar())
        self.plan_list = QTableWidget(0, len(LIST_COLUMNS))
        self.plan_list.setObjectName("planList")
        self.plan_list.setHorizontalHeaderLabels([translate("PlansPage", c) for c in LIST_COLUMNS])
        self.plan_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan_list.verticalHeader().hide()
        header = self.plan_list.horizontalHeader()
        for column in range(len(LIST_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.plan_list.setFixedHeight(150)
        self.plan_list.itemSelectionChanged.connect(self._selection_changed)
        self.body_layout.addWidget(self.plan_list)
        self.message = MessageLine("plansPage")
        self.body_layout.addWidget(self.message)
        self.editor = PlanEditor()
        self.editor.setMinimumHeight(470)
        self.editor.activities.edit_dialog = self._edit_activity
        self.editor.activities.link_requested.connect(self.link_records)
        self.body_layout.addWidget(self.editor, 1)
        self._enable_plan_actions()

    def title(self) -> str:
        return translate("PlansPage", "Kế hoạch")

    def subtitle(self) -> str:
        return translate(
            "PlansPage",
            "Soạn kế hoạch năm và kế hoạch Tháng hành động đúng thể thức Nghị định 30/2020/NĐ-CP, "
            "theo dõi hoạt động nào đã thực hiện, xuất PDF hoặc Word để trình ký.",
        )

    def icon_name(self) -> str:
        return "plans"

    # -- toolbar ------------------------------------------------------------------------------------

    def _toolbar(self) -> QHBoxLayout:
        self.new_button = QPushButton(translate("PlansPage", "Kế hoạch mới theo mẫu"))
        self.new_button.setObjectName("newPlan")
        menu = QMenu(self.new_button)
        for template in list_templates():
            action = menu.addAction(translate(TEMPLATE_CONTEXT, template.label))
            action.triggered.connect(lambda _checked=False, code=template.code: self.new_from_template(code))
        self.new_button.setMenu(menu)
        self.buttons = {
            "copyPlan": push_button(
                "copyPlan", translate("PlansPage", "Lập cho năm sau từ kế hoạch này"), self.copy_to_next_year
            ),
            "savePlan": push_button("savePlan", translate("PlansPage", "Lưu"), self.save),
            "exportPdf": push_button(
                "exportPdf", translate("PlansPage", "Xuất PDF"), lambda: self.export(".pdf")
            ),
            "exportDocx": push_button(
                "exportDocx", translate("PlansPage", "Xuất Word"), lambda: self.export(".docx")
            ),
            "deletePlan": push_button("deletePlan", translate("PlansPage", "Xóa"), self.delete),
        }
        return button_row(self.new_button, *self.buttons.values())

    def _enable_plan_actions(self) -> None:
        has_plan = self._plan_id is not None
        for button in self.buttons.values():
            button.setEnabled(has_plan)
        self.editor.setEnabled(has_plan)

    # -- list ---------------------------------------------------------------------------------------

    def activated(self) -> None:
        if self._stale:
            self.refresh()
        elif self._statuses_stale:
            self.refresh_statuses()

    def on_day_changed(self, today: date) -> None:
        if self.isVisible():
            self.refresh_statuses()
        else:
            self._statuses_stale = True

    def refresh_statuses(self) -> None:
        """The list's counts and the open plan's statuses as of today, leaving what the officer is typing
        in the editor as it is (a full refresh would load the stored plan over unsaved edits)."""
        self._statuses_stale = False
        today = self._services.today()
        with self._services.store.reading() as session:
            rows = list_plans(session, today)
            progress = plan_progress(session, self._plan_id, today) if self._plan_id is not None else []
        self._fill_list(rows)
        if self._plan_id is not None:
            table = self.editor.activities
            selected = table.selected_row()
            table.set_rows(tuple(table.rows), progress)
            if selected >= 0:
                table.table.selectRow(selected)
            row = self._row_of(self._plan_id)
            if row >= 0:
                self.plan_list.blockSignals(True)
                self.plan_list.selectRow(row)
                self.plan_list.blockSignals(False)

    def on_data_changed(self, change: DataChange) -> None:
        if change in (
            DataChange.ACTIVITIES,
            DataChange.PROPAGANDA,
            DataChange.CATALOGUES,
            DataChange.EVERYTHING,
        ):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        self._stale = self._statuses_stale = False
        with self._services.store.reading() as session:
            rows = list_plans(session, self._services.today())
        self._fill_list(rows)
        if self._plan_id is None and rows:
            self.select_plan(rows[0].id)
        elif self._plan_id is not None:
            self.select_plan(self._plan_id)

    def _fill_list(self, rows: list[PlanRow]) -> None:
        self.plan_list.blockSignals(True)
        self.plan_list.setRowCount(len(rows))
        for index, row in enumerate(rows):
            texts = (
                str(row.year),
                translated_label(row.kind),
                row.number_symbol,
                row.title,
                str(row.planned),
                str(row.done),
                str(row.overdue),
                str(row.matched),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(256, row.id)
                item.setToolTip(text)
                self.plan_list.setItem(index, column, item)
        self.plan_list.blockSignals(False)

    def _row_of(self, plan_id: int) -> int:
        for row in range(self.plan_list.rowCount()):
            item = self.plan_list.item(row, 0)
            if item is not None and item.data(256) == plan_id:
                return row
        return -1

    def _selection_changed(self) -> None:
        rows = self.plan_list.selectionModel().selectedRows()
        if rows:
            item = self.plan_list.item(rows[0].row(), 0)
            if item is not None and item.data(256) != self._plan_id:
                self.select_plan(int(item.data(256)))

    def select_plan(self, plan_id: int) -> None:
        today = self._services.today()
        try:
            with self._services.store.reading() as session:
                detail = load_plan(session, plan_id)
                progress = plan_progress(session, plan_id, today)
                kinds = activity_kind_choices(session)
                propaganda_kinds = propaganda_kind_choices(session)
                units = unit_choices(session)
        except UserFacingError as error:
            self._plan_id = None
            self.message.show_error(str(error))
            self._enable_plan_actions()
            return
        self._plan_id = plan_id
        self._kinds, self._propaganda_kinds, self._units = kinds, propaganda_kinds, units
        self.editor.set_choices(units)
        self.editor.set_plan(detail.content, progress)
        row = self._row_of(plan_id)
        if row >= 0:
            self.plan_list.blockSignals(True)
            self.plan_list.selectRow(row)
            self.plan_list.blockSignals(False)
        self._enable_plan_actions()

    # -- actions ------------------------------------------------------------------------------------

    def _changed(self, plan_id: int | None, status: str) -> None:
        self._plan_id = plan_id
        self.refresh()
        if status:
            self.message.show_warning(status)
        else:
            self.message.clear_message()
        self.data_changed.emit(DataChange.PLANS.value)

    def new_from_template(self, code: str) -> int:
        year = self._services.today().year
        with self._services.store.transaction() as session:
            plan_id = create_from_template(session, code, year)
        self._changed(
            plan_id,
            translate("PlansPage", "Đã tạo kế hoạch mới theo mẫu. Vui lòng xem lại từng thẻ rồi bấm Lưu."),
        )
        return plan_id

    def copy_to_next_year(self) -> int | None:
        if self._plan_id is None or not self.save(quiet=True):
            return None
        with self._services.store.transaction() as session:
            plan_id = duplicate_from_previous_year(session, self._plan_id)
        self._changed(
            plan_id,
            translate(
                "PlansPage", "Đã lập kế hoạch năm sau: các ngày đã lùi một năm, số và ngày ban hành để trống."
            ),
        )
        return plan_id

    def save(self, *, quiet: bool = False) -> bool:
        if self._plan_id is None:
            return False
        data = self.editor.plan_input()
        try:
            with self._services.store.transaction() as session:
                update_plan(session, self._plan_id, data)
        except InvalidRecordError as error:
            self.message.show_error(
                translate("PlansPage", "Chưa lưu được kế hoạch:")
                + "\n"
                + "\n".join(error.result.errors.values())
            )
            return False
        except UserFacingError as error:
            self.message.show_error(str(error))
            return False
        self._changed(self._plan_id, "" if quiet else translate("PlansPage", "Đã lưu kế hoạch."))
        return True

    def delete(self) -> None:
        if self._plan_id is None or not self.confirm(
            translate("PlansPage", "Xóa kế hoạch này? Có thể khôi phục lại sau.")
        ):
            return
        with self._services.store.transaction() as session:
            delete_plan(session, self._plan_id)
        self._changed(None, translate("PlansPage", "Đã xóa kế hoạch."))

    def export(self, suffix: str) -> Path | None:
        if self._plan_id is None or not self.save(quiet=True):
            return None
        with self._services.store.reading() as session:
            stem = plan_content(load_plan(session, self._plan_id)).file_stem
        file_filter = (
            translate("PlansPage", "Tệp PDF (*.pdf)")
            if suffix == ".pdf"
            else translate("PlansPage", "Tệp Word (*.docx)")
        )
        target = self.choose_target(stem + suffix, file_filter)
        if target is None:
            return None
        target = target.with_suffix(suffix)
        writer = export_plan_pdf if suffix == ".pdf" else export_plan_docx
        try:
            with self._services.store.reading() as session:
                writer(session, self._plan_id, target)
        except UserFacingError as error:
            self.message.show_error(str(error))
            return None
        self.message.show_warning(
            translate("PlansPage", "Đã xuất kế hoạch ra tệp {path}").format(path=target)
        )
        return target

    def _edit_activity(self, item: PlannedActivityInput) -> PlannedActivityInput | None:
        dialog = PlanActivityDialog(
            item,
            self._kinds,
            self._units,
            self.editor.year.value(),
            self,
            propaganda_kinds=self._propaganda_kinds,
        )
        try:
            return dialog.value() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def link_records(self, planned_activity_id: int) -> None:
        if planned_activity_id < 0 or self._plan_id is None:
            self.message.show_error(
                translate("PlansPage", "Hoạt động này chưa được lưu. Vui lòng bấm Lưu rồi gắn lại.")
            )
            return
        plan_id = self._plan_id
        with self._services.store.reading() as session:
            label = planned_label(session, planned_activity_id)
            proposals = link_proposals(session, planned_activity_id)
            progress = {
                p.planned_activity_id: p for p in plan_progress(session, plan_id, self._services.today())
            }
        current = progress.get(planned_activity_id)
        linked = {(r.kind.value, r.record_id) for r in current.linked} if current else set()

        def search(text: str) -> list[LinkCandidate]:
            with self._services.store.reading() as session:
                return link_candidates(session, plan_id, text)

        dialog = PlanLinkDialog(label, search, linked, self, proposals)
        try:
            if not dialog.exec():
                return
            ticked = dialog.ticked()
        finally:
            dialog.deleteLater()
        if not self.save(quiet=True):
            return
        with self._services.store.transaction() as session:
            set_links(session, planned_activity_id, ticked)
        self._changed(plan_id, translate("PlansPage", "Đã cập nhật các hoạt động đã thực hiện."))

    # -- default dialogs ----------------------------------------------------------------------------

    def _ask_target(self, suggested: str, file_filter: str) -> Path | None:
        return ask_save_path(self, translate("PlansPage", "Lưu kế hoạch"), suggested, file_filter)

    def _ask_confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, translate("PlansPage", "Xác nhận"), question)
        return answer == QMessageBox.StandardButton.Yes
