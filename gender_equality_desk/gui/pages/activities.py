"""Hoạt động: the list of campaign activities (any size, paged on demand) and the form to add, edit,
duplicate and delete them, keyboard first.

Ctrl+N new · Enter edit · Ctrl+D duplicate · Delete to Thùng rác · Ctrl+Z undo · Ctrl+F search ·
Ctrl+P the activity log of the selected rows (or of the whole filtered list).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gender_equality_desk.core.catalogues import CatalogueKind
from gender_equality_desk.core.domain.vocabulary import ActivityStatus
from gender_equality_desk.core.records.activity_list import (
    ActivityColumn,
    ActivityFilter,
    ActivitySort,
    activity_ids,
)
from gender_equality_desk.core.records.kinds import RecordType
from gender_equality_desk.core.records.trash import Deletion
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.gui.dialogs.activity_log_dialog import ActivityLogLauncher
from gender_equality_desk.gui.forms.activity_form import ActivityForm
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.models.activity_table import (
    COLUMN_WIDTHS,
    ActivityTableModel,
    activity_table_model,
)
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.record_list_page import RecordListPage
from gender_equality_desk.gui.widgets.filter_bar import FilterBar, FilterValues
from gender_equality_desk.gui.widgets.filter_fields import filter_fields


class ActivitiesPage(RecordListPage):
    change = DataChange.ACTIVITIES
    reads_again_on = frozenset({DataChange.CATALOGUES, DataChange.CAMPAIGNS})
    record_type = RecordType.ACTIVITY
    kind_catalogue = CatalogueKind.ACTIVITY_KIND
    model: ActivityTableModel

    def __init__(self, services: PageServices, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.log_launcher = ActivityLogLauncher(services.store, services.today, self)
        self.log_launcher.problem.connect(self.show_status)

        self.add_button = self._tool_button(
            "addButton", translate("ActivitiesPage", "Thêm hoạt động"), self.add, keys="Ctrl+N"
        )
        self.add_button.setProperty("primary", True)
        self.edit_button = self._tool_button(
            "editButton", translate("ActivitiesPage", "Sửa"), self.edit_selected, keys="Enter"
        )
        self.duplicate_button = self._tool_button(
            "duplicateButton", translate("ActivitiesPage", "Nhân bản"), self.duplicate_selected, keys="Ctrl+D"
        )
        self.delete_button = self._tool_button(
            "deleteButton", translate("ActivitiesPage", "Xóa"), self.delete_selected, keys="Delete"
        )
        self.print_log_button = self._tool_button(
            "printLogButton", translate("ActivitiesPage", "In nhật ký"), self.print_log, keys="Ctrl+P"
        )
        self.undo_button = self._tool_button(
            "undoButton", translate("ActivitiesPage", "Hoàn tác (Ctrl+Z)"), self.undo_delete
        )
        statuses = [(status, translated_label(status)) for status in ActivityStatus]
        filter_bar = FilterBar(
            kind_caption=translate("ActivitiesPage", "Tất cả loại hoạt động"), statuses=statuses
        )
        self._assemble(
            activity_table_model(services.store, parent=self),
            filter_bar,
            table_name="activityTable",
            count_name="countLabel",
            undo_label_name="undoText",
            column_widths=COLUMN_WIDTHS,
            extra_buttons=[self.print_log_button],
        )
        self.undo_text = self.undo_label  # the name this page has always used
        self.body_layout.setContentsMargins(20, 12, 20, 8)
        self.body_layout.setSpacing(8)
        self._shortcut("Ctrl+P", self.print_log)

    def title(self) -> str:
        return translate("ActivitiesPage", "Hoạt động")

    def subtitle(self) -> str:
        return translate(
            "ActivitiesPage",
            "Các hoạt động đã tổ chức hoặc dự kiến, với số người tham gia chia theo nam, nữ.",
        )

    def icon_name(self) -> str:
        return "activities"

    # -- the list's own parts ----------------------------------------------------------------------

    def make_form(self, *, record_id: int | None, duplicate_of: int | None) -> ActivityForm:
        return ActivityForm(
            *self.form_services(), activity_id=record_id, duplicate_of=duplicate_of, parent=self
        )

    def core_filter(self, values: FilterValues) -> ActivityFilter:
        # Qt hands the combo's string enum back as a plain str.
        status = None if values.status is None else ActivityStatus.of(str(values.status))
        return ActivityFilter(**filter_fields(values), status=status)

    def count_text(self, count: int) -> str:
        unfiltered = self.filter_bar.values().is_empty
        if count == 0 and unfiltered:
            return translate(
                "ActivitiesPage",
                "Chưa có hoạt động nào. Bấm “Thêm hoạt động” (Ctrl+N) để ghi hoạt động đầu tiên.",
            )
        if count == 0:
            return translate(
                "ActivitiesPage", "Không có hoạt động nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả."
            )
        if unfiltered:
            return translate("ActivitiesPage", "{n} hoạt động").format(n=format_number(count))
        return translate("ActivitiesPage", "Tìm thấy {n} hoạt động").format(n=format_number(count))

    def undo_message(self, deletion: Deletion) -> str:
        return translate("ActivitiesPage", "{what} Bấm “Hoàn tác” nếu xóa nhầm.").format(
            what=deletion.describe()
        )

    def trash_caption(self, count: int) -> str:
        text = translate("ActivitiesPage", "Thùng rác")
        return f"{text} ({format_number(count)})" if count else text

    def inactive_template(self) -> str:
        return translate("activities", "{label} (ngừng dùng)")

    # -- selection and the activity log -------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected activities, top to bottom (the current one when nothing is selected)."""
        chosen = super().selected_ids()
        current = self.table.currentIndex()
        if chosen or not current.isValid():
            return chosen
        record_id = self.model.record_id(current.row())
        return [] if record_id is None else [record_id]

    def print_log(self) -> None:
        """The activity log of the selected rows; of the whole filtered list when none is selected."""
        ids = super().selected_ids()
        if ids:
            self.log_launcher.launch(ids)
            return
        if self.model.is_complete():  # the list already holds every filtered id: no second read
            every = list(self.model.shown_ids())
        else:  # still reading the full list (the first second on a large store)
            with self._services.store.reading() as session:
                every = list(activity_ids(session, self.model.filter, ActivitySort(ActivityColumn.DATE)))
        if not every:
            self.show_status(translate("ActivitiesPage", "Không có hoạt động nào để in nhật ký."))
            return
        self.log_launcher.launch(every, whole_list=True)
