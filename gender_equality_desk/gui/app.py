"""Start the GUI: application setup, one copy per data folder, open the store (recovering a damaged one),
first-run wizard, main window; backups at start, daily and at exit; restore by reopening the window.

The first paint comes first: the window's frame shows before the store is opened (in a thread, see
gui/startup.py), what only a later screen needs (wizard, restore dialogs, backup code) is imported when
used, and the start backup of a store needing no migration runs in a thread once the window shows.
tests/gui/test_start_imports.py keeps SQLAlchemy off the path to the first paint, and reportlab,
openpyxl, docx, Alembic and cryptography off the whole start.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from gender_equality_desk import APP_NAME, APP_TITLE
from gender_equality_desk.core.errors import StoreError, UserFacingError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.store.commit_stamp import StoreRolledBackError
from gender_equality_desk.core.ui_language import read_ui_language
from gender_equality_desk.gui import startup
from gender_equality_desk.gui.gc_guard import install_gui_thread_gc
from gender_equality_desk.gui.i18n import translate
from gender_equality_desk.gui.icons import app_icon
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.single_instance import SingleInstance
from gender_equality_desk.gui.theme import apply_theme
from gender_equality_desk.gui.translations import install_translations, install_ui_language
from gender_equality_desk.gui.workers import BackgroundJobs

if TYPE_CHECKING:
    from gender_equality_desk.core.exchange.restore import BackupInfo, RestoreResult
    from gender_equality_desk.core.store.engine import Store
    from gender_equality_desk.core.store.opening import OpenedStore
    from gender_equality_desk.gui.pages.base import Page

EXIT_STORE_ERROR = 2
EXIT_IN_USE = 3
DAILY_CHECK_MS = 30 * 60 * 1000  # look every half hour whether a day has passed since the newest backup


@dataclass
class _Session:
    """What one main window asked for when it closed."""

    restore: BackupInfo | None = None
    restart: bool = False  # Cài đặt → Giao diện → Khởi động lại ngay: reopen in the chosen language


def run_gui(layout: DataLayout, argv: list[str]) -> int:
    """Run the app on the data folder `layout` until the main window closes; returns the exit code."""
    app = _application(argv)
    install_ui_language(app, read_ui_language(layout.root))  # before the first window is built
    instance = SingleInstance(layout.root)
    if not instance.acquire():
        if not instance.in_use:  # the data folder cannot be written at all
            _show_unwritable(instance.refusal)
            return EXIT_STORE_ERROR
        if instance.raise_first():
            return 0  # the first copy came to the front; nothing else to do
        _show_in_use(instance.refusal)
        return EXIT_IN_USE
    try:
        return _run_windows(app, layout, instance)
    finally:
        instance.release()


def _run_windows(app: QApplication, layout: DataLayout, instance: SingleInstance) -> int:
    """Show the window, open the store, run; again after each restore the officer asked for."""
    restored: RestoreResult | None = None
    while True:
        shown = MainWindow(None, layout)  # painted while the store opens in a thread
        shown.show_dashboard_early()  # Tổng quan read without the ORM, usable at once
        shown.show()
        instance.listen()  # a second copy started from now on brings this window to the front
        opened, frame = _open_or_recover(layout, shown)
        if opened is None:
            return EXIT_STORE_ERROR
        _set_version(app)
        store = opened.store
        session = _Session()
        start_work = startup.StartWork(opened, layout)
        try:
            code = _run(app, store, layout, instance, session, restored, start_work, frame)
        finally:
            start_work.wait()  # the start backup and seeding finish before their store is closed
            store.close()
            if session.restore is None:
                _back_up_quietly(layout, "thoat")
        if session.restart:
            install_ui_language(app, read_ui_language(layout.root))
            continue  # the same data folder, in a window built in the new language
        if session.restore is None:
            return code
        restored = _restore(layout, session.restore)


def _set_version(app: QApplication) -> None:
    """After the first paint: reading the version from the package metadata takes a while."""
    from gender_equality_desk import __version__

    app.setApplicationVersion(__version__)


def _discard(window: MainWindow | None) -> None:
    if window is not None:
        window.close()
        window.deleteLater()


def _open_or_recover(
    layout: DataLayout, frame: MainWindow | None, *, offer_when_missing: bool = True
) -> tuple[OpenedStore | None, MainWindow | None]:
    """Open the store (in a thread while `frame` shows); a damaged one is explained, a backup offered.
    A missing store while backups exist (deleted or moved by mistake) offers the newest good backup too,
    instead of the first-run wizard of a new commune.

    Returns the store (None: give up) and `frame` if it is still to be used (it is closed before any
    dialog)."""
    if offer_when_missing and not layout.store.exists():
        answer = _offer_backup_for_missing_store(layout, frame)
        if answer is not None:
            return answer
    try:
        if frame is not None:
            return startup.open_off_gui_thread(layout), frame
        return startup.open_store_now(layout), None
    except StoreError as error:
        # Imported here, not before the first paint: the health check itself runs in the thread.
        from gender_equality_desk.core.store.health import StoreDamagedError

        _discard(frame)
        if isinstance(error, StoreRolledBackError):
            return _offer_backup_for_lost_saves(layout, error)
        if not isinstance(error, StoreDamagedError):
            _show_store_error(layout, error)
            return None, None
        from gender_equality_desk.core.exchange.restore import newest_good_backup
        from gender_equality_desk.gui.dialogs.restore_dialog import DamagedStoreDialog

        offer = newest_good_backup(layout)
        if offer is None:
            _show_store_error(layout, error)
            return None, None
        dialog = DamagedStoreDialog(str(error), offer, layout)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return None, None
        if _restore(layout, dialog.chosen) is None:
            return None, None
        return _open_or_recover(layout, None)
    except OSError as error:
        _discard(frame)
        _show_store_error(layout, error)
        return None, None


def _offer_backup_for_lost_saves(
    layout: DataLayout, error: StoreRolledBackError
) -> tuple[OpenedStore | None, MainWindow | None]:
    """The store lost its latest saves: restore the newest backup, or go on with it as it is."""
    from gender_equality_desk.core.exchange.restore import newest_good_backup
    from gender_equality_desk.core.store.commit_stamp import accept_current
    from gender_equality_desk.gui.dialogs.restore_dialog import DamagedStoreDialog

    offer = newest_good_backup(layout)
    if offer is None:
        answer = QMessageBox.question(
            None,
            translate("app", "Dữ liệu thiếu lần lưu gần đây"),
            translate(
                "app", "{problem}\n\nMáy này không có bản sao lưu. Tiếp tục với dữ liệu hiện có?"
            ).format(problem=error),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None, None
        accept_current(layout.store)
        return _open_or_recover(layout, None)
    dialog = DamagedStoreDialog(str(error), offer, layout, situation=DamagedStoreDialog.ROLLED_BACK)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, None
    if dialog.chosen is None:  # "Tiếp tục với dữ liệu hiện có"
        accept_current(layout.store)
    elif _restore(layout, dialog.chosen) is None:
        return None, None
    return _open_or_recover(layout, None)


def _offer_backup_for_missing_store(
    layout: DataLayout, frame: MainWindow | None
) -> tuple[OpenedStore | None, MainWindow | None] | None:
    """None when there is no backup to offer (a new installation: open a new store, the wizard comes);
    else what `_open_or_recover` returns after the officer chose."""
    from gender_equality_desk.core.exchange.restore import newest_good_backup

    offer = newest_good_backup(layout)
    if offer is None:
        return None
    from gender_equality_desk.gui.dialogs.restore_dialog import DamagedStoreDialog

    _discard(frame)
    dialog = DamagedStoreDialog("", offer, layout, situation=DamagedStoreDialog.MISSING)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, None
    if dialog.chosen is None:  # "Bắt đầu với dữ liệu trống"
        return _open_or_recover(layout, None, offer_when_missing=False)
    if _restore(layout, dialog.chosen) is None:
        return None, None
    return _open_or_recover(layout, None, offer_when_missing=False)


def _restore(layout: DataLayout, chosen: BackupInfo) -> RestoreResult | None:
    from gender_equality_desk.core.exchange.restore import restore_backup

    try:
        return restore_backup(layout, chosen.path)
    except (UserFacingError, OSError) as error:
        QMessageBox.critical(
            None,
            translate("app", "Không khôi phục được"),
            translate(
                "app", "Không khôi phục được bản sao lưu. Dữ liệu hiện tại được giữ nguyên.\n\n{detail}"
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
    start_work: startup.StartWork,
    frame: MainWindow | None,
) -> int:
    """Run the window on `store`: `frame` (shown while it opened) if given, else a new one."""
    from gender_equality_desk.core.profile import load_profile

    if frame is not None and not frame.isVisible():  # closed by the officer while the store opened
        frame.deleteLater()
        return 0
    with store.reading() as reading:
        profile = load_profile(reading)
    if profile is None:
        from gender_equality_desk.gui.wizard import FirstRunWizard

        _discard(frame)
        wizard = FirstRunWizard(store, layout)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0  # cancelled: nothing was saved, the wizard comes back next time
        window = MainWindow(store, layout)
    elif frame is None:
        window = MainWindow(store, layout)
    else:
        window = frame
        window.attach_store(store)
    # Pages go away with the window, before the store they read from is closed.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    raise_window = lambda: _bring_to_front(window)  # noqa: E731  (kept to disconnect it again)
    instance.activation_requested.connect(raise_window)
    window.destroyed.connect(lambda: instance.activation_requested.disconnect(raise_window))
    # Cài đặt is built on first use: its backup panel is hooked up then.
    window.page_built.connect(lambda page, w=window: _hook_restore(session, w, page))
    for page in window.built_pages():
        _hook_restore(session, window, page)
    _schedule_daily_backups(window, layout)
    window.show()
    start_work.start()
    if restored is not None:
        _report_restore(window, restored)
    return app.exec()


def _hook_restore(session: _Session, window: QWidget, page: Page) -> None:
    from gender_equality_desk.gui.widgets.backup_panel import BackupPanel

    for panel in page.findChildren(BackupPanel):
        panel.restore_requested.connect(lambda info, w=window: _request_restore(session, w, info))
    restart_requested = getattr(page, "restart_requested", None)  # Cài đặt; no import of it at start
    if restart_requested is not None:
        restart_requested.connect(lambda w=window: _request_restart(session, w))


def _request_restart(session: _Session, window: QWidget) -> None:
    session.restart = True
    window.close()  # the loop in _run_windows installs the new language and opens a new window


def _request_restore(session: _Session, window: QWidget, info: object) -> None:
    from gender_equality_desk.core.exchange.restore import BackupInfo

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
        from gender_equality_desk.core.exchange.backup import create_backup, daily_backup_due

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
    from gender_equality_desk.core.exchange.backup import create_backup

    try:
        create_backup(layout, reason)
    except (UserFacingError, OSError) as error:
        print(f"Chú ý: không sao lưu được khi đóng ứng dụng: {error}", file=sys.stderr)


def _report_restore(window: QWidget, result: RestoreResult) -> None:
    from gender_equality_desk.gui.dialogs.restore_dialog import when_text

    lines = [translate("app", "Đã khôi phục bản sao lưu lúc {when}.").format(when=when_text(result.restored))]
    if result.safety_backup is not None:
        lines.append(
            translate("app", "Dữ liệu trước khi khôi phục được giữ trong bản sao lưu {name}.").format(
                name=result.safety_backup.name
            )
        )
    if result.damaged_kept_at is not None:
        lines.append(
            translate("app", "Tệp dữ liệu hỏng được giữ lại với tên {name}.").format(
                name=result.damaged_kept_at.name
            )
        )
    if result.attachments_missing:
        lines.append(
            translate("app", "Thiếu {n} tệp đính kèm trong bản sao lưu.").format(n=result.attachments_missing)
        )
    if result.case_files_missing:
        lines.append(
            translate("app", "Thiếu {n} tệp hồ sơ hỗ trợ trong bản sao lưu.").format(
                n=result.case_files_missing
            )
        )
    if result.data_files_missing:
        lines.append(
            translate("app", "Thiếu {n} tệp số liệu đã nhận hoặc logo băng rôn trong bản sao lưu.").format(
                n=result.data_files_missing
            )
        )
    if result.problems:
        from gender_equality_desk.core.exchange.restore_staging import summary_lines

        lines.append(translate("app", "Các tệp không khôi phục được (dữ liệu khác đã khôi phục đủ):"))
        lines.extend(f"- {line}" for line in summary_lines(result.problems))
        QMessageBox.warning(window, translate("app", "Đã khôi phục dữ liệu"), "\n".join(lines))
        return
    QMessageBox.information(window, translate("app", "Đã khôi phục dữ liệu"), "\n".join(lines))


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale("vi_VN"))
    install_translations(app)  # Qt's own buttons and menus in Vietnamese (resources/translations)
    app.setDesktopFileName("gender-equality-desk")
    apply_theme(app)
    install_gui_thread_gc(app)  # worker threads must never destroy Qt objects
    return app


def _show_unwritable(reason: str) -> None:
    QMessageBox.critical(None, translate("app", "Không ghi được vào thư mục dữ liệu"), reason)


def _show_in_use(reason: str) -> None:
    QMessageBox.warning(None, translate("app", "Dữ liệu đang được mở"), reason)


def _show_store_error(layout: DataLayout, error: Exception) -> None:
    detail = str(error) if isinstance(error, StoreError) else f"{type(error).__name__}: {error}"
    QMessageBox.critical(
        None,
        translate("app", "Không mở được dữ liệu"),
        translate(
            "app",
            "{app} không mở được tệp dữ liệu nên sẽ đóng lại. Dữ liệu không bị thay đổi.\n\n"
            "{detail}\n\nThư mục dữ liệu: {folder}\nCác bản sao lưu: {backups}",
        ).format(app=APP_TITLE, detail=detail, folder=layout.root, backups=layout.backups),
    )
