"""Beside the DV statistics rows: which form of violence each act of Law 13/2022 Art. 3(1) counts under.

The mapping decides the rows "Bạo lực thân thể / tinh thần / tình dục / kinh tế", so it is shown where
those rows are edited. Changing it is an administrator's work, like the rest of the act catalogue
(core/cases/catalogue.save_dv_forms): "Sửa hình thức…" asks an administrator to sign in, the choices are
made in a small window and saved together in one transaction and one access-log line, and the session is
signed out right after, so no case session stays open on the settings page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.cases.catalogue import DvActRow, DvForm, list_dv_acts, save_dv_forms
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.security.accounts import sign_out
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.sign_in_dialog import ask_sign_in
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.widgets.basics import read_only_table, set_role, styled_label

SignIn = Callable[[Store, str, QWidget | None], AuthSession | None]


def _point(act: DvActRow) -> str:
    """ "a", "đ"… from "Điểm a khoản 1 Điều 3"; the code for an act the officer added."""
    words = act.legal_ref.split()
    return words[1] if len(words) > 1 and words[0].lower() == "điểm" else act.code


def _form_text(form: DvForm | None) -> str:
    return translated_label(form) if form else translate("DvFormMapping", "(không tính vào hình thức nào)")


def _columns() -> list[str]:
    return [
        translate("DvFormMapping", "Điểm"),
        translate("DvFormMapping", "Hành vi"),
        translate("DvFormMapping", "Hình thức bạo lực"),
    ]


class DvFormDialog(QDialog):
    """One form per act, chosen in a combo; `forms()` is what the administrator chose."""

    def __init__(self, acts: list[DvActRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DvFormMapping", "Sửa hình thức bạo lực theo hành vi"))
        self.resize(860, 560)
        self._acts = acts
        self.table = QTableWidget(len(acts), 3)
        self.table.setObjectName("dvFormDialogTable")
        self.table.setHorizontalHeaderLabels(_columns())
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for index, act in enumerate(acts):
            self.table.setItem(index, 0, QTableWidgetItem(_point(act)))
            label = QTableWidgetItem(act.label)
            label.setToolTip(act.label)
            self.table.setItem(index, 1, label)
            combo = QComboBox()
            combo.addItem(_form_text(None), "")
            for form in DvForm:
                combo.addItem(_form_text(form), form.value)
            combo.setCurrentIndex(combo.findData(act.dv_form.value if act.dv_form else ""))
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(
            styled_label(
                translate(
                    "DvFormMapping",
                    "Mỗi vụ được tính vào hình thức của từng hành vi ghi trên hồ sơ, nên một vụ có thể "
                    "tính ở nhiều hình thức.",
                ),
                "muted",
                wrap=True,
            )
        )
        box.addWidget(self.table, 1)
        box.addWidget(buttons)

    def forms(self) -> dict[int, DvForm | None]:
        return {
            act.id: DvForm.of(str(combo.currentData())) if combo.currentData() else None
            for act, combo in zip(self._acts, self.combos, strict=True)
        }


class DvFormMapping(QWidget):
    """The act → form table (read-only) and the administrator's "Sửa hình thức…"."""

    changed = Signal()

    def __init__(self, store: Store, sign_in: SignIn = ask_sign_in, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._sign_in = sign_in
        self._acts: list[DvActRow] = []
        self.table = read_only_table("dvFormTable", _columns())
        self.table.setMinimumHeight(110)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.edit_button = QPushButton(translate("DvFormMapping", "Sửa hình thức… (quản trị viên)"))
        self.edit_button.setObjectName("dvFormEdit")
        self.edit_button.clicked.connect(self.edit)
        self.message: QLabel = styled_label("", "muted", wrap=True)
        self.message.setObjectName("dvFormMessage")
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(
            styled_label(
                translate(
                    "DvFormMapping", "Hình thức bạo lực theo hành vi (khoản 1 Điều 3 Luật 13/2022/QH15)"
                ),
                "section",
            ),
            1,
        )
        top.addWidget(self.edit_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        with self._store.reading() as session:
            self._acts = list_dv_acts(session, active_only=True)
        self.table.setRowCount(len(self._acts))
        for index, act in enumerate(self._acts):
            cells = (_point(act), act.label, _form_text(act.dv_form))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(act.label)
                self.table.setItem(index, column, item)

    def dialog_for(self, acts: list[DvActRow]) -> DvFormDialog:
        """A separate method so tests can choose in the dialog before it is shown."""
        return DvFormDialog(acts, self.window())

    def edit(self) -> None:
        reason = translate(
            "DvFormMapping", "Sửa cách tính hình thức bạo lực cần quản trị viên Hồ sơ hỗ trợ đăng nhập."
        )
        auth = self._sign_in(self._store, reason, self.window())
        if auth is None:
            return
        try:
            self._edit_as(auth)
        finally:
            sign_out(auth)  # nothing about cases stays open on the settings page

    def _edit_as(self, auth: AuthSession) -> None:
        if auth.role is not Role.ADMIN:
            text = translate(
                "DvFormMapping",
                "Chỉ quản trị viên được sửa hình thức bạo lực theo hành vi "
                "(tài khoản vừa đăng nhập: {name}, {role}).",
            )
            self._say(
                text.format(name=auth.display_name, role=translated_label(auth.role).lower()), error=True
            )
            return
        dialog = self.dialog_for(self._acts)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            changed = save_dv_forms(auth, dialog.forms())
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        finally:
            dialog.deleteLater()
        self.reload()
        self._say(translate("DvFormMapping", "Đã lưu hình thức của {count} hành vi.").format(count=changed))
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "muted")
        self.message.show()
