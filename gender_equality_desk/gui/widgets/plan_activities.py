"""The planned activities of a plan as a table, with how far each got (planned / done / waiting for the
officer's confirmation / overdue). An item waiting for confirmation shows the record of its kind that
probably carried it out; "Gắn hoạt động đã thực hiện…" proposes it first, one click to link."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.domain.text import group_thousands
from gender_equality_desk.core.plans.model import PlannedActivityInput
from gender_equality_desk.core.plans.progress import ActivityProgress
from gender_equality_desk.core.plans.status import PlanStatus
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import read_only_table, styled_label

# Status colours: green done, amber waiting for confirmation, red overdue, blue planned (text stays dark
# for contrast).
STATUS_COLOURS = {
    PlanStatus.DONE: QColor("#d8f0dc"),
    PlanStatus.MATCHED: QColor("#fbeccb"),
    PlanStatus.OVERDUE: QColor("#f9d6d5"),
    PlanStatus.PLANNED: QColor("#dbe8f7"),
}


def _columns() -> list[str]:
    return [
        translate("PlanActivitiesTable", "STT"),
        translate("PlanActivitiesTable", "Nội dung hoạt động"),
        translate("PlanActivitiesTable", "Thời gian"),
        translate("PlanActivitiesTable", "Địa điểm"),
        translate("PlanActivitiesTable", "Kinh phí (đồng)"),
        translate("PlanActivitiesTable", "Tiến độ"),
        translate("PlanActivitiesTable", "Đã thực hiện bởi"),
    ]


EditDialog = Callable[[PlannedActivityInput], PlannedActivityInput | None]


def _when(item: PlannedActivityInput) -> str:
    start, end = item.start_date, item.end_date
    if start and end and start != end:
        return f"{format_date(start)} – {format_date(end)}"
    day = start or end
    return format_date(day) if day else ""


class PlanActivitiesTable(QWidget):
    changed = Signal()
    link_requested = Signal(int)  # planned activity id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PlannedActivityInput] = []
        self._progress: dict[int, ActivityProgress] = {}
        self.edit_dialog: EditDialog = lambda item: None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.summary = styled_label("", "muted")
        self.summary.setObjectName("planProgressSummary")
        box.addWidget(self.summary)
        self.table = read_only_table("plannedActivities", _columns())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 170)
        self.table.setMinimumHeight(260)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("activityAdd", translate("PlanActivitiesTable", "Thêm hoạt động"), self.add),
            ("activityEdit", translate("PlanActivitiesTable", "Sửa"), self.edit_selected),
            ("activityRemove", translate("PlanActivitiesTable", "Xóa"), self.remove_selected),
            ("activityUp", translate("PlanActivitiesTable", "Lên"), lambda: self._move(-1)),
            ("activityDown", translate("PlanActivitiesTable", "Xuống"), lambda: self._move(1)),
            (
                "activityLink",
                translate("PlanActivitiesTable", "Gắn hoạt động đã thực hiện…"),
                self._request_link,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        self.schedule = QCheckBox(translate("PlanActivitiesTable", "In kèm bảng tiến độ các hoạt động"))
        self.schedule.setObjectName("showScheduleTable")
        buttons.addWidget(self.schedule)
        box.addLayout(buttons)

    def set_rows(self, rows: tuple[PlannedActivityInput, ...], progress: list[ActivityProgress]) -> None:
        self.rows = list(rows)
        self._progress = {item.planned_activity_id: item for item in progress}
        self._fill()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        counts = dict.fromkeys(PlanStatus, 0)
        for row, item in enumerate(self.rows):
            progress = self._progress.get(item.id) if item.id is not None else None
            label = item.title or (item.body[0].text if item.body else "")
            status = (
                translated_label(progress.status)
                if progress
                else translate("PlanActivitiesTable", "Chưa lưu")
            )
            linked = "; ".join(f"{format_date(r.day)} {r.title}" for r in progress.linked) if progress else ""
            hint = ""
            if progress is not None and progress.proposal is not None:
                proposal = progress.proposal
                linked = translate("PlanActivitiesTable", "Đề xuất: {day} {title}").format(
                    day=format_date(proposal.day), title=proposal.title
                )
                hint = translate(
                    "PlanActivitiesTable",
                    "Đã có bản ghi cùng loại thực hiện trong thời gian của kế hoạch, chưa gắn với kế hoạch. "
                    "Bấm “Gắn hoạt động đã thực hiện…” để xác nhận.",
                )
            cells = (
                str(row + 1),
                label,
                _when(item),
                item.place,
                group_thousands(item.budget_vnd),
                status,
                linked,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{text}\n{hint}" if hint and column in (5, 6) else text)
                if progress is not None and column == 5:
                    cell.setBackground(QBrush(STATUS_COLOURS[progress.status]))
                self.table.setItem(row, column, cell)
            if progress is not None:
                counts[progress.status] += 1
        self.summary.setText(
            translate(
                "PlanActivitiesTable",
                "{total} hoạt động · đã thực hiện {done} · chờ xác nhận {matched} · quá hạn {overdue} · "
                "dự kiến {planned}",
            ).format(
                total=len(self.rows),
                done=counts[PlanStatus.DONE],
                matched=counts[PlanStatus.MATCHED],
                overdue=counts[PlanStatus.OVERDUE],
                planned=counts[PlanStatus.PLANNED],
            )
        )

    def add(self) -> None:
        added = self.edit_dialog(PlannedActivityInput())
        if added is not None:
            self.rows.append(added)
            self._fill()
            self.table.selectRow(len(self.rows) - 1)
            self.changed.emit()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        edited = self.edit_dialog(self.rows[row])
        if edited is not None:
            self.rows[row] = edited
            self._fill()
            self.table.selectRow(row)
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            del self.rows[row]
            self._fill()
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.selected_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.rows):
            return
        self.rows[row], self.rows[target] = self.rows[target], self.rows[row]
        self._fill()
        self.table.selectRow(target)
        self.changed.emit()

    def _request_link(self) -> None:
        row = self.selected_row()
        if row >= 0:
            planned_id = self.rows[row].id
            self.link_requested.emit(planned_id if planned_id is not None else -1)
