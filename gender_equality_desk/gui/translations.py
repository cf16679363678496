"""The language of the screens: the app's English translation, or Qt's own strings in Vietnamese.

The app's strings are written in Vietnamese (gui/i18n.translate). In Vietnamese mode only what Qt draws
itself (Cancel/OK/Yes/No in a QMessageBox, the file dialog, the print preview) needs a translation: Qt
ships none for Vietnamese, so the app carries `resources/translations/qtbase_vi.qm`, built from the `.ts`
next to it by `installer/qt_translation.py`. In English mode the app's strings come from `app_en.qm`
(built from `resources/translations/en/*.ts` by `installer/build_translations.py`) and Qt's own strings
stay English. Dates (dd/mm/yyyy) and numbers (1.500.000) keep the Vietnamese format in both: they follow
the locale and explicit display formats, not the translation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from gender_equality_desk.core.paths import resources_dir
from gender_equality_desk.core.ui_language import UiLanguage

QT_TRANSLATION_FILE = "qtbase_vi.qm"
APP_TRANSLATION_FILES = {UiLanguage.ENGLISH: "app_en.qm"}


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translations(app: QApplication) -> None:
    """Install the Vietnamese translation of Qt's own strings into `app` (once; later calls do nothing).

    A missing or unreadable file leaves Qt's English texts: the app stays usable, and the packaging
    tests catch the missing file before a release.
    """
    _install(app, translations_dir() / QT_TRANSLATION_FILE, QT_TRANSLATION_FILE)


def install_ui_language(app: QApplication, language: UiLanguage, folder: Path | None = None) -> bool:
    """Make `app` speak `language` from now on (widgets built later); False if its file could not be loaded.

    Replaces whatever an earlier call installed, so switching back and forth is safe. English falls back
    to Vietnamese screens when `app_en.qm` is missing (a checkout where build_translations.py has not run).
    """
    uninstall_translations(app)
    source = folder or translations_dir()
    if language == UiLanguage.VIETNAMESE:
        return _install(app, source / QT_TRANSLATION_FILE, QT_TRANSLATION_FILE)
    name = APP_TRANSLATION_FILES[language]
    return _install(app, source / name, name)


def installed_ui_language(app: QApplication) -> UiLanguage:
    """Which language `app` shows: English when the app's English translation is installed."""
    for language, name in APP_TRANSLATION_FILES.items():
        if app.findChild(QTranslator, name) is not None:
            return language
    return UiLanguage.VIETNAMESE


def translation_available(language: UiLanguage, folder: Path | None = None) -> bool:
    """Whether the file `language` needs is there (Vietnamese screens need none of their own)."""
    name = APP_TRANSLATION_FILES.get(language)
    return name is None or ((folder or translations_dir()) / name).is_file()


def uninstall_translations(app: QApplication) -> None:
    """Remove every translator installed by this module."""
    for name in (QT_TRANSLATION_FILE, *APP_TRANSLATION_FILES.values()):
        for translator in app.findChildren(QTranslator, name):
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def _install(app: QApplication, path: Path, name: str) -> bool:
    if app.findChild(QTranslator, name) is not None:
        return True
    translator = QTranslator()
    if not translator.load(str(path)):
        return False
    translator.setParent(app)  # lives as long as the application
    translator.setObjectName(name)
    app.installTranslator(translator)
    return True
