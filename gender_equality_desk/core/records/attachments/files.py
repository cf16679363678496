"""The files behind attachments: what may be attached, the content-addressed copy, the viewing copy."""

from __future__ import annotations

import hashlib
import math
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.fileio import atomic_path
from gender_equality_desk.core.paths import DataLayout

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
_MIB = 1024 * 1024
_CHUNK = _MIB  # files are streamed: a 20 MB photo is never held in memory

IMAGE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".webp": "image/webp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".heic": "image/heic",
    ".heif": "image/heif",
}
DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}
ALLOWED_TYPES = {**IMAGE_TYPES, **DOCUMENT_TYPES}
ALLOWED_KINDS_TEXT = (
    "ảnh (JPG, PNG, GIF, BMP, WEBP, TIFF, HEIC), PDF và tài liệu Word, Excel, OpenDocument "
    "(DOC, DOCX, XLS, XLSX, ODT, ODS)"
)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size_bytes: int
    media_type: str
    original_name: str


def format_size(size_bytes: int) -> str:
    """850 → "850 byte", 2_400_000 → "2,3 MB" (Vietnamese decimal comma)."""
    if size_bytes < 1024:
        return f"{size_bytes} byte"
    if size_bytes < _MIB:
        return f"{max(1, round(size_bytes / 1024))} KB"
    return f"{size_bytes / _MIB:.1f} MB".replace(".", ",")


def _sniff(head: bytes) -> str | None:
    """The media type the first bytes prove, for the kinds worth checking (images, PDF)."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "image/heic"
    if b"%PDF-" in head:  # the PDF spec tolerates a little junk before the header
        return "application/pdf"
    return None


def _examine(path: Path) -> str:
    """The file's media type, or UserFacingError with the Vietnamese reason it cannot be attached."""
    name = path.name or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserFacingError(
            f"Không tìm thấy tệp “{name}”. Có thể tệp đã bị chuyển đi hoặc xóa; hãy chọn lại."
        ) from None
    except OSError:
        raise UserFacingError(_unreadable(name)) from None
    if not stat.S_ISREG(info.st_mode):
        raise UserFacingError(f"“{name}” không phải là một tệp. Hãy chọn từng tệp ảnh hoặc tài liệu.")
    declared = ALLOWED_TYPES.get(path.suffix.lower())
    if declared is None:
        raise UserFacingError(f"Không đính kèm được tệp “{name}”: chỉ nhận {ALLOWED_KINDS_TEXT}.")
    if info.st_size == 0:
        raise UserFacingError(f"Tệp “{name}” trống (0 byte), có thể chưa tải về xong. Hãy chọn lại tệp gốc.")
    if info.st_size > MAX_ATTACHMENT_BYTES:
        raise UserFacingError(_too_large(name, info.st_size))
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        raise UserFacingError(_unreadable(name)) from None
    sniffed = _sniff(head)
    if declared.startswith("image/"):
        if sniffed is None or not sniffed.startswith("image/"):
            raise UserFacingError(
                f"Tệp “{name}” không mở được như một ảnh: có thể tệp bị hỏng hoặc chưa tải về xong."
            )
        return sniffed  # phones and chat apps sometimes save a PNG as .jpg: trust the content
    if declared == "application/pdf" and sniffed != declared:
        raise UserFacingError(
            f"Tệp “{name}” không phải PDF hợp lệ: có thể tệp bị hỏng hoặc chưa tải về xong."
        )
    return declared  # office files vary too much (RTF saved as .doc…) to judge by their first bytes


def _unreadable(name: str) -> str:
    return (
        f"Không đọc được tệp “{name}”: không có quyền truy cập hoặc tệp đang được chương trình khác dùng. "
        "Hãy đóng chương trình đó hoặc chép tệp ra Màn hình (Desktop) rồi thử lại."
    )


def _too_large(name: str, size_bytes: int) -> str:
    # Rounded up, so 20 MB and one byte never reads "20,0 MB, vượt quá 20 MB".
    shown = f"{math.ceil(size_bytes * 10 / _MIB) / 10:.1f}".replace(".", ",")
    return (
        f"Tệp “{name}” nặng {shown} MB, vượt quá {MAX_ATTACHMENT_BYTES // _MIB} MB cho phép. "
        "Hãy chụp lại ở độ phân giải thấp hơn hoặc chia nhỏ tệp."
    )


def check_file(path: Path) -> str | None:
    """None when `path` can be attached, otherwise the Vietnamese message to show the officer."""
    try:
        _examine(path)
    except UserFacingError as problem:
        return str(problem)
    return None


def is_blob_name(name: str) -> bool:
    return bool(_SHA256.fullmatch(name))


def blob_path(layout: DataLayout, sha256: str) -> Path:
    if not _SHA256.fullmatch(sha256):  # a damaged or imported row must never point outside the folder
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    return layout.attachments / sha256[:2] / sha256


def _hash(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _copy(source: Path, target: Path) -> None:
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(_CHUNK):
            writer.write(chunk)


def store_file(layout: DataLayout, path: Path) -> StoredFile:
    """Copy `path` into the attachment folder (once per content) and return what was stored."""
    media_type = _examine(path)
    name = path.name
    try:
        sha256, size = _hash(path)
    except OSError:
        raise UserFacingError(_unreadable(name)) from None
    if size > MAX_ATTACHMENT_BYTES:  # grew since it was examined
        raise UserFacingError(_too_large(name, size))
    target = blob_path(layout, sha256)
    try:
        if target.is_file() and target.stat().st_size == size:
            os.utime(target)  # fresh again: collect_garbage spares young blobs that rows may be about to use
        else:
            with atomic_path(target) as tmp:
                _copy(path, tmp)
                # Read the copy back: the source changed while copying, or the disk wrote something else.
                if _hash(tmp) != (sha256, size):
                    raise UserFacingError(
                        f"Tệp “{name}” chép vào thư mục dữ liệu không trọn vẹn (tệp đang bị thay đổi "
                        "hoặc ổ đĩa có lỗi). Hãy thử lại."
                    )
    except OSError as error:
        raise UserFacingError(
            f"Không chép được tệp “{name}” vào thư mục dữ liệu ({error.strerror or error}). "
            "Hãy kiểm tra ổ đĩa còn chỗ trống."
        ) from error
    return StoredFile(sha256, size, media_type, name)


def viewing_copy(blob: Path, original_name: str, folder: Path) -> Path:
    """A read-only copy of `blob` named like the original, for the system viewer.

    The viewer picks its program by extension and shows the name; the copy being read-only tells an
    editor that changes are not saved back into the record.
    """
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", Path(original_name.replace("\\", "/")).name).strip(" .")
    target = folder / blob.name[:16] / (safe or "tep-dinh-kem")
    try:
        if target.is_file() and target.stat().st_size == blob.stat().st_size:
            return target
        if target.exists():
            target.chmod(stat.S_IWRITE | stat.S_IREAD)
        with atomic_path(target) as tmp:
            _copy(blob, tmp)
        target.chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
    except FileNotFoundError:
        raise UserFacingError(
            f"Không tìm thấy bản lưu của tệp “{original_name}” trong thư mục dữ liệu. "
            "Có thể thư mục dữ liệu đã bị chép thiếu; hãy khôi phục từ bản sao lưu."
        ) from None
    except OSError as error:
        raise UserFacingError(f"Không mở được tệp “{original_name}” ({error.strerror or error}).") from error
    return target
