"""Cài đặt → Thông tin đơn vị: which desk this data folder is, and switching an empty one to the other.

A desk that holds data keeps its role (core.province.desk): asking to switch explains why not and what to
do instead (another data folder). An empty desk switches after a confirmation; the main window then lays
out the other desk's sidebar.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.desk import (
    DESK_COMMUNE,
    DESK_PROVINCE,
    desk_data,
    desk_role,
    switch_desk_role,
)
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import styled_label


def desk_sentence(role: str) -> str:
    if role == DESK_PROVINCE:
        return translate(
            "DeskRoleCard",
            "Thư mục dữ liệu này là bàn tiếp nhận của tỉnh (Sở): danh bạ xã, kỳ báo cáo, nhận và tổng hợp "
            "báo cáo các xã gửi lên.",
        )
    return translate(
        "DeskRoleCard",
        "Thư mục dữ liệu này là bàn làm việc của xã/phường: kế hoạch, hoạt động, tuyên truyền, hồ sơ hỗ trợ "
        "và báo cáo gửi lên tỉnh.",
    )


class DeskRoleCard(QWidget):
    role_changed = Signal(str)  # the role this folder has now, after a switch

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.role = DESK_COMMUNE
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.sentence = styled_label("", wrap=True)
        self.sentence.setObjectName("deskRoleSentence")
        row.addWidget(self.sentence, 1)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchDeskRole")
        self.switch_button.clicked.connect(self.ask_to_switch)
        row.addWidget(self.switch_button)
        self.reload()

    def reload(self) -> None:
        with self._store.reading() as session:
            self.role = desk_role(session)
        self.sentence.setText(desk_sentence(self.role))
        self.switch_button.setText(
            translate("DeskRoleCard", "Chuyển thành bàn của xã…")
            if self.role == DESK_PROVINCE
            else translate("DeskRoleCard", "Chuyển thành bàn tiếp nhận của tỉnh…")
        )

    def ask_to_switch(self) -> None:
        wanted = DESK_COMMUNE if self.role == DESK_PROVINCE else DESK_PROVINCE
        with self._store.reading() as session:
            held = desk_data(session)
        if held:
            QMessageBox.information(
                self,
                translate("DeskRoleCard", "Không chuyển được"),
                translate(
                    "DeskRoleCard",
                    "Thư mục dữ liệu này đã có dữ liệu ({held}), nên giữ nguyên vai trò: dữ liệu của bàn xã "
                    "và bàn tỉnh không dùng chung.\n\nNếu máy này cần làm cả hai việc, hãy dùng một thư mục "
                    "dữ liệu khác cho bàn kia (mở ứng dụng với --data-dir THƯ_MỤC_MỚI).",
                ).format(held=", ".join(held)),
            )
            return
        question = (
            translate(
                "DeskRoleCard",
                "Chuyển thư mục dữ liệu này thành bàn tiếp nhận của tỉnh (Sở)?\n\nThông tin đơn vị được gợi "
                "ý lại theo tỉnh (Sở Nội vụ, tiêu đề UBND tỉnh); hãy kiểm tra lại và nhập họ tên người ký.",
            )
            if wanted == DESK_PROVINCE
            else translate(
                "DeskRoleCard",
                "Chuyển thư mục dữ liệu này thành bàn làm việc của xã/phường?\n\nHãy sửa lại thông tin đơn "
                "vị (tên xã, cơ quan ban hành, người ký) cho đúng với xã.",
            )
        )
        answer = QMessageBox.question(self, translate("DeskRoleCard", "Chuyển vai trò"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._store.transaction() as session:
                switch_desk_role(session, wanted)
        except UserFacingError as error:
            QMessageBox.warning(self, translate("DeskRoleCard", "Không chuyển được"), str(error))
            return
        self.reload()
        self.role_changed.emit(self.role)
