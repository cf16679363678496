"""Start the GUI: application setup, one copy per data folder, open the store (recovering a damaged one),
first-run wizard, main window; backups at start, daily and at exit; restore by reopening the window."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from gender_equality_desk import APP_NAME, APP_TITLE, __version__
from gender_equality_desk.core.errors import StoreError, UserFacingError
from gender_equality_desk.core.exchange.backup import create_backup, daily_backup_due
from gender_equality_desk.core.exchange.restore import (
    BackupInfo,
    RestoreResult,
    newest_good_backup,
    restore_backup,
)
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.health import StoreDamagedError
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.dialogs.restore_dialog import DamagedStoreDialog, when_text
from gender_equality_desk.gui.icons import app_icon
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.single_instance import SingleInstance
from gender_equality_desk.gui.theme import apply_theme
from gender_equality_desk.gui.translations import install_translations
from gender_equality_desk.gui.widgets.backup_panel import BackupPanel
from gender_equality_desk.gui.wizard import FirstRunWizard
from gender_equality_desk.gui.workers import BackgroundJobs

EXIT_STORE_ERROR = 2
EXIT_IN_USE = 3
DAILY_CHECK_MS = 30 * 60 * 1000  # look every half hour whether a day has passed since the newest backup


@dataclass
class _Session:
    """What one main window asked for when it closed."""

    restore: BackupInfo | None = None


def run_gui(layout: DataLayout, argv: list[str]) -> int:
    """Run the app on the data folder `layout` until the main window closes; returns the exit code."""
    app = _application(argv)
    instance = SingleInstance(layout.root)
    if not instance.acquire():
        if instance.raise_first():
            return 0  # the first copy came to the front; nothing else to do
        _show_in_use(instance.refusal)
        return EXIT_IN_USE
    try:
        return _run_windows(app, layout, instance)
    finally:
        instance.release()


def _run_windows(app: QApplication, layout: DataLayout, instance: SingleInstance) -> int:
    """Open the store and a window; again after each restore the officer asked for."""
    restored: RestoreResult | None = None
    while True:
        store = _open_or_recover(layout)
        if store is None:
            return EXIT_STORE_ERROR
        session = _Session()
        try:
            code = _run(app, store, layout, instance, session, restored)
        finally:
            store.close()
            if session.restore is None:
                _back_up_quietly(layout, "thoat")
        if session.restore is None:
            return code
        restored = _restore(layout, session.restore)


def _open_or_recover(layout: DataLayout) -> Store | None:
    try:
        return open_store(layout, backup_at_start=True)
    except StoreDamagedError as error:
        offer = newest_good_backup(layout)
        if offer is None:
            _show_store_error(layout, error)
            return None
        dialog = DamagedStoreDialog(str(error), offer, layout)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return None
        if _restore(layout, dialog.chosen) is None:
            return None
        return _open_or_recover(layout)
    except (StoreError, OSError) as error:
        _show_store_error(layout, error)
        return None


def _restore(layout: DataLayout, chosen: BackupInfo) -> RestoreResult | None:
    try:
        return restore_backup(layout, chosen.path)
    except (UserFacingError, OSError) as error:
        tr = QCoreApplication.translate
        QMessageBox.critical(
            None,
            tr("run_gui", "Không khôi phục được"),
            tr(
                "run_gui", "Không khôi phục được bản sao lưu. Dữ liệu hiện tại được giữ nguyên.\n\n{detail}"
            ).format(detail=error),
        )
        return None


def _run(
    app: QApplication,
    store: Store,
    layout: DataLayout,
    instance: SingleInstance,
    session: _Session,
    restored: RestoreResult | None,
) -> int:
    with store.reading() as reading:
        profile = load_profile(reading)
    if profile is None:
        wizard = FirstRunWizard(store, layout)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0  # cancelled: nothing was saved, the wizard comes back next time
    window = MainWindow(store, layout)
    # Pages go away with the window, before the store they read from is closed.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    raise_window = lambda: _bring_to_front(window)  # noqa: E731  (kept to disconnect it again)
    instance.activation_requested.connect(raise_window)
    window.destroyed.connect(lambda: instance.activation_requested.disconnect(raise_window))
    for panel in window.findChildren(BackupPanel):
        panel.restore_requested.connect(lambda info, w=window: _request_restore(session, w, info))
    _schedule_daily_backups(window, layout)
    window.show()
    if restored is not None:
        _report_restore(window, restored)
    return app.exec()


def _request_restore(session: _Session, window: QWidget, info: object) -> None:
    assert isinstance(info, BackupInfo)
    session.restore = info
    window.close()  # the loop in _run_windows restores once the store is closed, then reopens


def _bring_to_front(window: QWidget) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _schedule_daily_backups(window: QWidget, layout: DataLayout) -> None:
    jobs = BackgroundJobs(window)
    timer = QTimer(window)
    timer.setInterval(DAILY_CHECK_MS)

    def check() -> None:
        if not jobs.busy() and daily_backup_due(layout, datetime.now(UTC)):
            jobs.submit(
                lambda: create_backup(layout, "hang-ngay"),
                on_done=lambda _result: None,
                on_failed=lambda error: print(
                    f"Chú ý: không sao lưu hằng ngày được: {error}", file=sys.stderr
                ),
            )

    timer.timeout.connect(check)
    timer.start()


def _back_up_quietly(layout: DataLayout, reason: str) -> None:
    """The backup at exit: a failure is reported on stderr, never stops the app from closing."""
    try:
        create_backup(layout, reason)
    except (UserFacingError, OSError) as error:
        print(f"Chú ý: không sao lưu được khi đóng ứng dụng: {error}", file=sys.stderr)


def _report_restore(window: QWidget, result: RestoreResult) -> None:
    tr = QCoreApplication.translate
    lines = [tr("run_gui", "Đã khôi phục bản sao lưu lúc {when}.").format(when=when_text(result.restored))]
    if result.safety_backup is not None:
        lines.append(
            tr("run_gui", "Dữ liệu trước khi khôi phục được giữ trong bản sao lưu {name}.").format(
                name=result.safety_backup.name
            )
        )
    if result.damaged_kept_at is not None:
        lines.append(
            tr("run_gui", "Tệp dữ liệu hỏng được giữ lại với tên {name}.").format(
                name=result.damaged_kept_at.name
            )
        )
    if result.attachments_missing:
        lines.append(
            tr("run_gui", "Thiếu {n} tệp đính kèm trong bản sao lưu.").format(n=result.attachments_missing)
        )
    QMessageBox.information(window, tr("run_gui", "Đã khôi phục dữ liệu"), "\n".join(lines))


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale("vi_VN"))
    install_translations(app)  # Qt's own buttons and menus in Vietnamese (resources/translations)
    app.setDesktopFileName("gender-equality-desk")
    apply_theme(app)
    return app


def _show_in_use(reason: str) -> None:
    tr = QCoreApplication.translate
    QMessageBox.warning(None, tr("run_gui", "Dữ liệu đang được mở"), reason)


def _show_store_error(layout: DataLayout, error: Exception) -> None:
    tr = QCoreApplication.translate
    detail = str(error) if isinstance(error, StoreError) else f"{type(error).__name__}: {error}"
    QMessageBox.critical(
        None,
        tr("run_gui", "Không mở được dữ liệu"),
        tr(
            "run_gui",
            "{app} không mở được tệp dữ liệu nên sẽ đóng lại. Dữ liệu không bị thay đổi.\n\n"
            "{detail}\n\nThư mục dữ liệu: {folder}\nCác bản sao lưu: {backups}",
        ).format(app=APP_TITLE, detail=detail, folder=layout.root, backups=layout.backups),
    )
