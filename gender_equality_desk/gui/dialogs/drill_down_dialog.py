"""The communes behind one total: each included commune with its figure (blank ones say so), and the
total they add up to, so the officer can find the commune whose figure looks wrong and call it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from gender_equality_desk.core.province.consolidation import Consolidation, drill_down
from gender_equality_desk.core.reports.formatting import format_number
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

BLANK_TINT = "#f3f4f6"


class DrillDownDialog(QDialog):
    def __init__(self, consolidation: Consolidation, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillDownDialog")
        total = consolidation.total_of(code)
        line = total.line
        self.setWindowTitle(
            translate("DrillDownDialog", "Số liệu từng xã — {heading}").format(heading=line.heading)
        )
        self.resize(620, 560)
        box = QVBoxLayout(self)
        box.addWidget(
            styled_label(line.heading + (f" ({line.unit})" if line.unit else ""), "cardTitle", wrap=True)
        )
        if total.total is None and not line.summable:
            summary = translate(
                "DrillDownDialog", "Tỷ lệ (%): không cộng giữa các xã; {reporting} xã có số liệu."
            )
        elif total.total is None:
            summary = translate("DrillDownDialog", "Chưa xã nào có số liệu cho chỉ tiêu này.")
        else:
            summary = translate("DrillDownDialog", "Tổng cộng {total}: {reporting} xã có số liệu.")
        if total.blank:
            summary += " " + translate("DrillDownDialog", "{blank} xã để trống (không tính là 0).")
        self.summary = styled_label(
            summary.format(
                total=format_number(total.total or 0), reporting=total.reporting, blank=len(total.blank)
            ),
            wrap=True,
        )
        self.summary.setObjectName("drillDownSummary")
        box.addWidget(self.summary)
        self.table = ResultTable(
            "drillDownTable",
            [
                translate("DrillDownDialog", "TT"),
                translate("DrillDownDialog", "Mã xã"),
                translate("DrillDownDialog", "Xã, phường"),
                translate("DrillDownDialog", "Số liệu"),
            ],
            stretch_column=2,
            right_aligned=(0, 3),
        )
        blank_text = translate("DrillDownDialog", "để trống")
        self.table.show_rows(
            [
                ResultRow(
                    (
                        str(number),
                        row.commune.code,
                        row.commune.name,
                        blank_text if row.value is None else format_number(row.value),
                    ),
                    tint=BLANK_TINT if row.value is None else None,
                )
                for number, row in enumerate(drill_down(consolidation, code), start=1)
            ]
        )
        box.addWidget(self.table, 1)
        if consolidation.missing:
            missing = ", ".join(commune.name for commune in consolidation.missing)
            box.addWidget(
                styled_label(
                    translate("DrillDownDialog", "Chưa báo cáo, chưa được tính: {names}.").format(
                        names=missing
                    ),
                    "muted",
                    wrap=True,
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("DrillDownDialog", "Đóng"))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
