"""The columns of the two import templates: header, value kind, which check fields they answer for.

One list per record type feeds the template writer, the reader and the row converter, so a header typed
in one place can never disagree with another.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gender_equality_desk.core.domain.text import fold
from gender_equality_desk.core.records.kinds import RecordType


class ValueKind(Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    INTEGER = "integer"
    MONEY = "money"
    DATE = "date"
    TIME = "time"
    CHOICE = "choice"


class ChoiceList(Enum):
    """The drop-down lists of the templates, filled from the store's catalogues (active entries)."""

    ACTIVITY_KIND = "Loại hoạt động"
    PROPAGANDA_KIND = "Hình thức tuyên truyền"
    VILLAGE = "Thôn, bản, tổ dân phố"
    RESPONSIBLE_UNIT = "Đơn vị phụ trách"
    STATUS = "Trạng thái"
    BUDGET_SOURCE = "Nguồn kinh phí"


@dataclass(frozen=True)
class Column:
    key: str  # the converter's name for the value
    header: str  # Vietnamese, as printed in row 1 of the template
    kind: ValueKind
    hint: str  # one line for the instructions sheet
    required: bool = False
    choices: ChoiceList | None = None
    width: int = 16
    # Field names of core.records check results that are reported in this column.
    fields: tuple[str, ...] = ()

    @property
    def heading(self) -> str:
        return f"{self.header} (*)" if self.required else self.header


ACTIVITY_COLUMNS: tuple[Column, ...] = (
    Column("title", "Tên hoạt động", ValueKind.TEXT, "Tên ngắn gọn của hoạt động.", True, width=42,
           fields=("title",)),
    Column("kind", "Loại hoạt động", ValueKind.CHOICE, "Chọn trong danh sách thả xuống.", True,
           ChoiceList.ACTIVITY_KIND, 30, ("kind_id",)),
    Column("start_day", "Ngày bắt đầu", ValueKind.DATE, "Ngày/tháng/năm, ví dụ 20/11/2025.", True,
           width=14, fields=("start_at", "campaign_id")),
    Column("start_time", "Giờ bắt đầu", ValueKind.TIME, "Giờ:phút, ví dụ 08:00. Để trống: 08:00.",
           width=11),
    Column("end_day", "Ngày kết thúc", ValueKind.DATE, "Để trống: cùng ngày bắt đầu.", width=14,
           fields=("end_at",)),
    Column("end_time", "Giờ kết thúc", ValueKind.TIME, "Để trống: bằng giờ bắt đầu.", width=11),
    Column("village", "Thôn/bản", ValueKind.CHOICE, "Chọn trong danh sách; để trống nếu cấp xã.",
           choices=ChoiceList.VILLAGE, width=20, fields=("village_id",)),
    Column("place_text", "Địa điểm", ValueKind.TEXT, "Ví dụ: Hội trường UBND xã.", width=26,
           fields=("place_text",)),
    Column("organiser", "Đơn vị tổ chức", ValueKind.TEXT, "Cơ quan, đoàn thể tổ chức.", width=24,
           fields=("organiser",)),
    Column("responsible_unit", "Đơn vị phụ trách", ValueKind.CHOICE, "Chọn trong danh sách (không bắt buộc).",
           choices=ChoiceList.RESPONSIBLE_UNIT, width=26, fields=("responsible_unit_id",)),
    Column("participants_total", "Tổng số người tham gia", ValueKind.INTEGER, "Số nguyên từ 0 trở lên.",
           width=13, fields=("participants_total",)),
    Column("participants_female", "Số nữ", ValueKind.INTEGER, "Để trống nếu không biết; nữ + nam = tổng số.",
           width=9, fields=("participants_female",)),
    Column("participants_male", "Số nam", ValueKind.INTEGER, "Để trống nếu không biết.", width=9,
           fields=("participants_male",)),
    Column("participants_children", "Số trẻ em", ValueKind.INTEGER, "Không lớn hơn tổng số.", width=10,
           fields=("participants_children",)),
    Column("participants_ethnic_minority", "Số người dân tộc thiểu số", ValueKind.INTEGER,
           "Không lớn hơn tổng số.", width=13, fields=("participants_ethnic_minority",)),
    Column("budget_vnd", "Kinh phí (đồng)", ValueKind.MONEY, "Số nguyên đồng, ví dụ 1500000.", width=14,
           fields=("budget_vnd",)),
    Column("budget_source", "Nguồn kinh phí", ValueKind.CHOICE, "Bắt buộc khi có kinh phí.",
           choices=ChoiceList.BUDGET_SOURCE, width=18, fields=("budget_source",)),
    Column("status", "Trạng thái", ValueKind.CHOICE, "Để trống: Đã thực hiện.", choices=ChoiceList.STATUS,
           width=15, fields=("status",)),
    Column("result_summary", "Kết quả", ValueKind.LONG_TEXT, "Kết quả chính (không bắt buộc).", width=36,
           fields=("result_summary",)),
)  # fmt: skip

