"""Live banner preview: paints the core layout (same lines, logo, sizes and positions as the PDF) scaled
down. `paint_banner` is also what printing uses."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.render.banner.layout import BannerLayout, layout_banner
from gender_equality_desk.core.render.banner.spec import BannerSpec
from gender_equality_desk.core.render.pdf.fonts import fonts_dir
from gender_equality_desk.gui.i18n import translate

REFERENCE_PIXELS = 100  # glyph outlines are made at this size, then scaled exactly to the layout's size


@functools.cache
def _banner_font() -> QFont:
    """Tinos Bold from the bundled file, so the preview uses the very glyphs the PDF embeds."""
    font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / "Tinos-Bold.ttf"))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    font = QFont(families[0] if families else "Times New Roman")
    font.setBold(True)
    font.setPixelSize(REFERENCE_PIXELS)
    font.setKerning(False)  # reportlab measures without kerning
    return font


class BannerPreview(QWidget):
    """Shows `spec` at the widget's size, keeping its proportions; a message when it cannot be laid out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerPreview")
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._spec: BannerSpec | None = None
        self.layout_result: BannerLayout | None = None
        self.message = ""

    def sizeHint(self) -> QSize:
        return QSize(760, 260)

    def set_spec(self, spec: BannerSpec | None) -> None:
        self._spec = spec
        self.layout_result, self.message = None, ""
        if spec is not None:
            try:
                self.layout_result = layout_banner(spec)
            except UserFacingError as error:
                self.message = str(error)
        self.update()

    def sheet_rect(self) -> QRectF:
        """Where the sheet is drawn: centred, as large as fits with a small border."""
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if self.layout_result is None or area.width() <= 0 or area.height() <= 0:
            return area
        scale = min(area.width() / self.layout_result.width, area.height() / self.layout_result.height)
        width, height = self.layout_result.width * scale, self.layout_result.height * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        result, spec = self.layout_result, self._spec
        if result is None or spec is None:
            painter.setPen(self.palette().placeholderText().color())
            text = self.message or translate("BannerPreview", "Chọn hoặc gõ khẩu hiệu để xem trước.")
            painter.drawText(self.rect().adjusted(12, 12, -12, -12), Qt.TextFlag.TextWordWrap, text)
            return
        sheet = self.sheet_rect()
        scale = sheet.width() / result.width
        painter.translate(sheet.left(), sheet.bottom())
        painter.scale(scale, -scale)  # PDF coordinates: points, origin bottom-left
        paint_banner(painter, spec, result)


@functools.lru_cache(maxsize=8)
def _logo_image(path: str) -> QImage:
    return QImage(path)


def paint_banner(painter: QPainter, spec: BannerSpec, result: BannerLayout) -> None:
    """Paint the whole sheet; `painter` must already map PDF points with the origin bottom-left (y up).
    Shared by the preview and by printing, so both show what the PDF holds."""
    painter.save()
    painter.fillRect(QRectF(0, 0, result.width, result.height), QColor(spec.background))
    if spec.logo is not None and result.logo_box is not None:
        box = result.logo_box
        painter.save()
        painter.translate(box.left, box.top)
        painter.scale(1, -1)  # images are drawn y-down
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, box.width, box.height), _logo_image(str(spec.logo.path)))
        painter.restore()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(spec.text_colour))
    font = _banner_font()
    for line in result.lines:
        path = QPainterPath()
        path.addText(QPointF(0, 0), font, line.text)
        glyph_scale = line.font_size / REFERENCE_PIXELS
        painter.save()
        painter.translate(line.x, line.baseline)
        painter.scale(glyph_scale, -glyph_scale)  # glyphs are drawn y-down
        painter.drawPath(path)
        painter.restore()
    painter.restore()
