"""Qt's own texts (standard buttons, file and print dialogs, context menus) in Vietnamese.

The app's strings are written in Vietnamese; what Qt draws itself (Cancel/OK/Yes/No in a QMessageBox, the
file dialog, the print preview) comes from a Qt translation. Qt ships none for Vietnamese, so the app
carries `resources/translations/qtbase_vi.qm`, built from the `.ts` next to it by
`installer/qt_translation.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.paths import resources_dir

QT_TRANSLATION_FILE = "qtbase_vi.qm"


def install_translations(app: QApplication) -> None:
    """Install the Vietnamese translation of Qt's own strings into `app` (once; later calls do nothing).

    A missing or unreadable file leaves Qt's English texts: the app stays usable, and the packaging
    tests catch the missing file before a release.
    """
    if app.findChild(QTranslator, QT_TRANSLATION_FILE) is not None:
        return
    translator = QTranslator()
    if translator.load(str(resources_dir() / "translations" / QT_TRANSLATION_FILE)):
        translator.setParent(app)  # lives as long as the application
        translator.setObjectName(QT_TRANSLATION_FILE)
        app.installTranslator(translator)
