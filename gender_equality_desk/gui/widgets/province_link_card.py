"""Cài đặt → Gửi lên tỉnh: the province's key file, imported once, and its fingerprint to read out by phone.

The province hands each commune a key file (.gedkey) and its fingerprint printed on paper. The card imports
the file (core.province.province_link), shows the province, the receiving authority and the fingerprint in
large digits with the sentence to read it out, and asks before replacing a different key (both fingerprints
shown). Below, the rounds the province published that this commune imported, and "Nhập tệp kỳ báo cáo…"
to import one (verified against the province's key, core.province.round_import).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.domain.clock import local_date
from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.province.keys import KEY_FILE_SUFFIX
from gender_equality_desk.core.province.periods import KIND_LABELS, period_label
from gender_equality_desk.core.province.province_link import (
    ImportedRound,
    KeyImport,
    LinkedProvince,
    ProvinceKeyChangeError,
    import_province_key_file,
    imported_rounds,
    linked_province,
)
from gender_equality_desk.core.province.round_file import ROUND_SUFFIX
from gender_equality_desk.core.province.round_import import import_round_file
from gender_equality_desk.core.reports.formatting import format_date
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.widgets.basics import set_role, show_message, styled_label, titled_card

ChooseFile = Callable[[], Path | None]
Confirm = Callable[[str], bool]


def _round_line(row: ImportedRound) -> str:
    return translate("ProvinceLinkCard", "{kind}, {period} — hạn nộp {deadline}").format(
        kind=KIND_LABELS.get(row.report_kind, row.report_kind),
        period=period_label(row.period, row.year).lower(),
        deadline=format_date(row.deadline),
    )


class ProvinceLinkCard(QWidget):
    """The province key of this commune, and the rounds imported from the province."""

    changed = Signal()  # the key (or what depends on it) changed: the Báo cáo page may read it again
    status_message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.choose_key_file: ChooseFile = self._ask_key_file
        self.choose_round_file: ChooseFile = self._ask_round_file
        self.confirm_replace: Confirm = self._ask_replace
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addWidget(self._build_key_card())
        outer.addWidget(self._build_rounds_card())
        self.reload()

    # -- building ---------------------------------------------------------------------------------------

    def _build_key_card(self) -> QWidget:
        frame, box = titled_card(
            translate("ProvinceLinkCard", "Khóa của tỉnh"), "provinceKeyCard", spacing=8, parent=self
        )
        box.addWidget(
            styled_label(
                translate(
                    "ProvinceLinkCard",
                    "Báo cáo gửi lên tỉnh được niêm phong bằng khóa của tỉnh: chỉ tỉnh mở được, USB có mất "
                    "cũng không ai đọc được. Tỉnh gửi cho xã một tệp khóa (.gedkey) và mã khóa in trên "
                    "giấy; nhập tệp ở đây một lần.",
                ),
                "muted",
                wrap=True,
            )
        )
        self.empty = styled_label(
            translate("ProvinceLinkCard", "Chưa nhập khóa của tỉnh: chưa gửi được báo cáo lên tỉnh."),
            "error",
            wrap=True,
        )
        self.empty.setObjectName("provinceKeyEmpty")
        box.addWidget(self.empty)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.province = styled_label()
        self.province.setObjectName("provinceName")
        self.authority = styled_label()
        self.authority.setObjectName("provinceAuthority")
        self.fingerprint = styled_label(role="bigNumber")
        self.fingerprint.setObjectName("provinceFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.imported = styled_label(role="muted")
        self.imported.setObjectName("provinceImported")
        form.addRow(translate("ProvinceLinkCard", "Tỉnh:"), self.province)
        form.addRow(translate("ProvinceLinkCard", "Cơ quan nhận báo cáo:"), self.authority)
        form.addRow(translate("ProvinceLinkCard", "Mã khóa:"), self.fingerprint)
        form.addRow("", self.imported)
        box.addWidget(self.details)
        self.read_out = styled_label(
            translate(
                "ProvinceLinkCard",
                "Hãy gọi điện cho tỉnh và đọc to mã khóa trên: mã phải trùng từng chữ, từng số với mã tỉnh "
                "in trên giấy gửi kèm tệp khóa. Nếu khác, đừng gửi báo cáo và báo ngay cho tỉnh.",
            ),
            wrap=True,
        )
        self.read_out.setObjectName("provinceReadOut")
        box.addWidget(self.read_out)
        self.unit_code = styled_label(wrap=True)
        self.unit_code.setObjectName("provinceUnitCode")
        box.addWidget(self.unit_code)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(translate("ProvinceLinkCard", "Nhập tệp khóa của tỉnh…"))
        self.import_button.setObjectName("importProvinceKey")
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.import_key)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.message = styled_label("", wrap=True)
        self.message.setObjectName("provinceKeyMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        box.addWidget(self.message)
        return frame

    def _build_rounds_card(self) -> QWidget:
        frame, box = titled_card(
            translate("ProvinceLinkCard", "Kỳ báo cáo của tỉnh"), "provinceRoundsCard", spacing=8, parent=self
        )
        box.addWidget(
            styled_label(
                translate(
                    "ProvinceLinkCard",
                    "Tỉnh có thể gửi tệp kỳ báo cáo (.gedround) quy định các chỉ tiêu mọi xã cùng báo cáo. "
                    "Khi đã nhập, báo cáo gửi lên tỉnh theo đúng các chỉ tiêu đó; chưa nhập thì gửi các chỉ "
                    "tiêu của xã (Cài đặt → Chỉ tiêu báo cáo).",
                ),
                "muted",
                wrap=True,
            )
        )
        self.rounds = styled_label(wrap=True)
        self.rounds.setObjectName("provinceRounds")
        box.addWidget(self.rounds)
        self.round_message = styled_label("", wrap=True)
        self.round_message.setObjectName("roundImportMessage")
        self.round_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.round_message.hide()
        box.addWidget(self.round_message)
        self.round_actions = QHBoxLayout()
        self.round_button = QPushButton(translate("ProvinceLinkCard", "Nhập tệp kỳ báo cáo…"))
        self.round_button.setObjectName("importRoundButton")
        self.round_button.clicked.connect(self.import_round)
        self.round_actions.addWidget(self.round_button)
        self.round_actions.addStretch(1)
        box.addLayout(self.round_actions)
        return frame

    # -- showing --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        with self._store.reading() as session:
            linked = linked_province(session)
            profile = load_profile(session)
            rounds = imported_rounds(session)
        self._show_key(linked)
        code = profile.unit_code if profile is not None else ""
        if code:
            show_message(
                self.unit_code,
                translate("ProvinceLinkCard", "Mã đơn vị hành chính của xã: {code}.").format(code=code),
                calm_role="",
            )
        else:
            show_message(
                self.unit_code,
                translate(
                    "ProvinceLinkCard",
                    "Chưa có mã đơn vị hành chính của xã: hãy điền ở tab Thông tin đơn vị (hỏi Sở Nội vụ "
                    "nếu chưa biết) trước khi gửi báo cáo.",
                ),
                error=True,
            )
        lines = [_round_line(row) for row in rounds]
        self.rounds.setText(
            "\n".join(f"• {line}" for line in lines)
            if lines
            else translate("ProvinceLinkCard", "Chưa nhập tệp kỳ báo cáo nào của tỉnh.")
        )
        set_role(self.rounds, "" if lines else "muted")

    def _show_key(self, linked: LinkedProvince | None) -> None:
        self.empty.setVisible(linked is None)
        self.details.setVisible(linked is not None)
        self.read_out.setVisible(linked is not None)
        if linked is None:
            self.import_button.setText(translate("ProvinceLinkCard", "Nhập tệp khóa của tỉnh…"))
            return
        self.import_button.setText(translate("ProvinceLinkCard", "Nhập lại hoặc thay tệp khóa…"))
        self.province.setText(linked.province)
        self.authority.setText(linked.authority or "—")
        self.fingerprint.setText(linked.fingerprint)
        self.imported.setText(
            translate("ProvinceLinkCard", "Nhập ngày {day}").format(
                day=format_date(local_date(linked.imported_at))
            )
        )

    # -- importing ------------------------------------------------------------------------------------------

    def import_key(self) -> None:
        path = self.choose_key_file()
        if path is None:
            return
        try:
            result = self._import(path, replace=False)
        except ProvinceKeyChangeError as change:
            if not self.confirm_replace(str(change)):
                self._say(translate("ProvinceLinkCard", "Đã giữ nguyên khóa cũ của tỉnh."), calm_role="")
                return
            try:
                result = self._import(path, replace=True)
            except UserFacingError as error:
                self._say(str(error), error=True)
                return
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        if result.already_linked:
            text = translate("ProvinceLinkCard", "Khóa này đã có trên máy, không có gì thay đổi.")
        else:
            text = translate(
                "ProvinceLinkCard", "Đã nhập khóa của tỉnh. Hãy gọi điện cho tỉnh để đọc đối chiếu mã khóa."
            )
        self._say(text, calm_role="")
        self.reload()
        self.status_message.emit(text)
        self.changed.emit()

    def import_round(self) -> None:
        """The province's round file: verified against its key, then the rows every commune reports."""
        path = self.choose_round_file()
        if path is None:
            return
        try:
            with self._store.transaction() as session:
                result = import_round_file(session, path)
        except UserFacingError as error:
            show_message(self.round_message, str(error), error=True)
            self.round_message.show()
            return
        text = result.summary()
        show_message(self.round_message, text, calm_role="")
        self.round_message.show()
        self.reload()
        self.status_message.emit(text.splitlines()[0])
        self.changed.emit()

    def _say(self, text: str, *, error: bool = False, calm_role: str = "muted") -> None:
        show_message(self.message, text, error=error, calm_role=calm_role)
        self.message.setVisible(bool(text))

    def _import(self, path: Path, *, replace: bool) -> KeyImport:
        with self._store.transaction() as session:
            return import_province_key_file(session, path, replace=replace)

    def _ask_key_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ProvinceLinkCard", "Chọn tệp khóa của tỉnh"),
            str(Path.home()),
            translate("ProvinceLinkCard", "Tệp khóa của tỉnh (*{suffix})").format(suffix=KEY_FILE_SUFFIX),
        )
        return Path(chosen) if chosen else None

    def _ask_round_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("ProvinceLinkCard", "Chọn tệp kỳ báo cáo của tỉnh"),
            str(Path.home()),
            translate("ProvinceLinkCard", "Tệp kỳ báo cáo (*{suffix})").format(suffix=ROUND_SUFFIX),
        )
        return Path(chosen) if chosen else None

    def _ask_replace(self, explanation: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ProvinceLinkCard", "Thay khóa của tỉnh?"))
        box.setText(explanation)
        replace_button = box.addButton(
            translate("ProvinceLinkCard", "Thay khóa (đã đối chiếu)"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(translate("ProvinceLinkCard", "Giữ khóa cũ"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace_button
