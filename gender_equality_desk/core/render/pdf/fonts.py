"""The bundled Tinos family (metric-compatible with Times New Roman, as Decree 30 asks), for reportlab.

TrueType fonts registered this way are embedded in every PDF as subsets (FontFile2), so the document
prints the same on a machine without the font, and every Vietnamese letter has its own glyph.
"""

from __future__ import annotations

import functools
from pathlib import Path

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped, unused-ignore]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped, unused-ignore]

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.paths import resources_dir

REGULAR = "Tinos"
BOLD = "Tinos-Bold"
ITALIC = "Tinos-Italic"
BOLD_ITALIC = "Tinos-BoldItalic"

_FILES = {
    REGULAR: "Tinos-Regular.ttf",
    BOLD: "Tinos-Bold.ttf",
    ITALIC: "Tinos-Italic.ttf",
    BOLD_ITALIC: "Tinos-BoldItalic.ttf",
}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@functools.cache
def register_fonts() -> None:
    """Register the four faces once per process (reportlab keeps a global font registry)."""
    folder = fonts_dir()
    for name, file_name in _FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise UserFacingError(
                f"Thiếu tệp phông chữ “{path}”, không tạo được tệp PDF. Vui lòng cài đặt lại ứng dụng."
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> and <i> inside paragraph text pick the matching face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
