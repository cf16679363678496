"""Keep Qt's own dialog texts in Vietnamese: update resources/translations/qtbase_vi.ts, then build the .qm.

Qt ships no Vietnamese translation of its standard dialogs (PySide6 has qtbase_*.qm for about thirty
languages, not vi), so buttons such as Cancel/OK/Yes/No, the file dialog and the print preview would show
English. We keep our own `qtbase_vi.ts`. This tool opens each standard dialog the app can show, offscreen,
with a translator that records every (context, source) Qt asks for, adds the strings the .ts lacks (marked
unfinished, to be translated in Qt Linguist or any text editor), and compiles the .ts with lrelease.

    .venv/bin/python installer/qt_translation.py           # update the .ts, build the .qm
    .venv/bin/python installer/qt_translation.py --check   # exit 1 if a recorded string is untranslated

Run it again after upgrading PySide6: a new Qt version may ask for new strings.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when imported, e.g. by a test

from PySide6.QtCore import QPoint, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QScrollBar,
    QSpinBox,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from build_translations import lrelease_command

ROOT = Path(__file__).resolve().parent.parent
TS_PATH = ROOT / "resources" / "translations" / "qtbase_vi.ts"
QM_PATH = TS_PATH.with_suffix(".qm")

Key = tuple[str, str, str]  # context, source text, disambiguation ("" when none)


class RecordingTranslator(QTranslator):
    """Answers every lookup with the source text and remembers what was asked."""

    def __init__(self, parent: QApplication) -> None:
        super().__init__(parent)
        self.requested: set[Key] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        self.requested.add((context, source, disambiguation or ""))
        return source

    def isEmpty(self) -> bool:
        return False


def _message_box(keep: list[QWidget]) -> None:
    box = QMessageBox()
    for button in QMessageBox.StandardButton:
        if button not in (QMessageBox.StandardButton.NoButton, QMessageBox.StandardButton.FlagMask):
            box.addButton(button)
    box.setDetailedText("…")  # the "Show Details..." button
    box.show()
    keep.append(box)


def _file_dialogs(keep: list[QWidget], folder: Path) -> None:
    existing = folder / "bao-cao.pdf"
    existing.write_bytes(b"")
    for mode in (QFileDialog.FileMode.ExistingFile, QFileDialog.FileMode.Directory):
        dialog = QFileDialog(None, "", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(mode)
        dialog.show()
        keep.append(dialog)
    save = QFileDialog(None, "", str(folder))
    save.setOption(QFileDialog.Option.DontUseNativeDialog)
    save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    save.show()
    save.selectFile(str(existing))
    save.accept()  # asks whether to replace the existing file
    missing = QFileDialog(None, "", str(folder))
    missing.setOption(QFileDialog.Option.DontUseNativeDialog)
    missing.setFileMode(QFileDialog.FileMode.ExistingFile)
    missing.show()
    missing.selectFile(str(folder / "khong-co.pdf"))
    missing.accept()  # "File not found"
    keep.extend((save, missing))


def _context_menus(keep: list[QWidget]) -> None:
    for widget in (QLineEdit(), QPlainTextEdit(), QTextEdit(), QSpinBox(), QDateEdit(), QScrollBar()):
        widget.show()
        keep.append(widget)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(2, 2), widget.mapToGlobal(QPoint(2, 2))
        )
        QApplication.sendEvent(widget, event)
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):  # menus of the text controls
            keep.append(widget.createStandardContextMenu())


def _other_dialogs(keep: list[QWidget]) -> None:
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    date_edit = QDateEdit()
    date_edit.setCalendarPopup(True)
    for widget in (
        wizard,
        QProgressDialog(),
        QInputDialog(),
        QPrintPreviewDialog(),
        QPrintDialog(),
        date_edit,
    ):
        widget.show()
        keep.append(widget)


def record_requested_strings() -> set[Key]:
    """Every (context, source, disambiguation) Qt looks up while the standard dialogs are shown."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    recorder = RecordingTranslator(app)
    app.installTranslator(recorder)

    def close_modal_and_popups() -> None:  # the flows above open message boxes and menus with exec()
        for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
            if widget is not None and not isinstance(widget, QFileDialog | QWizard | QPrintDialog):
                widget.close()

    closer = QTimer()
    closer.timeout.connect(close_modal_and_popups)
    closer.start(20)
    keep: list[QWidget] = []
    flows: list[Callable[[], None]] = [
        lambda: _message_box(keep),
        lambda: _context_menus(keep),
        lambda: _other_dialogs(keep),
    ]
    with tempfile.TemporaryDirectory() as folder:
        flows.append(lambda: _file_dialogs(keep, Path(folder)))
        for flow in flows:
            flow()
            app.processEvents()
    closer.stop()
    for widget in keep:
        widget.close()
    app.removeTranslator(recorder)
    # Strings Qt asks for that have no visible text of their own.
    return {key for key in recorder.requested if key[1].strip()}


def read_ts(path: Path) -> dict[Key, str | None]:
    """Translations by key; None for an unfinished message."""
    if not path.is_file():
        return {}
    messages: dict[Key, str | None] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") != "unfinished"
            messages[key] = (translation.text or "") if finished and translation is not None else None
    return messages


def write_ts(path: Path, messages: dict[Key, str | None]) -> None:
    root = ElementTree.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    for context_name in sorted({key[0] for key in messages}):
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = context_name
        for key in sorted(key for key in messages if key[0] == context_name):
            message = ElementTree.SubElement(context, "message")
            ElementTree.SubElement(message, "source").text = key[1]
            if key[2]:
                ElementTree.SubElement(message, "comment").text = key[2]
            translation = ElementTree.SubElement(message, "translation")
            text = messages[key]
            if text is None:
                translation.set("type", "unfinished")
            else:
                translation.text = text
    ElementTree.indent(root, space="    ")
    body = ElementTree.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def release(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([*lrelease_command(), "-silent", str(ts_path), "-qm", str(qm_path)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only report untranslated strings")
    args = parser.parse_args()
    requested = record_requested_strings()
    messages = read_ts(TS_PATH)
    missing = sorted(key for key in requested if messages.get(key) is None)
    if args.check:
        for context, source, _ in missing:
            print(f"untranslated: {context}: {source!r}")
        print(f"{len(requested)} strings requested by the standard dialogs, {len(missing)} untranslated")
        return 1 if missing else 0
    for key in requested:
        messages.setdefault(key, None)
    write_ts(TS_PATH, messages)
    release(TS_PATH, QM_PATH)
    print(f"{TS_PATH.relative_to(ROOT)}: {len(messages)} strings, {len(missing)} to translate")
    print(f"built {QM_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
