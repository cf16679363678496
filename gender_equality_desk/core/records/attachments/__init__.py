"""Evidence files (photos, scanned sign-in sheets, PDFs) attached to activities and propaganda events.

The bytes are copied once into the data folder under their SHA-256: `attachments/ab/abcdef…` (no
extension, so the same photo attached as "anh.JPG" and "anh (1).jpeg" is one file). A row in
`attachment` says which record uses the blob and under which name. Blobs are opened through a read-only
copy carrying the original name (`viewing_copy`), so a viewer that saves edits ("rotate" in Windows
Photos) can never change a blob behind its hash.

Allowed kinds: images (JPG, PNG, GIF, BMP, WEBP, TIFF, HEIC/HEIF), PDF, and office documents that hold
scanned or typed sign-in lists (DOC, DOCX, XLS, XLSX, ODT, ODS), at most 20 MB each. Images and PDFs are
also checked by their first bytes: a half-downloaded photo is refused now rather than found broken later.

Forms stage their changes (new paths, removed ids) and save them with `apply_form_changes` in the same
transaction as the record. Removing an attachment or trashing its record only hides rows;
`collect_garbage` (run when the trash is emptied) deletes rows and files for good, and the files only
once that transaction commits.
"""

from gender_equality_desk.core.records.attachments.files import (
    ALLOWED_KINDS_TEXT,
    ALLOWED_TYPES,
    DOCUMENT_TYPES,
    IMAGE_TYPES,
    MAX_ATTACHMENT_BYTES,
    StoredFile,
    blob_path,
    check_file,
    format_size,
    store_file,
    viewing_copy,
)
from gender_equality_desk.core.records.attachments.garbage import collect_garbage
from gender_equality_desk.core.records.attachments.rows import (
    AttachmentRow,
    apply_form_changes,
    attach,
    attachments_of,
    copy_attachments_for_duplicate,
    copy_event_attachments_for_duplicate,
    remove_attachment,
)

__all__ = [
    "ALLOWED_KINDS_TEXT",
    "ALLOWED_TYPES",
    "DOCUMENT_TYPES",
    "IMAGE_TYPES",
    "MAX_ATTACHMENT_BYTES",
    "AttachmentRow",
    "StoredFile",
    "apply_form_changes",
    "attach",
    "attachments_of",
    "blob_path",
    "check_file",
    "collect_garbage",
    "copy_attachments_for_duplicate",
    "copy_event_attachments_for_duplicate",
    "format_size",
    "remove_attachment",
    "store_file",
    "viewing_copy",
]
