"""Start the GUI: application setup, open the store, first-run wizard, main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gender_equality_desk import APP_NAME, APP_TITLE, __version__
from gender_equality_desk.core.errors import StoreError
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.profile import load_profile
from gender_equality_desk.core.store.engine import Store
from gender_equality_desk.core.store.opening import open_store
from gender_equality_desk.gui.icons import app_icon
from gender_equality_desk.gui.main_window import MainWindow
from gender_equality_desk.gui.theme import apply_theme
from gender_equality_desk.gui.wizard import FirstRunWizard

EXIT_STORE_ERROR = 2


def run_gui(layout: DataLayout, argv: list[str]) -> int:
    """Run the app on the data folder `layout` until the main window closes; returns the exit code."""
    app = _application(argv)
    try:
        store = open_store(layout)
    except (StoreError, OSError) as error:
        _show_store_error(layout, error)
        return EXIT_STORE_ERROR
    try:
        return _run(app, store, layout)
    finally:
        store.close()


def _run(app: QApplication, store: Store, layout: DataLayout) -> int:
    with store.reading() as session:
        profile = load_profile(session)
    if profile is None:
        wizard = FirstRunWizard(store, layout)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0  # cancelled: nothing was saved, the wizard comes back next time
    window = MainWindow(store, layout)
    # Pages go away with the window, before the store they read from is closed.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return app.exec()


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale("vi_VN"))
    _install_qt_translation(app)
    apply_theme(app)
    return app


def _install_qt_translation(app: QApplication) -> None:
    """Qt's own strings (context menus, standard buttons) in Vietnamese when a translation is installed."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(), "qtbase", "_", folder):
        app.installTranslator(translator)


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
