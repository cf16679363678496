"""The banner tab's options card: text, bottom line, size, colours and paper, logo, the save and print
buttons and a status line. Only widgets: the page connects them and does the work."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.render.banner.spec import MAX_SIDE_MM, MIN_SIDE_MM, PRESETS
from gender_equality_desk.core.render.banner.tiling import Paper
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import card, styled_label

CUSTOM = "custom"  # the size list's last entry: width and height typed by hand


class BannerOptions(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame = card(self, "bannerOptionsCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        form = QFormLayout(frame)
        self.text_edit = QPlainTextEdit(frame)
        self.text_edit.setObjectName("bannerText")
        self.text_edit.setPlaceholderText(
            translate("BannerOptions", "Nội dung in trên băng rôn (Enter để tự xuống dòng)")
        )
        self.text_edit.setFixedHeight(64)
        self.second_line = QLineEdit(frame)
        self.second_line.setObjectName("bannerSecondLine")
        self.second_line.setPlaceholderText(
            translate("BannerOptions", "Ví dụ: UBND xã Cao Lâu (có thể để trống)")
        )

        self.size_combo = QComboBox(frame)
        self.size_combo.setObjectName("bannerSize")
        for size in PRESETS:
            self.size_combo.addItem(translate("SizePreset", size.label), size.key)
        self.size_combo.addItem(translate("BannerOptions", "Kích thước khác…"), CUSTOM)
        self.width_mm, self.height_mm = (_mm_box(frame, name) for name in ("bannerWidth", "bannerHeight"))
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_combo, 1)
        size_row.addWidget(styled_label(translate("BannerOptions", "Rộng")))
        size_row.addWidget(self.width_mm)
        size_row.addWidget(styled_label(translate("BannerOptions", "Cao")))
        size_row.addWidget(self.height_mm)

        self.background_button = QPushButton(translate("BannerOptions", "Màu nền…"), frame)
        self.text_colour_button = QPushButton(translate("BannerOptions", "Màu chữ…"), frame)
        self.paper_combo = QComboBox(frame)
        self.paper_combo.setObjectName("bannerPaper")
        for paper in Paper:
            self.paper_combo.addItem(
                translate("BannerOptions", "Ghép trang {paper}").format(paper=paper.value), paper.value
            )
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.background_button)
        colour_row.addWidget(self.text_colour_button)
        colour_row.addStretch(1)
        colour_row.addWidget(self.paper_combo)

        self.save_true_button = QPushButton(translate("BannerOptions", "Lưu PDF khổ thật"), frame)
        self.save_true_button.setObjectName("saveTrueSize")
        self.save_tiled_button = QPushButton(translate("BannerOptions", "Lưu PDF ghép trang A4/A3"), frame)
        self.save_tiled_button.setObjectName("saveTiled")
        self.print_button = QPushButton(translate("BannerOptions", "In…"), frame)
        self.print_button.setObjectName("printBanner")
        self.print_button.setToolTip(
            translate("BannerOptions", "In ghép trang trên khổ giấy của máy in đã chọn (A4, A3…)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_true_button)
        buttons.addWidget(self.save_tiled_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)

        self.logo_button = QPushButton(translate("BannerOptions", "Chọn logo, hình ảnh…"), frame)
        self.logo_button.setObjectName("chooseLogo")
        self.clear_logo_button = QPushButton(translate("BannerOptions", "Bỏ logo"), frame)
        self.clear_logo_button.setObjectName("clearLogo")
        self.logo_label = styled_label("", "muted")
        self.logo_label.setObjectName("logoName")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.clear_logo_button)
        logo_row.addWidget(self.logo_label, 1)
        self.status = styled_label("", "muted", wrap=True)
        self.status.setObjectName("bannerStatus")

        form.addRow(translate("BannerOptions", "Nội dung"), self.text_edit)
        form.addRow(translate("BannerOptions", "Dòng dưới"), self.second_line)
        form.addRow(translate("BannerOptions", "Khổ"), size_row)
        form.addRow(translate("BannerOptions", "Màu, giấy"), colour_row)
        form.addRow(translate("BannerOptions", "Logo"), logo_row)
        form.addRow(buttons)
        form.addRow(self.status)


def _mm_box(parent: QWidget, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setObjectName(name)
    box.setRange(MIN_SIDE_MM, MAX_SIDE_MM)
    box.setDecimals(0)
    box.setSuffix(" mm")
    box.setSingleStep(10)
    return box
