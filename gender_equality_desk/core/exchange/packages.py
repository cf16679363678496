"""Data packages between machines: how a commune moves to a new PC and how a higher level collects
communes' records.

    with store.reading() as session:
        export_package(session, layout, date(2025, 1, 1), date(2025, 12, 31), Path("goi.zip"))

    package = open_package(Path("goi.zip"))            # signature and every SHA-256 checked, or PackageError
    with store.reading() as session:
        preview = preview_package(session, layout, package)   # new / changed / conflicting, nothing written
    result = apply_package(store, layout, package, confirmed_conflicts={...})   # one transaction

Layout of the zip: packages_format. Signing key: packages_signing. What was last shared of each record:
packages_ledger. Case data is only ever added as an ExtensionPart: anonymised, suppressed counts
(package_statistics) or, for moving to a new PC, an administrator's still-encrypted cases (package_cases).
"""

from __future__ import annotations

from datetime import date

from gender_equality_desk.core.exchange.packages_export import ExportSummary, ExtensionPart, export_package
from gender_equality_desk.core.exchange.packages_format import TABLE_LABELS, PackageError
from gender_equality_desk.core.exchange.packages_merge import (
    MergeResult,
    MergeStatus,
    PackagePreview,
    PreviewItem,
    apply_package,
    preview_package,
)
from gender_equality_desk.core.exchange.packages_verify import VerifiedPackage, open_package

__all__ = [
    "TABLE_LABELS",
    "ExportSummary",
    "ExtensionPart",
    "MergeResult",
    "MergeStatus",
    "PackageError",
    "PackagePreview",
    "PreviewItem",
    "VerifiedPackage",
    "apply_package",
    "export_package",
    "open_package",
    "package_file_name",
    "preview_package",
]


CASE_TRANSFER_PREFIX = "CHUYEN-MAY-MOI_"
CASE_TRANSFER_SUFFIX = "_CO-HO-SO-MAT"


def package_file_name(start: date, end: date, *, with_encrypted_cases: bool = False) -> str:
    """ "goi-du-lieu_20250101-20251231.zip": ASCII, so every USB stick and mail program keeps it.

    A package carrying the encrypted cases (and every account's password verifier and wrapped key) is
    named "CHUYEN-MAY-MOI_goi-du-lieu_…_CO-HO-SO-MAT.zip" so nobody mistakes it for the routine one
    sent to the district."""
    name = f"goi-du-lieu_{start:%Y%m%d}-{end:%Y%m%d}"
    if with_encrypted_cases:
        return f"{CASE_TRANSFER_PREFIX}{name}{CASE_TRANSFER_SUFFIX}.zip"
    return f"{name}.zip"
