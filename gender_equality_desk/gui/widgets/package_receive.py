"""Nhận gói dữ liệu: open a package (signature and hashes checked first), preview new / changed /
conflicting records, the sender's anonymised case statistics and any encrypted cases, then import.

Conflicts are only taken when ticked; statistics are kept for the higher level when imported; encrypted
cases only go into a PC without cases (an administrator of this PC signs in when it has accounts).
The sender's signing key is compared with the one pinned at the first receipt: a changed key is said in
red, nothing can be imported, and an administrator may accept the new key (package_sender_key).

Receiving is three writes (the records, the statistics file, the encrypted cases), so everything that can
be checked is checked before the first one; if a later one still fails, the message says exactly what
went in and what did not, and `changed` is emitted all the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.exchange.package_statistics import keep_received_statistics, package_statistics
from gender_equality_desk.core.exchange.packages import (
    MergeStatus,
    PackagePreview,
    VerifiedPackage,
    apply_package,
    open_package,
    preview_package,
)
from gender_equality_desk.core.exchange.packages_pinning import KeyStatus, SenderKey, key_note, sender_key
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.reports.formatting import format_date, format_number
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.gui.i18n import QT_TRANSLATE_NOOP, translate, translated_label
from gender_equality_desk.gui.widgets.basics import show_message, styled_label
from gender_equality_desk.gui.widgets.package_case_options import SignIn
from gender_equality_desk.gui.widgets.package_receive_cases import ReceivedCases
from gender_equality_desk.gui.widgets.package_sender_key import SenderKeyOverride
from gender_equality_desk.gui.widgets.received_statistics_view import ReceivedStatisticsView
from gender_equality_desk.gui.widgets.result_table import ResultRow, ResultTable

STATUS_COLUMN, TYPE_COLUMN, TITLE_COLUMN, DAY_COLUMN, DETAIL_COLUMN = range(5)
RECORDS_TAB, STATISTICS_TAB = 0, 1
_TYPES = {
    "activity": QT_TRANSLATE_NOOP("PackageReceivePanel", "Hoạt động"),
    "propaganda_event": QT_TRANSLATE_NOOP("PackageReceivePanel", "Tuyên truyền"),
}
_ORDER = [
    MergeStatus.CONFLICT,
    MergeStatus.CHANGED,
    MergeStatus.NEW,
    MergeStatus.LOCAL_NEWER,
    MergeStatus.SAME,
]


class PackageReceivePanel(QWidget):
    changed = Signal()  # something was imported: pages refresh
    # The encrypted cases came in and replaced every account: every session open on the store is stale.
    accounts_replaced = Signal()

    def __init__(
        self, store: Store, layout: DataLayout, sign_in: SignIn, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._layout = layout
        self._sign_in = sign_in
        self._package: VerifiedPackage | None = None
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_button = QPushButton(translate("PackageReceivePanel", "Chọn gói dữ liệu…"))
        self.open_button.setObjectName("openPackageButton")
        self.open_button.clicked.connect(self._pick_package)
        top.addWidget(self.open_button)
        top.addStretch(1)
        box.addLayout(top)
        self.receive_message = styled_label(translate("PackageReceivePanel", "Chưa chọn gói."), wrap=True)
        self.receive_message.setObjectName("receiveMessage")
        box.addWidget(self.receive_message)
        self.key_override = SenderKeyOverride(store, sign_in, self)
        self.key_override.accepted.connect(self._key_accepted)
        self.key_override.refused.connect(lambda why: show_message(self.receive_message, why, error=True))
        box.addWidget(self.key_override)
        self.table = ResultTable(
            "packagePreview",
            [
                translate("PackageReceivePanel", "Tình trạng"),
                translate("PackageReceivePanel", "Loại"),
                translate("PackageReceivePanel", "Nội dung"),
                translate("PackageReceivePanel", "Ngày"),
                translate("PackageReceivePanel", "Khác nhau"),
            ],
            stretch_column=TITLE_COLUMN,
        )
        self.statistics_view = ReceivedStatisticsView()
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("previewTabs")
        self.preview_tabs.addTab(self.table, translate("PackageReceivePanel", "Hoạt động, tuyên truyền"))
        self.preview_tabs.addTab(self.statistics_view, translate("PackageReceivePanel", "Số liệu vụ việc"))
        box.addWidget(self.preview_tabs, 1)
        self.cases = ReceivedCases(store, sign_in, self)
        for widget in self.cases.widgets:
            box.addWidget(widget)
        bottom = QHBoxLayout()
        self.conflict_hint = styled_label("", "muted", wrap=True)
        bottom.addWidget(self.conflict_hint, 1)
        self.apply_button = QPushButton(translate("PackageReceivePanel", "Nhập gói dữ liệu"))
        self.apply_button.setObjectName("applyPackageButton")
        self.apply_button.setProperty("primary", True)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.cases.allowed.connect(lambda: self.apply_button.setEnabled(True))
        bottom.addWidget(self.apply_button)
        box.addLayout(bottom)

    def _pick_package(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("PackageReceivePanel", "Chọn gói dữ liệu"),
            str(Path.home()),
            translate("PackageReceivePanel", "Gói dữ liệu (*.zip)"),
        )
        if chosen:
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> PackagePreview | None:
        """Verify `path` and show what importing it would do; writes nothing."""
        self._package = None
        self.table.show_rows([])
        self.statistics_view.show_statistics(None)
        self.cases.show_package(None)
        self.key_override.show_for(None, None)
        self.apply_button.setEnabled(False)
        try:
            package = open_package(path)
            with self._store.reading() as session:
                known = sender_key(session, package)
                preview = preview_package(session, self._layout, package)
            statistics = package_statistics(package)
        except UserFacingError as error:
            show_message(self.receive_message, str(error), error=True, calm_role="")
            self.conflict_hint.setText("")
            return None
        if known.status is KeyStatus.CHANGED:
            # Nothing of it is shown or importable: its records may be a forger's.
            note = key_note(package, known)
            for fingerprint in (package.key_fingerprint, known.pinned_fingerprint):
                note = note.replace(fingerprint, fingerprint.replace(" ", "\u00a0"))  # one line each
            show_message(self.receive_message, note, error=True, calm_role="")
            self.conflict_hint.setText("")
            self.key_override.show_for(package, known)
            return None
        self._package = package
        self._show(package, preview, known)
        self.statistics_view.show_statistics(statistics)
        self.preview_tabs.setTabEnabled(STATISTICS_TAB, statistics is not None)
        self.cases.show_package(package)
        self.apply_button.setEnabled(
            self.apply_button.isEnabled() or statistics is not None or self.cases.wanted
        )
        return preview

    def _key_accepted(self, path: Path) -> None:
        if self.open_file(path) is None:
            return
        done = translate(
            "PackageReceivePanel", "Đã chấp nhận khóa ký mới của nơi gửi (ghi vào nhật ký truy cập)."
        )
        show_message(self.receive_message, f"{done}\n{self.receive_message.text()}", calm_role="")

    def _show(self, package: VerifiedPackage, preview: PackagePreview, known: SenderKey) -> None:
        counts = {status: len(preview.with_status(status)) for status in MergeStatus}
        catalogue = ", ".join(f"{n} {label}" for label, n in preview.new_catalogue_entries.items() if n)
        text = translate(
            "PackageReceivePanel",
            "Gói của {commune}, từ {start} đến {end}. Chữ ký hợp lệ — mã khóa ký của nơi gửi: {key} "
            "(hãy đối chiếu với nơi gửi).\nMới {new}, sửa ở nơi gửi {changed}, xung đột {conflict}, "
            "không đổi {same}, máy này mới hơn {local}; {files} tệp minh chứng{catalogue}.",
        )
        show_message(
            self.receive_message,
            text.format(
                commune=package.commune or translate("PackageReceivePanel", "đơn vị không rõ"),
                start=format_date(package.period_start),
                end=format_date(package.period_end),
                key=package.key_fingerprint,
                new=counts[MergeStatus.NEW],
                changed=counts[MergeStatus.CHANGED],
                conflict=counts[MergeStatus.CONFLICT],
                same=counts[MergeStatus.SAME],
                local=counts[MergeStatus.LOCAL_NEWER],
                files=preview.attachments_to_add,
                catalogue=translate("PackageReceivePanel", "; thêm vào danh mục: {entries}").format(
                    entries=catalogue
                )
                if catalogue
                else "",
            )
            + "\n"
            + self._key_line(package, known),
            calm_role="",
        )
        shown = [
            item
            for status in _ORDER
            if status is not MergeStatus.SAME
            for item in preview.with_status(status)
        ]
        rows = []
        for item in shown:
            status = translated_label(item.status)
            if item.status is MergeStatus.CONFLICT:
                side = (
                    translate("PackageReceivePanel", "bản nhận mới hơn")
                    if item.incoming_newer
                    else translate("PackageReceivePanel", "bản trên máy mới hơn")
                )
                status = f"{status} ({side})"
            kind = translate("PackageReceivePanel", _TYPES[item.table])
            cells = (status, kind, item.title, format_date(item.day), ", ".join(item.changed_fields))
            rows.append(ResultRow(cells, key=item.uuid, checkable=item.status is MergeStatus.CONFLICT))
        self.table.show_rows(rows)
        hint = translate(
            "PackageReceivePanel",
            "Xung đột: bản ghi được sửa ở cả hai nơi. Đánh dấu ô ở cột Tình trạng để lấy bản sửa sau cùng; "
            "không đánh dấu thì giữ bản trên máy này.",
        )
        self.conflict_hint.setText(hint if counts[MergeStatus.CONFLICT] else "")
        work = counts[MergeStatus.NEW] + counts[MergeStatus.CHANGED] + counts[MergeStatus.CONFLICT]
        self.apply_button.setEnabled(work > 0 or preview.attachments_to_add > 0)

    @staticmethod
    def _key_line(package: VerifiedPackage, known: SenderKey) -> str:
        commune = package.commune or translate("PackageReceivePanel", "đơn vị không rõ")
        if known.status is KeyStatus.NEW:
            return translate(
                "PackageReceivePanel",
                "Lần đầu nhận gói của {commune}: mã khóa ký sẽ được ghi nhớ khi nhập; gói sau ký bằng khóa "
                "khác sẽ bị từ chối. Hãy gọi điện cho nơi gửi để đối chiếu mã này.",
            ).format(commune=commune)
        return translate("PackageReceivePanel", "Khóa ký khớp với khóa đã ghi nhớ cho {commune}.").format(
            commune=commune
        )

    def confirmed_conflicts(self) -> set[str]:
        return self.table.checked_keys()

    def _nothing_imported(self, error: object) -> bool:
        show_message(
            self.receive_message,
            translate("PackageReceivePanel", "Chưa nhập gì: {error}").format(error=error),
            error=True,
            calm_role="",
        )
        return False

    def apply(self) -> bool:
        package = self._package
        if package is None:
            return False
        # Everything that can be checked is checked before the first write.
        try:
            statistics = package_statistics(package)
            problem = self.cases.problem(package)
        except UserFacingError as error:
            return self._nothing_imported(error)
        if problem is not None:
            return self._nothing_imported(problem)
        try:
            result = apply_package(self._store, self._layout, package, self.confirmed_conflicts())
        except (UserFacingError, OSError) as error:
            return self._nothing_imported(error)
        text = translate(
            "PackageReceivePanel",
            "Đã nhập: {added} mới, {updated} cập nhật, {conflicts} xung đột lấy bản nhận, "
            "{files} tệp minh chứng.",
        )
        done = [text.format(
            added=format_number(result.added), updated=format_number(result.updated),
            conflicts=format_number(result.conflicts_applied), files=format_number(result.attachments_added),
        )]  # fmt: skip
        missed: list[str] = []
        commune = package.commune or translate("PackageReceivePanel", "đơn vị không rõ")
        if statistics is not None:
            try:
                keep_received_statistics(self._layout, statistics)
                done.append(translate("PackageReceivePanel", "Đã lưu số liệu vụ việc của {commune}.").format(
                    commune=commune))  # fmt: skip
            except OSError as error:
                missed.append(translate(
                    "PackageReceivePanel",
                    "Số liệu vụ việc của {commune} chưa lưu được ({error}). Hãy kiểm tra ổ đĩa rồi nhập lại "
                    "gói (các bản ghi đã nhập không bị nhập trùng).",
                ).format(commune=commune, error=error.strerror or error))  # fmt: skip
        imported = 0
        if self.cases.wanted:
            try:
                imported = self.cases.import_ticked(package)
                done.append(translate(
                    "PackageReceivePanel",
                    "Đã nhập {n} hồ sơ hỗ trợ đã mã hóa: đăng nhập bằng tài khoản và mật khẩu của máy cũ để "
                    "mở.",
                ).format(n=format_number(imported)))  # fmt: skip
                if self.cases.old_log_kept:
                    done.append(translate(
                        "PackageReceivePanel",
                        "Nhật ký truy cập của máy cũ được giữ lại, chỉ để xem: Hồ sơ hỗ trợ → Nhật ký "
                        "truy cập → Nhật ký máy cũ…",
                    ))  # fmt: skip
            except UserFacingError as error:
                missed.append(translate(
                    "PackageReceivePanel", "Hồ sơ hỗ trợ mã hóa chưa nhập được: {error}"
                ).format(error=error))  # fmt: skip
        if imported:
            self.accounts_replaced.emit()  # before `changed`: no page reads cases with a stale session
        self.changed.emit()
        self.open_file(package.path)
        if missed:
            heading = translate("PackageReceivePanel", "Mới nhập được một phần.")
            not_done = translate("PackageReceivePanel", "Chưa nhập:")
            lines = [heading, *done, not_done, *(f"• {line}" for line in missed)]
            show_message(self.receive_message, "\n".join(lines), error=True, calm_role="")
            return False
        show_message(self.receive_message, "\n".join(done), calm_role="")
        return True

    def sign_out(self) -> None:
        """Forget the administrator who signed in for the encrypted cases (the data key leaves memory)."""
        self.cases.sign_out()
