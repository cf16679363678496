"""The commune profile form, shared by the first-run wizard and the Cài đặt page.

Place name, issuing body and receiving authority follow the commune and province names as suggestions
until the officer types in them. Validation messages come from core.profile.validate_profile and are
shown under each field once the officer has touched it (or everywhere after `reveal_problems`).
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.profile import (
    DEFAULT_SIGNER_TITLE,
    DEFAULT_SIGNING_AUTHORITY,
    ProfileInput,
    suggest_issuing_body,
    suggest_place_name,
    suggest_receiving_authority,
    validate_profile,
)
from gender_equality_desk.core.province.desk import issuing_body_of, province_profile_problems
from gender_equality_desk.core.province.desk_roles import DESK_COMMUNE, DESK_PROVINCE
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import set_style_flag, styled_label

Editor = QLineEdit | QPlainTextEdit


class ProfileForm(QWidget):
    """Two groups side by side: the issuing unit, and the signer / officer in charge."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, Editor] = {}
        self._errors: dict[str, QLabel] = {}
        self._loading = False  # programmatic text changes are not the officer's edits
        self._touched: set[str] = set()
        self._edited_by_user: set[str] = set()
        self._reveal_all = False
        self._desk_role = DESK_COMMUNE
        self._row_labels: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}  # to hide a row a desk does not use
        self._commune_texts: dict[str, tuple[str, str]] = {}  # label, placeholder: back from a province

        unit = self._group(
            translate("ProfileForm", "Đơn vị ban hành văn bản"),
            [
                (
                    "commune_name",
                    translate("ProfileForm", "Tên xã/phường *"),
                    translate("ProfileForm", "Ví dụ: Xã Cao Lâu"),
                ),
                (
                    "province_name",
                    translate("ProfileForm", "Tỉnh/thành phố *"),
                    translate("ProfileForm", "Ví dụ: Quảng Nam"),
                ),
                (
                    "unit_code",
                    translate("ProfileForm", "Mã đơn vị hành chính"),
                    translate("ProfileForm", "Ví dụ: 04378 (cần khi gửi báo cáo lên tỉnh)"),
                ),
                (
                    "place_name",
                    translate("ProfileForm", "Địa danh ghi ngày *"),
                    translate("ProfileForm", "Ví dụ: Cao Lâu"),
                ),
                (
                    "issuing_body",
                    translate("ProfileForm", "Cơ quan ban hành *"),
                    translate("ProfileForm", "ỦY BAN NHÂN DÂN XÃ …"),
                ),
                (
                    "parent_body",
                    translate("ProfileForm", "Cơ quan chủ quản"),
                    translate("ProfileForm", "Để trống nếu không có"),
                ),
                (
                    "receiving_authority",
                    translate("ProfileForm", "Nơi nhận báo cáo *"),
                    translate("ProfileForm", "Sở Nội vụ tỉnh …"),
                ),
            ],
        )
        signer = self._group(
            translate("ProfileForm", "Người ký và cán bộ phụ trách"),
            [
                (
                    "signer_name",
                    translate("ProfileForm", "Họ tên người ký *"),
                    translate("ProfileForm", "Ví dụ: Nguyễn Văn An"),
                ),
                (
                    "signer_title",
                    translate("ProfileForm", "Chức vụ người ký *"),
                    # core.profile.DEFAULT_SIGNER_TITLE as an example: documents print the title as typed
                    translate("ProfileForm", "PHÓ CHỦ TỊCH"),
                ),
                ("signing_authority", translate("ProfileForm", "Thẩm quyền ký *"), ""),
                (
                    "officer_name",
                    translate("ProfileForm", "Cán bộ phụ trách"),
                    translate("ProfileForm", "Không bắt buộc"),
                ),
                (
                    "officer_phone",
                    translate("ProfileForm", "Số điện thoại"),
                    translate("ProfileForm", "Không bắt buộc"),
                ),
            ],
        )
        self._set_tooltips()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(unit, 1)
        layout.addWidget(signer, 1)

        self._set_text("signer_title", DEFAULT_SIGNER_TITLE)
        self._set_text("signing_authority", DEFAULT_SIGNING_AUTHORITY)
        self._line("commune_name").textChanged.connect(self._suggest_from_commune)
        self._line("province_name").textChanged.connect(self._suggest_from_province)
        self._refresh_errors()

    # -- public API ---------------------------------------------------------------------------------

    def value(self) -> ProfileInput:
        return ProfileInput(**{f.name: self._text(f.name).strip() for f in fields(ProfileInput)})

    def set_value(self, profile: ProfileInput) -> None:
        """Show a saved profile; its values count as the officer's own, so suggestions leave them alone."""
        for f in fields(ProfileInput):
            self._set_text(f.name, getattr(profile, f.name))
        self._edited_by_user = {f.name for f in fields(ProfileInput) if getattr(profile, f.name)}
        self._refresh_errors()

    def problems(self) -> dict[str, str]:
        if self._desk_role == DESK_PROVINCE:  # a Sở may name its signer later
            return province_profile_problems(self.value())
        return validate_profile(self.value())

    def set_desk_role(self, role: str) -> None:
        """Label the fields for a commune or for a province desk (the Sở), and suggest accordingly."""
        self._desk_role = role
        texts = dict(self._commune_texts)
        if role == DESK_PROVINCE:
            texts.update(self._province_texts())
        for name, (label, placeholder) in texts.items():
            self._row_labels[name].setText(label)
            editor = self._editors[name]
            if isinstance(editor, QLineEdit):
                editor.setPlaceholderText(placeholder)
        form, cell = self._rows["unit_code"]  # a commune's code: the province knows it by it; a Sở has none
        form.setRowVisible(cell, role != DESK_PROVINCE)
        self._refresh_errors()

    @staticmethod
    def _province_texts() -> dict[str, tuple[str, str]]:
        return {
            "commune_name": (
                translate("ProfileForm", "Tên Sở tiếp nhận *"),
                translate("ProfileForm", "Ví dụ: Sở Nội vụ tỉnh Lạng Sơn"),
            ),
            "place_name": (
                translate("ProfileForm", "Địa danh ghi ngày *"),
                translate("ProfileForm", "Lạng Sơn"),
            ),
            "issuing_body": (
                translate("ProfileForm", "Cơ quan ban hành *"),
                translate("ProfileForm", "SỞ NỘI VỤ"),
            ),
            "parent_body": (
                translate("ProfileForm", "Cơ quan chủ quản"),
                translate("ProfileForm", "UBND TỈNH …"),
            ),
            "receiving_authority": (
                translate("ProfileForm", "Nơi nhận báo cáo tổng hợp *"),
                translate("ProfileForm", "Bộ Nội vụ"),
            ),
            "signer_name": (
                translate("ProfileForm", "Họ tên người ký"),
                translate("ProfileForm", "Lãnh đạo Sở ký báo cáo tổng hợp"),
            ),
            "signer_title": (
                translate("ProfileForm", "Chức vụ người ký *"),
                translate("ProfileForm", "PHÓ GIÁM ĐỐC"),
            ),
        }

    def is_valid(self) -> bool:
        return not self.problems()

    def reveal_problems(self) -> None:
        """Show every message, also for fields the officer has not reached yet."""
        self._reveal_all = True
        self._refresh_errors()

    def editor(self, name: str) -> Editor:
        return self._editors[name]

    def error_label(self, name: str) -> QLabel:
        return self._errors[name]

    # -- building -----------------------------------------------------------------------------------

    def _group(self, title: str, rows: list[tuple[str, str, str]]) -> QGroupBox:
        group = QGroupBox(title, self)
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        for name, label, placeholder in rows:
            editor = self._make_editor(name, placeholder)
            error = styled_label("", "error", wrap=True)
            error.setObjectName(f"error_{name}")
            error.hide()
            cell = QWidget(group)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            form.addRow(label, cell)
            row_label = form.labelForField(cell)
            assert isinstance(row_label, QLabel)
            self._row_labels[name] = row_label
            self._rows[name] = (form, cell)
            self._commune_texts[name] = (label, placeholder)
            self._editors[name] = editor
            self._errors[name] = error
        return group

    def _make_editor(self, name: str, placeholder: str) -> Editor:
        editor: Editor
        if name == "signing_authority":
            # Two lines on the signature block: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH".
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            lines = QFontMetrics(editor.font()).lineSpacing() * 2
            editor.setFixedHeight(lines + 26)  # frame, padding and document margins
            editor.textChanged.connect(lambda: self._on_plain_text_changed(name))
        else:
            editor = QLineEdit(self)
            editor.setPlaceholderText(placeholder)
            editor.textEdited.connect(lambda _text: self._on_edited(name))
            editor.textChanged.connect(lambda _text: self._on_changed())
            editor.editingFinished.connect(lambda: self._on_left(name))
        editor.setObjectName(f"field_{name}")
        return editor

    def _set_tooltips(self) -> None:
        self._editors["unit_code"].setToolTip(
            translate(
                "ProfileForm",
                "Mã xã/phường trong danh mục đơn vị hành chính (sau sắp xếp năm 2025), chỉ gồm chữ số. "
                "Tỉnh nhận báo cáo gửi lên theo mã này; hỏi Sở Nội vụ nếu chưa biết.",
            )
        )
        self._editors["place_name"].setToolTip(
            translate(
                "ProfileForm",
                "Dùng ở dòng ngày tháng của văn bản, ví dụ: “Cao Lâu, ngày 20 tháng 11 năm 2025”.",
            )
        )
        self._editors["issuing_body"].setToolTip(
            translate(
                "ProfileForm",
                "Dòng tiêu đề bên trái của văn bản, viết hoa, ví dụ: ỦY BAN NHÂN DÂN XÃ CAO LÂU.",
            )
        )
        self._editors["parent_body"].setToolTip(
            translate(
                "ProfileForm", "Dòng trên tên cơ quan ban hành, nếu có. Từ 01/7/2025 không còn cấp huyện."
            )
        )
        self._editors["receiving_authority"].setToolTip(
            translate(
                "ProfileForm", "Cơ quan cấp trên nhận báo cáo bình đẳng giới (mặc định: Sở Nội vụ của tỉnh)."
            )
        )
        self._editors["signing_authority"].setToolTip(
            translate(
                "ProfileForm",
                "Dòng thẩm quyền ký, mỗi dòng một cấp, ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH.",
            )
        )

    # -- behaviour ----------------------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        editor = self._editors[name]
        assert isinstance(editor, QLineEdit)
        return editor

    def _text(self, name: str) -> str:
        editor = self._editors[name]
        return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()

    def _set_text(self, name: str, text: str) -> None:
        editor = self._editors[name]
        if isinstance(editor, QLineEdit):
            editor.setText(text)
        elif editor.toPlainText() != text:
            self._loading = True
            try:
                editor.setPlainText(text)
            finally:
                self._loading = False

    def _on_edited(self, name: str) -> None:
        self._touched.add(name)
        # Emptying a field hands it back to the suggestions.
        if self._text(name).strip():
            self._edited_by_user.add(name)
        else:
            self._edited_by_user.discard(name)
        self._on_changed()

    def _on_plain_text_changed(self, name: str) -> None:
        if not self._loading:
            self._on_edited(name)

    def _on_left(self, name: str) -> None:
        self._touched.add(name)
        self._refresh_errors()

    def _on_changed(self) -> None:
        self._refresh_errors()
        self.changed.emit()

    def _suggest(self, name: str, text: str) -> None:
        if name not in self._edited_by_user and self._text(name) != text:
            self._set_text(name, text)

    def _suggest_from_commune(self, commune: str) -> None:
        if self._desk_role == DESK_PROVINCE:  # "Sở Nội vụ tỉnh Lạng Sơn" → "SỞ NỘI VỤ"
            self._suggest("issuing_body", issuing_body_of(commune))
            return
        self._suggest("place_name", suggest_place_name(commune))
        self._suggest("issuing_body", suggest_issuing_body(commune))

    def _suggest_from_province(self, province: str) -> None:
        if self._desk_role == DESK_PROVINCE:
            return  # a Sở reports to its ministry, whatever the province
        self._suggest("receiving_authority", suggest_receiving_authority(province))

    def _refresh_errors(self) -> None:
        problems = self.problems()
        for name, label in self._errors.items():
            message = problems.get(name, "")
            shown = bool(message) and (self._reveal_all or name in self._touched)
            label.setText(message)
            label.setVisible(shown)
            set_style_flag(self._editors[name], "invalid", shown)
