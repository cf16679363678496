"""The look of the app: a font that renders Vietnamese well, a calm palette, one restrained orange accent.

Colours live here (and only here) so pages mark widgets with object names / properties, not colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

# Segoe UI on Windows; Noto Sans / Arimo / DejaVu Sans elsewhere. All carry the Vietnamese stacked marks.
FONT_FAMILIES = ["Segoe UI", "Noto Sans", "Arimo", "DejaVu Sans"]
FONT_POINT_SIZE = 10

ACCENT = "#c2571a"  # the Action Month orange, darkened so white text on it stays readable
ACCENT_SOFT = "#fbeee5"
TEXT = "#1f2933"
MUTED = "#5b6675"
BORDER = "#d9dde3"
WINDOW = "#f5f6f8"
SIDEBAR = "#eceff3"
ERROR = "#b42318"
OK = "#1e7b4f"  # a check that passed (hash chain intact): green, readable on the window grey

STYLE_SHEET = f"""
QMainWindow, QWizard {{ background: {WINDOW}; }}
QWidget#sidebar {{ background: {SIDEBAR}; border-right: 1px solid {BORDER}; }}
QLabel#sidebarTitle {{ font-weight: 600; color: {TEXT}; }}
QLabel#sidebarCommune {{ color: {MUTED}; }}
QListWidget#navigation {{ background: transparent; border: none; outline: 0; padding: 0 10px; }}
QListWidget#navigation::item {{
    padding-left: 8px; border-radius: 6px; color: {TEXT}; border-left: 3px solid transparent;
}}
QListWidget#navigation::item:hover {{ background: #e1e5ea; }}
QListWidget#navigation::item:selected {{
    background: #ffffff; color: {TEXT}; border-left: 3px solid {ACCENT};
}}
QLabel#pageHeading {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLabel#pageSubheading, QLabel[role="muted"] {{ color: {MUTED}; }}
QFrame[card="true"] {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame#campaignCard {{ border-left: 4px solid {ACCENT}; }}
QLabel[role="cardTitle"] {{ font-weight: 600; color: {TEXT}; }}
QLabel[role="eyebrow"] {{ color: {ACCENT}; font-weight: 600; font-size: 9pt; }}
QLabel[role="figureValue"] {{ font-size: 18pt; font-weight: 600; color: {TEXT}; }}
QLabel[role="figureLabel"] {{ color: {MUTED}; }}
QLabel[role="bigNumber"] {{ font-size: 20pt; font-weight: 600; color: {ACCENT}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="ok"] {{ color: {OK}; font-weight: 600; }}
QLabel[role="section"] {{ font-weight: 600; font-size: 11pt; color: {TEXT}; }}
QGroupBox {{ font-weight: 600; border: 1px solid {BORDER}; border-radius: 6px; margin-top: 12px;
    padding: 10px 8px 6px 8px; background: #ffffff; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {TEXT}; }}
QLineEdit, QPlainTextEdit {{ border: 1px solid #c5cbd3; border-radius: 4px; padding: 4px 6px;
    background: #ffffff; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 1px solid {ERROR}; }}
QPushButton {{ padding: 5px 14px; border: 1px solid #c5cbd3; border-radius: 5px; background: #ffffff; }}
QPushButton:hover {{ background: #f0f2f5; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT}; }}
QPushButton[primary="true"]:hover {{ background: #a94913; }}
QPushButton:disabled {{ color: #9aa3ad; background: #f0f2f5; border-color: {BORDER}; }}
QProgressBar#campaignProgress {{ border: none; border-radius: 4px; background: {ACCENT_SOFT};
    max-height: 8px; }}
QProgressBar#campaignProgress::chunk {{ border-radius: 4px; background: {ACCENT}; }}
QTreeWidget {{ border: none; alternate-background-color: #f7f8fa; }}
QTreeWidget::item {{ padding: 4px 2px; }}
QListWidget#villageList {{ border: none; background: transparent; }}
QListWidget#villageList::item {{ background: #f1f3f6; border: 1px solid {BORDER}; border-radius: 11px;
    padding: 2px 10px; color: {TEXT}; }}
QHeaderView::section {{ background: #ffffff; border: none; border-bottom: 1px solid {BORDER};
    padding: 4px 6px; color: {MUTED}; font-weight: 600; }}
QStatusBar {{ background: {SIDEBAR}; color: {MUTED}; border-top: 1px solid {BORDER}; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget#pageBody {{ background: transparent; }}
"""


def app_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINT_SIZE)
    return font


def apply_theme(app: QApplication) -> None:
    """Fusion everywhere so the app looks the same on every PC, with our palette and style sheet."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setFont(app_font())
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a94a0"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
