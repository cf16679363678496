"""Cài đặt: the commune profile (same form as the first-run wizard) and the list of villages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import (
    ProfileInput,
    add_villages,
    load_profile,
    parse_village_names,
    save_profile,
    village_names,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.pages.base import Page
from gender_equality_desk.gui.widgets.basics import card, styled_label
from gender_equality_desk.gui.widgets.profile_form import ProfileForm


class SettingsPage(Page):
    profile_saved = Signal(object)  # ProfileInput
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.body_layout.addWidget(self._build_profile_card())
        self.body_layout.addWidget(self._build_villages_card())
        self.body_layout.addStretch(1)
        self.reload()

    def title(self) -> str:
        return self.tr("Cài đặt")

    def subtitle(self) -> str:
        return self.tr(
            "Thông tin đơn vị dùng trên tiêu đề và phần chữ ký của kế hoạch, báo cáo; danh sách thôn, bản."
        )

    def icon_name(self) -> str:
        return "settings"

    def activated(self) -> None:
        self._reload_villages()

    # -- profile ------------------------------------------------------------------------------------

    def _build_profile_card(self) -> QWidget:
        frame = card(name="profileCard")
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        box.addWidget(styled_label(self.tr("Thông tin đơn vị"), "section"))
        self.form = ProfileForm(frame)
        box.addWidget(self.form)
        buttons = QHBoxLayout()
        self.profile_message = styled_label("", "error", wrap=True)
        self.profile_message.setObjectName("profileMessage")
        self.profile_message.hide()
        buttons.addWidget(self.profile_message, 1)
        buttons.addStretch(0)
        self.revert_button = QPushButton(self.tr("Hoàn tác"))
        self.revert_button.setToolTip(self.tr("Bỏ các thay đổi chưa lưu, hiện lại thông tin đã lưu."))
        self.revert_button.clicked.connect(self.reload)
        self.save_button = QPushButton(self.tr("Lưu thông tin đơn vị"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_profile)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        return frame

    def reload(self) -> None:
        with self._store.reading() as session:
            profile = load_profile(session)
        if profile is not None:
            self.form.set_value(profile)
        self.form.reveal_problems()
        self.profile_message.hide()
        self._reload_villages()

    def save_profile(self) -> bool:
        """Validate and save in one transaction; say what happened either way."""
        self.form.reveal_problems()
        profile: ProfileInput = self.form.value()
        if self.form.problems():
            self._show_problem(self.tr("Chưa lưu: vui lòng sửa các ô được đánh dấu đỏ."))
            return False
        try:
            with self._store.transaction() as session:
                save_profile(session, profile)
        except UserFacingError as error:
            self._show_problem(str(error))
            return False
        self.profile_message.hide()
        self.profile_saved.emit(profile)
        self.status_message.emit(self.tr("Đã lưu thông tin đơn vị."))
        return True

    def _show_problem(self, message: str) -> None:
        self.profile_message.setText(message)
        self.profile_message.show()

    # -- villages -----------------------------------------------------------------------------------

    def _build_villages_card(self) -> QWidget:
        frame = card(name="villagesCard")
        box = QVBoxLayout(frame)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        self.villages_title = styled_label("", "section")
        box.addWidget(self.villages_title)
        self.village_list = QListWidget(frame)
        self.village_list.setObjectName("villageList")
        # Names flow in rows like tags: a commune has 5–30 villages, a long column would waste the page.
        self.village_list.setFlow(QListView.Flow.LeftToRight)
        self.village_list.setWrapping(True)
        self.village_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.village_list.setSpacing(4)
        self.village_list.setFixedHeight(84)
        box.addWidget(self.village_list)
        self.villages_empty = styled_label(
            self.tr("Chưa có thôn, bản nào. Nhập tên bên dưới để thêm."), "muted", wrap=True
        )
        box.addWidget(self.villages_empty)
        row = QHBoxLayout()
        self.village_input = QLineEdit(frame)
        self.village_input.setObjectName("villageInput")
        self.village_input.setPlaceholderText(
            self.tr("Tên thôn, bản, tổ dân phố mới; nhiều tên cách nhau bằng dấu phẩy")
        )
        self.village_input.returnPressed.connect(self.add_villages)
        self.add_button = QPushButton(self.tr("Thêm"))
        self.add_button.setObjectName("addVillages")
        self.add_button.clicked.connect(self.add_villages)
        row.addWidget(self.village_input, 1)
        row.addWidget(self.add_button)
        box.addLayout(row)
        return frame

    def _reload_villages(self) -> None:
        with self._store.reading() as session:
            names = village_names(session)
        self.village_list.clear()
        self.village_list.addItems(names)
        self.village_list.setVisible(bool(names))
        self.villages_empty.setVisible(not names)
        self.villages_title.setText(self.tr("Thôn, bản, tổ dân phố ({count})").format(count=len(names)))

    def add_villages(self) -> None:
        names = parse_village_names(self.village_input.text())
        if not names:
            return
        try:
            with self._store.transaction() as session:
                added = add_villages(session, names)
        except UserFacingError as error:
            self.status_message.emit(str(error))
            return
        self.village_input.clear()
        self._reload_villages()
        if added:
            self.status_message.emit(self.tr("Đã thêm {count} thôn, bản.").format(count=added))
        else:
            self.status_message.emit(self.tr("Các tên này đã có trong danh sách thôn, bản."))