PROPAGANDA_COLUMNS: tuple[Column, ...] = (
    Column("title", "Nội dung tuyên truyền", ValueKind.TEXT, "Nội dung hoặc tên đợt tuyên truyền.", True,
           width=42, fields=("title",)),
    Column("kind", "Hình thức", ValueKind.CHOICE, "Chọn trong danh sách thả xuống.", True,
           ChoiceList.PROPAGANDA_KIND, 32, ("kind_id",)),
    Column("start_day", "Ngày bắt đầu", ValueKind.DATE, "Ngày/tháng/năm, ví dụ 15/11/2025.", True,
           width=14, fields=("start_date", "campaign_id")),
    Column("end_day", "Ngày kết thúc", ValueKind.DATE, "Để trống: cùng ngày bắt đầu.", width=14,
           fields=("end_date",)),
    Column("village", "Thôn/bản", ValueKind.CHOICE, "Chọn trong danh sách; để trống nếu cấp xã.",
           choices=ChoiceList.VILLAGE, width=20, fields=("village_id",)),
    Column("places", "Địa điểm", ValueKind.TEXT, "Nhiều địa điểm cách nhau bởi dấu chấm phẩy (;).",
           width=30, fields=("places",)),
    Column("quantity", "Số lượng", ValueKind.INTEGER, "Số băng rôn, lượt phát, buổi… (từ 1 trở lên).", True,
           width=10, fields=("quantity",)),
    Column("minutes", "Số phút", ValueKind.INTEGER, "Tổng số phút phát (loa, đài).", width=9,
           fields=("minutes",)),
    Column("estimated_reach", "Số người được tiếp cận", ValueKind.INTEGER, "Ước tính (không bắt buộc).",
           width=13, fields=("estimated_reach",)),
    Column("notes", "Ghi chú", ValueKind.LONG_TEXT, "Không bắt buộc.", width=32, fields=("notes",)),
)  # fmt: skip

COLUMNS: dict[RecordType, tuple[Column, ...]] = {
    RecordType.ACTIVITY: ACTIVITY_COLUMNS,
    RecordType.PROPAGANDA_EVENT: PROPAGANDA_COLUMNS,
}
_PARTICIPANTS = frozenset({"participants_total", "participants_female", "participants_male",
                           "participants_children", "participants_ethnic_minority"})  # fmt: skip
_RELATED_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"start_day", "start_time", "end_day", "end_time"}),
    frozenset({"budget_vnd", "budget_source"}),
    frozenset({"kind", "quantity", "minutes"}),
)
# A cell that cannot be read (a word in a number column, a negative count) is explained by the reader in
# its own column and reaches the record check as blank. The check's verdict on the cells compared with it
# would then mislead ("Số nữ (25) lớn hơn tổng số người tham gia (0)" after an unreadable total), so those
# verdicts are not shown. A blank Nữ, Nam, children or minority count is "not known" to the rules and
# misleads nothing: only the total hides the other participant verdicts.
HIDDEN_WHEN_UNREADABLE: dict[str, frozenset[str]] = {
    "participants_total": _PARTICIPANTS,
    **{key: group for group in _RELATED_GROUPS for key in group},
}


def unreliable_columns(unreadable: set[str]) -> set[str]:
    """The columns whose check messages are hidden because a cell they are compared with was unreadable."""
    hidden = set(unreadable)
    for key in unreadable:
        hidden |= HIDDEN_WHEN_UNREADABLE.get(key, frozenset())
    return hidden


SHEET_TITLES = {RecordType.ACTIVITY: "Hoạt động", RecordType.PROPAGANDA_EVENT: "Tuyên truyền"}
TEMPLATE_NAMES = {
    RecordType.ACTIVITY: "mau-nhap-hoat-dong.xlsx",
    RecordType.PROPAGANDA_EVENT: "mau-nhap-tuyen-truyen.xlsx",
}
# The kind argument of `gender-equality-desk template KIND` (commands_exchange.TEMPLATE_KINDS, kept literal
# there so that --help imports no model; a test checks the two agree).
TEMPLATE_ARGUMENTS = {RecordType.ACTIVITY: "activities", RecordType.PROPAGANDA_EVENT: "propaganda"}
EXAMPLE_PREFIX = "Ví dụ:"  # a row whose first cell starts with this is the template's example, skipped


def header_key(text: str) -> str:
    """How a header is recognised: "Số nữ (*)", "so nu" and " SỐ NỮ " are the same column."""
    return fold(text.replace("(*)", ""))


def column_for_field(columns: tuple[Column, ...], field_name: str) -> Column:
    """The column a check-result field is reported in (the first column for fields without one)."""
    for column in columns:
        if field_name in column.fields:
            return column
    return columns[0]


def column_for_message(columns: tuple[Column, ...], field_name: str, message: str) -> Column:
    """The column a record-check message belongs to.

    A rule over several cells reports under one field (the female/male rule under participants_female, as
    the form shows it beside both boxes); its message begins with the label of the cell at fault ("Số nam
    (60) lớn hơn tổng số…"), and that cell's column is where the officer must look. Only a column checked
    together with the field's own column is taken this way.
    """
    own = column_for_field(columns, field_name)
    related = next((group for group in (_PARTICIPANTS, *_RELATED_GROUPS) if own.key in group), frozenset())
    for column in columns:
        if column.key in related and _begins_with_label(message, column.header):
            return column
    return own


def _begins_with_label(message: str, label: str) -> bool:
    rest = message[len(label) :]
    return message.startswith(label) and not (rest[:1].isalnum())
