"""Nhận báo cáo (province desk): take a whole folder or USB stick of the communes' sealed files at once,
see what became of each file, browse every version received per round and commune with its differences,
and (administrator only) accept a commune's new signing key after checking it by phone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.province.receiving import ReceiptOutcome, ReceiptStatus, receive_files
from gender_equality_desk.core.province.roster import commune_contact
from gender_equality_desk.core.province.submission_checks import RefusalReason
from gender_equality_desk.core.security import accounts
from gender_equality_desk.core.security.audit import Actor
from gender_equality_desk.core.security.session import AuthSession, Role
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.dialogs.key_change_dialog import KeyChangeDialog
from gender_equality_desk.gui.dialogs.sign_in_dialog import ask_sign_in
from gender_equality_desk.gui.i18n import translate, translated_label
from gender_equality_desk.gui.pages.base import DataChange, PageServices
from gender_equality_desk.gui.pages.store_page import StorePage
from gender_equality_desk.gui.receive_runner import ReceiveRunner
from gender_equality_desk.gui.widgets.basics import card, run_dialog, set_role, styled_label, wait_cursor
from gender_equality_desk.gui.widgets.inbox_outcomes import InboxOutcomes
from gender_equality_desk.gui.widgets.inbox_versions import InboxVersions

SignIn = Callable[[Store, str, QWidget | None], AuthSession | None]


def _section(title: str, name: str) -> tuple[QWidget, QVBoxLayout]:
    frame = card(name=name)
    box = QVBoxLayout(frame)
    box.setContentsMargins(16, 12, 16, 12)
    box.setSpacing(8)
    box.addWidget(styled_label(title, "section"))
    return frame, box


class ProvinceInboxPage(StorePage):
    # Rounds, roster names or a restore change what the lists show: every change.
    def __init__(
        self, services: PageServices, parent: QWidget | None = None, *, sign_in: SignIn = ask_sign_in
    ) -> None:
        super().__init__(services, parent)
        self._sign_in = sign_in
        self._steps = 0  # steps in all of the running job (two per file: open, decide)
        self.runner = ReceiveRunner(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)

        actions, action_box = _section(translate("ProvinceInboxPage", "Nhận tệp báo cáo"), "inboxActions")
        self.folder_button = QPushButton(translate("ProvinceInboxPage", "Nhận từ thư mục / USB…"))
        self.folder_button.setObjectName("inboxFromFolder")
        self.folder_button.setDefault(True)
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton(translate("ProvinceInboxPage", "Nhận từng tệp…"))
        self.files_button.setObjectName("inboxFromFiles")
        self.files_button.clicked.connect(self.choose_files)
        self.progress = QProgressBar()
        self.progress.setObjectName("inboxProgress")
        self.progress.hide()
        self.stop_button = QPushButton(translate("ProvinceInboxPage", "Dừng"))
        self.stop_button.setObjectName("inboxStop")
        self.stop_button.setToolTip(
            translate("ProvinceInboxPage", "Dừng sau tệp đang xử lý; các tệp đã nhận được giữ lại.")
        )
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(0)
        action_box.addLayout(buttons)
        self.status = styled_label(
            translate(
                "ProvinceInboxPage",
                "Chọn thư mục hoặc USB chứa các tệp .gedsub xã gửi lên: mọi tệp bên trong được mở bằng "
                "khóa của tỉnh, kiểm tra chữ ký, danh bạ xã, khóa của xã và kỳ báo cáo. Tệp bị từ chối "
                "không ghi gì.",
            ),
            "muted",
            wrap=True,
        )
        self.status.setObjectName("inboxStatus")
        action_box.addWidget(self.status)
        self.outcomes = InboxOutcomes()
        self.outcomes.key_change_requested.connect(self.accept_new_key)
        self.outcomes.hide()
        action_box.addWidget(self.outcomes, 1)
        self.body_layout.addWidget(actions)

        received, received_box = _section(
            translate("ProvinceInboxPage", "Các lần gửi đã nhận"), "inboxReceived"
        )
        self.versions = InboxVersions(services.store)
        received.setMinimumHeight(420)
        received_box.addWidget(self.versions, 1)
        self.body_layout.addWidget(received, 1)

    def title(self) -> str:
        return translate("ProvinceInboxPage", "Nhận báo cáo")

    def subtitle(self) -> str:
        return translate(
            "ProvinceInboxPage",
            "Báo cáo các xã gửi lên (tệp niêm phong có chữ ký số): mỗi lần gửi được giữ lại, không ghi đè; "
            "số liệu cần hỏi lại xã được đánh dấu.",
        )

    def icon_name(self) -> str:
        return "inbox"

    def reload(self) -> None:
        super().reload()
        self.versions.reload()

    # -- receiving ----------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("ProvinceInboxPage", "Chọn thư mục hoặc USB chứa tệp báo cáo của các xã")
        )
        if chosen:
            self.receive([Path(chosen)])

    def choose_files(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("ProvinceInboxPage", "Chọn tệp báo cáo xã gửi lên"),
            "",
            translate("ProvinceInboxPage", "Tệp báo cáo xã gửi lên (*.gedsub);;Mọi tệp (*)"),
        )
        if chosen:
            self.receive([Path(name) for name in chosen])

    def receive(self, paths: Sequence[Path]) -> None:
        """Receive `paths` (files, folders) on the worker thread."""
        if self.runner.busy():
            return
        store, layout = self._services.store, self._services.layout
        self._steps = 0
        self._set_busy(True)
        self.status.setText(translate("ProvinceInboxPage", "Đang tìm các tệp báo cáo…"))
        set_role(self.status, "muted")
        self.runner.start(
            lambda progress, stop_asked: receive_files(
                store, layout, list(paths), progress=progress, stop_asked=stop_asked
            )
        )

    def stop(self) -> None:
        self.runner.stop()
        self.stop_button.setEnabled(False)
        self.status.setText(
            translate("ProvinceInboxPage", "Đang dừng sau tệp đang xử lý… Các tệp đã nhận được giữ lại.")
        )

    def _set_busy(self, busy: bool) -> None:
        self.folder_button.setEnabled(not busy)
        self.files_button.setEnabled(not busy)
        self.outcomes.key_button.setEnabled(False if busy else self.outcomes.key_button.isEnabled())
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # busy indicator until the files are counted
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)

    def _progressed(self, done: int, total: int) -> None:
        self._steps = total
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if not self.runner.stop_requested():
            text = translate("ProvinceInboxPage", "Đang nhận: {done}/{total} tệp…")
            self.status.setText(text.format(done=(done + 1) // 2, total=total // 2))

    def _finished(self, outcomes: list[ReceiptOutcome], stopped: bool) -> None:
        self._set_busy(False)
        self.outcomes.show_outcomes(outcomes)
        self.outcomes.setVisible(bool(outcomes))
        self.outcomes.table.setMinimumHeight(min(420, 90 + 70 * len(outcomes)))
        decided = sum(outcome.reason is not RefusalReason.NOT_FOUND for outcome in outcomes)
        left = max(0, self._steps // 2 - decided)
        self.status.setText(_summary(outcomes, left if stopped else 0))
        set_role(self.status, "error" if any(outcome.refused for outcome in outcomes) else "ok")
        self._after_change(outcomes)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, UserFacingError):
            raise error  # a bug: the app's error dialog shows it
        self.status.setText(str(error))
        set_role(self.status, "error")

    def _after_change(self, outcomes: Sequence[ReceiptOutcome]) -> None:
        accepted = [outcome for outcome in outcomes if outcome.accepted]
        if not accepted:
            return
        self.versions.reload(accepted[-1].round_id)
        self.versions.select_commune(accepted[-1].commune_code)
        self.data_changed.emit(DataChange.SUBMISSIONS.value)

    # -- a commune's new key ------------------------------------------------------------------------

    def key_dialog_for(self, outcome: ReceiptOutcome, contact: str) -> KeyChangeDialog:
        """A separate method so tests can answer the dialog."""
        return KeyChangeDialog(outcome, contact, self.window())

    def accept_new_key(self, outcome: ReceiptOutcome) -> None:
        """Administrator only: sign in, confirm both fingerprints, then receive the file again trusting
        the commune's new key (recorded in the audit log)."""
        store = self._services.store
        if self.runner.busy():
            return
        if accounts.needs_setup(store):
            self._say(
                translate(
                    "ProvinceInboxPage",
                    "Máy này chưa có tài khoản quản trị viên nên chưa chấp nhận được khóa mới từ đây. Người "
                    "quản trị máy có thể chạy lệnh: gender-equality-desk receive --allow-key-change {code} "
                    "“{file}”.",
                ).format(code=outcome.commune_code, file=outcome.file),
                error=True,
            )
            return
        reason = translate("ProvinceInboxPage", "Chấp nhận khóa mới của xã cần quản trị viên đăng nhập.")
        auth = self._sign_in(store, reason, self.window())
        if auth is None:
            return
        try:
            if auth.role is not Role.ADMIN:
                text = translate(
                    "ProvinceInboxPage",
                    "Chỉ quản trị viên được chấp nhận khóa mới của xã (tài khoản vừa đăng nhập: {name}, "
                    "{role}).",
                )
                self._say(
                    text.format(name=auth.display_name, role=translated_label(auth.role).lower()), error=True
                )
                return
            with store.reading() as db:
                contact = commune_contact(db, outcome.commune_code)
            if not run_dialog(self.key_dialog_for(outcome, contact)):
                return
            with wait_cursor():
                again = receive_files(
                    store, self._services.layout, [outcome.file],
                    allow_key_change={outcome.commune_code}, actor=Actor.of(auth),
                )  # fmt: skip
        except UserFacingError as error:
            self._say(str(error), error=True)
            return
        finally:
            accounts.sign_out(auth)
        if again:
            self.outcomes.replace(outcome, again[0])
            self._say(again[0].message, error=again[0].refused)
        self._after_change(again)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "error" if error else "ok")


def _summary(outcomes: Sequence[ReceiptOutcome], left: int) -> str:
    accepted = [outcome for outcome in outcomes if outcome.accepted]
    flagged = sum(bool(outcome.warnings) for outcome in accepted)
    duplicates = sum(outcome.status is ReceiptStatus.DUPLICATE for outcome in outcomes)
    refused = sum(outcome.refused for outcome in outcomes)
    text = translate(
        "ProvinceInboxPage",
        "Đã xử lý {count} tệp: nhận {accepted} (trong đó {flagged} tệp có số liệu cần hỏi lại xã), đã nhận "
        "trước đây {duplicates}, từ chối {refused}.",
    ).format(
        count=len(outcomes), accepted=len(accepted), flagged=flagged, duplicates=duplicates, refused=refused
    )
    if left:
        text += " " + translate(
            "ProvinceInboxPage",
            "Đã dừng theo yêu cầu: các tệp đã nhận ở trên được giữ lại, còn {left} tệp chưa xử lý — nhận lại "
            "thư mục để tiếp tục (tệp đã nhận sẽ được bỏ qua).",
        ).format(left=left)
    return text
