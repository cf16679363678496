"""The optional logo or image at the left of a banner: checked once, copied into the data folder.

The copy keeps the banner printable after the USB stick the picture came from is gone; its name is the
content's hash, so choosing the same picture twice stores it once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped, unused-ignore]

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.fileio import write_bytes_atomic

LOGO_FOLDER = "banner_logos"
SUFFIXES = {".png": ".png", ".jpg": ".jpg", ".jpeg": ".jpg"}
MAX_LOGO_BYTES = 30 * 1024 * 1024


@dataclass(frozen=True)
class BannerLogo:
    """A checked PNG/JPG and its pixel size (the layout needs only its proportions)."""

    path: Path
    width_px: int
    height_px: int

    @property
    def aspect(self) -> float:
        """Width over height."""
        return self.width_px / self.height_px


def read_logo(path: Path) -> BannerLogo:
    """Check that `path` is a PNG or JPG picture we can print; a Vietnamese message says what is wrong."""
    if path.suffix.lower() not in SUFFIXES:
        raise UserFacingError(
            f"Tệp “{path.name}” không phải ảnh PNG hoặc JPG. Vui lòng chọn ảnh .png, .jpg hoặc .jpeg."
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UserFacingError(
            f"Không mở được ảnh “{path.name}”. Hãy kiểm tra tệp còn đó rồi chọn lại."
        ) from error
    if size > MAX_LOGO_BYTES:
        raise UserFacingError(
            f"Ảnh “{path.name}” quá lớn ({size // (1024 * 1024)} MB). Vui lòng chọn ảnh dưới 30 MB."
        )
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception as error:  # reportlab wraps every Pillow failure in a bare Exception
        raise UserFacingError(
            f"Ảnh “{path.name}” bị hỏng hoặc không đọc được. Vui lòng chọn ảnh khác."
        ) from error
    if width < 1 or height < 1:
        raise UserFacingError(f"Ảnh “{path.name}” không có nội dung. Vui lòng chọn ảnh khác.")
    return BannerLogo(path, int(width), int(height))


def import_logo(source: Path, data_root: Path) -> BannerLogo:
    """Check `source` and copy it into `data_root`/banner_logos; returns the copy."""
    read_logo(source)
    data = source.read_bytes()
    target = (
        data_root / LOGO_FOLDER / (hashlib.sha256(data).hexdigest()[:20] + SUFFIXES[source.suffix.lower()])
    )
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, data)
    return read_logo(target)
