"""The inputs of the activity form in two columns that fit a 1366×768 screen, each with a message line
under it for the core's Vietnamese errors (red) and warnings (amber). Widgets only: the dialog fills
them, reads them and shows the check result."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.domain.vocabulary import ActivityStatus, BudgetSource
from gender_equality_desk.core.records.activities import ORGANISER_MAX, PLACE_MAX, TITLE_MAX
from gender_equality_desk.core.records.checks import CheckResult
from gender_equality_desk.gui.forms.inputs import CountEdit, MessageLine, MoneyEdit, date_time_edit
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.attachment_list import AttachmentList
from gender_equality_desk.gui.widgets.basics import set_style_flag, styled_label

RESULT_HEIGHT = 64
COUNT_WIDTH = 72
COMBO_CHARS = 18
# Core field names with a message line; errors on any other name go to the line by the buttons.
MESSAGE_FIELDS = (
    "kind_id", "title", "start_at", "end_at", "campaign_id", "village_id", "place_text", "organiser",
    "responsible_unit_id", "status", "participants_total", "participants_female", "participants_children",
    "participants_ethnic_minority", "budget_vnd", "budget_source", "result_summary", "attachments",
)  # fmt: skip
PEOPLE_FIELDS = (
    "participants_total",
    "participants_female",
    "participants_children",
    "participants_ethnic_minority",
)
Rows = list[tuple[str, QWidget | QLayout, tuple[str, ...]]]


class ActivityFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = self._combo("kindInput")
        self.title = QLineEdit(self)
        self.title.setObjectName("titleInput")
        self.title.setMaxLength(TITLE_MAX + 50)  # the core explains the limit; a hard stop would not
        self.title.setPlaceholderText(
            translate("ActivityFields", "Ví dụ: Tập huấn kỹ năng phòng, chống bạo lực gia đình")
        )
        self.start_at = date_time_edit("startInput", self)
        self.end_at = date_time_edit("endInput", self)
        self.campaign = self._combo("campaignInput")
        self.village = self._combo("villageInput")
        self.place_text = QLineEdit(self)
        self.place_text.setObjectName("placeInput")
        self.place_text.setMaxLength(PLACE_MAX + 50)
        self.place_text.setPlaceholderText(
            translate("ActivityFields", "Ví dụ: Nhà văn hóa thôn, Trường THCS, Hội trường UBND xã")
        )
        self.organiser = self._combo("organiserInput")
        self.organiser.setEditable(True)
        self.organiser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        organiser_edit = self.organiser.lineEdit()
        assert organiser_edit is not None  # editable combos have one
        organiser_edit.setObjectName("organiserText")
        organiser_edit.setMaxLength(ORGANISER_MAX + 50)
        organiser_edit.setPlaceholderText(
            translate("ActivityFields", "Chọn trong danh mục hoặc gõ tên đơn vị")
        )
        self.status = self._combo("statusInput")
        for status in ActivityStatus:
            self.status.addItem(translated_label(status), status)

        self.total = CountEdit("totalInput", self)
        self.female = CountEdit("femaleInput", self)
        self.male = CountEdit("maleInput", self)
        # Not "children": QObject.children() must keep its meaning.
        self.children_count = CountEdit("childrenInput", self)
        self.ethnic = CountEdit("ethnicInput", self)
        for count in self.counts():
            count.setFixedWidth(COUNT_WIDTH)
        self.fill_male = QToolButton(self)
        self.fill_male.setObjectName("fillMaleButton")
        self.fill_male.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+M from the keyboard
        self.show_male_proposal(None)

        self.budget = MoneyEdit("budgetInput", self)
        self.budget.setFixedWidth(140)
        self.budget.setPlaceholderText("0")
        self.budget_source = self._combo("budgetSourceInput")
        self.budget_source.setMinimumContentsLength(12)
        self.budget_source.addItem(translate("ActivityFields", "— Chưa chọn —"), None)
        for source in BudgetSource:
            self.budget_source.addItem(translated_label(source), source)
        self.result = QPlainTextEdit(self)
        self.result.setObjectName("resultInput")
        self.result.setTabChangesFocus(True)  # keyboard-first: Tab leaves the box, never types a tab
        self.result.setFixedHeight(RESULT_HEIGHT)
        self.result.setPlaceholderText(
            translate("ActivityFields", "Nội dung chính, kết quả đạt được (Ctrl+Enter để lưu)")
        )
        self.attachments = AttachmentList(self)
        self.messages = {name: MessageLine(name, self) for name in MESSAGE_FIELDS}

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        columns.addLayout(self._left_column(), 11)
        columns.addLayout(self._right_column(), 10)
        self._chain_tab_order()

    def show_male_proposal(self, male: int | None) -> None:
        """The button offers "Điền Nam = 15" when Tổng and Nữ are filled and Nam is blank; Nam is never
        filled without the officer's click, and a blank Nam stays blank (chưa rõ giới tính)."""
        button = self.fill_male
        button.setEnabled(male is not None)
        if male is None:
            button.setText(translate("ActivityFields", "Nam = tổng − nữ"))
            button.setToolTip(
                translate("ActivityFields", "Nhập Tổng số và Nữ, để trống Nam: có thể điền Nam = Tổng − Nữ")
            )
            return
        button.setText(translate("ActivityFields", "Điền Nam = {male}").format(male=male))
        button.setToolTip(
            translate(
                "ActivityFields",
                "Bấm (hoặc Ctrl+M) để điền Nam = Tổng − Nữ = {male}. Để trống nếu chưa rõ giới tính: báo cáo "
                "ghi số này vào cột “Chưa rõ giới tính”.",
            ).format(male=male)
        )

    def counts(self) -> list[CountEdit]:
        return [self.total, self.female, self.male, self.children_count, self.ethnic]

    def input_for(self, name: str) -> QWidget | None:
        """The input a core field name belongs to (to mark it red and focus it)."""
        inputs: dict[str, QWidget] = {
            "kind_id": self.kind, "title": self.title, "start_at": self.start_at, "end_at": self.end_at,
            "campaign_id": self.campaign, "village_id": self.village, "place_text": self.place_text,
            "organiser": self.organiser, "responsible_unit_id": self.organiser, "status": self.status,
            "participants_total": self.total, "participants_female": self.female,
            "participants_children": self.children_count, "participants_ethnic_minority": self.ethnic,
            "budget_vnd": self.budget, "budget_source": self.budget_source, "result_summary": self.result,
        }  # fmt: skip
        return inputs.get(name)

    def show_result(self, result: CheckResult) -> list[str]:
        """Each message under its field, the first field in error focused; returns the errors that
        belong to no field (the dialog shows them by its buttons)."""
        for line in self.messages.values():
            line.clear_message()
        for name, text in result.warnings.items():
            if name in self.messages:
                self.messages[name].show_warning(text)
        unplaced: list[str] = []
        for name, text in result.errors.items():
            if name in self.messages:
                self.messages[name].show_error(text)
            else:
                unplaced.append(text)
        # One input may carry two core names (the organiser box: text and catalogue unit), and the
        # female/male rule is about both boxes.
        invalid: list[QWidget] = [
            widget for name in result.errors if (widget := self.input_for(name)) is not None
        ]
        if "participants_female" in result.errors:
            invalid.append(self.male)
        for name in MESSAGE_FIELDS:
            widget = self.input_for(name)
            if widget is not None:
                set_style_flag(widget, "invalid", widget in invalid)
        set_style_flag(self.male, "invalid", self.male in invalid)
        ordered = [self.input_for(name) for name in MESSAGE_FIELDS if name in result.errors]
        first = next((widget for widget in ordered if widget is not None), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    # -- layout ------------------------------------------------------------------------------------------

    def _left_column(self) -> QGridLayout:
        dates = self._row(self.start_at, styled_label(translate("ActivityFields", "đến")), self.end_at)
        rows: Rows = [
            (translate("ActivityFields", "Loại hoạt động *"), self.kind, ("kind_id",)),
            (translate("ActivityFields", "Tên hoạt động *"), self.title, ("title",)),
            (translate("ActivityFields", "Thời gian *"), dates, ("start_at", "end_at")),
            (translate("ActivityFields", "Chiến dịch"), self.campaign, ("campaign_id",)),
            (translate("ActivityFields", "Thôn, bản"), self.village, ("village_id",)),
            (translate("ActivityFields", "Nơi tổ chức"), self.place_text, ("place_text",)),
            (
                translate("ActivityFields", "Đơn vị tổ chức"),
                self.organiser,
                ("organiser", "responsible_unit_id"),
            ),
            (translate("ActivityFields", "Trạng thái"), self.status, ("status",)),
        ]
        grid = self._grid(rows)
        grid.setRowStretch(grid.rowCount(), 1)
        return grid

    def _right_column(self) -> QVBoxLayout:
        people = QGridLayout()
        people.setContentsMargins(0, 0, 0, 0)
        people.setHorizontalSpacing(8)
        people.setVerticalSpacing(2)
        captions = [
            translate("ActivityFields", "Tổng số"),
            translate("ActivityFields", "Nữ"),
            translate("ActivityFields", "Nam"),
            translate("ActivityFields", "Trẻ em"),
            translate("ActivityFields", "Người DTTS"),
        ]
        for index, (caption, count) in enumerate(zip(captions, self.counts(), strict=True)):
            label = styled_label(caption, "muted")
            label.setBuddy(count)
            people.addWidget(label, 0, index)
            people.addWidget(count, 1, index)
        people.addWidget(self.fill_male, 2, 1, 1, 2)
        people.setColumnStretch(len(captions), 1)
        money = self._row(self.budget, styled_label(translate("ActivityFields", "Nguồn")), self.budget_source)
        rows: Rows = [
            (translate("ActivityFields", "Người tham gia"), people, PEOPLE_FIELDS),
            (translate("ActivityFields", "Kinh phí (đ)"), money, ("budget_vnd", "budget_source")),
            (translate("ActivityFields", "Kết quả"), self.result, ("result_summary",)),
        ]
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(4)
        right.addLayout(self._grid(rows))
        right.addSpacing(4)
        right.addWidget(
            styled_label(translate("ActivityFields", "Minh chứng (ảnh, danh sách ký tên, PDF)"), "section")
        )
        right.addWidget(self.attachments)
        right.addWidget(self.messages["attachments"])
        right.addStretch(1)
        return right

    def _grid(self, rows: Rows) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        line = 0
        for caption, field, messages in rows:
            label = QLabel(caption, self)
            if isinstance(field, QGridLayout):  # several rows: the caption goes by the first
                grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignTop)
                grid.addLayout(field, line, 1)
            elif isinstance(field, QLayout):
                grid.addWidget(label, line, 0)
                grid.addLayout(field, line, 1)
            else:
                grid.addWidget(label, line, 0)
                grid.addWidget(field, line, 1)
                label.setBuddy(field)
            line += 1
            for name in messages:
                grid.addWidget(self.messages[name], line, 1)
                line += 1
            grid.setRowMinimumHeight(line, 6)
            line += 1
        return grid

    def _row(self, *widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # Long catalogue names must not widen the form past the screen; the drop-down shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)
        return combo

    def _chain_tab_order(self) -> None:
        # Down the left column, then the right one; "Nam = tổng − nữ" is left out (Ctrl+M).
        chain: list[QWidget] = [
            self.kind, self.title, self.start_at, self.end_at, self.campaign, self.village,
            self.place_text, self.organiser, self.status, self.total, self.female, self.male,
            self.children_count, self.ethnic, self.budget, self.budget_source, self.result,
            self.attachments.add_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
