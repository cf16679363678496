"""Encrypted case files in backups: carried exactly as stored, pooled by the SHA-256 of their ciphertext.

core.cases.files keeps each case file sealed (AES-GCM, data key) at ``case_files/<name[:2]>/<name>`` in
the data folder, under a random blob name. A backup has no key and needs none: it copies the sealed bytes
as they are, so plaintext never enters a backup. The manifest maps each blob name to the SHA-256 and size
of its ciphertext; the bytes live once in the pool beside the backups (or inside a self-contained zip),
and restoring writes them back under their blob names after checking the hash.

A blob name is written once and never rewritten (a new file gets a new random name), so a file already
described by the newest backup of the same folder, with the same size and still in the pool, is not hashed
again: a daily backup reads only the case files added since.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from gender_equality_desk.core.exchange.backup_format import (
    CASE_POOL_DIRNAME,
    CaseFileRef,
    Manifest,
    pool_blob,
)
from gender_equality_desk.core.fileio import file_sha256
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.security.session import CASE_FILES_DIRNAME


def stored_case_file(layout: DataLayout, blob_name: str) -> Path:
    """Where core.cases.files keeps a sealed case file (DataLayout has no case_files property)."""
    return layout.root / CASE_FILES_DIRNAME / blob_name[:2] / blob_name


def describe_case_files(
    layout: DataLayout, blob_names: list[str], known: Mapping[str, CaseFileRef], pool_folder: Path | None
) -> tuple[dict[str, CaseFileRef], int]:
    """The sealed files of `blob_names` present in the data folder, and how many are missing.

    `known` is what the newest backup in `pool_folder` recorded; such a file is trusted without reading it
    when its size is unchanged and the pool still holds its bytes.
    """
    found: dict[str, CaseFileRef] = {}
    missing = 0
    for name in blob_names:
        source = stored_case_file(layout, name)
        try:
            size = source.stat().st_size
        except OSError:
            missing += 1
            continue
        ref = known.get(name)
        if ref is not None and ref.size == size and pool_folder is not None:
            pooled = pool_blob(pool_folder, ref.sha256, CASE_POOL_DIRNAME)
            if pooled.is_file() and pooled.stat().st_size == size:
                found[name] = ref
                continue
        found[name] = CaseFileRef(file_sha256(source), size)
    return found, missing


def case_file_sources(layout: DataLayout, case_files: Mapping[str, CaseFileRef]) -> dict[str, Path]:
    """{sha256: sealed file in the data folder} to fill a pool or a self-contained zip from."""
    return {ref.sha256: stored_case_file(layout, name) for name, ref in case_files.items()}


def pool_sources(folder: Path, case_files: Mapping[str, CaseFileRef]) -> dict[str, Path]:
    """{sha256: pooled file} of a backup folder, to fill another pool (a mirror) from."""
    return {ref.sha256: pool_blob(folder, ref.sha256, CASE_POOL_DIRNAME) for ref in case_files.values()}


def wanted_sizes(case_files: Mapping[str, CaseFileRef]) -> dict[str, int]:
    return {ref.sha256: ref.size for ref in case_files.values()}


def referenced_hashes(manifests: list[Manifest]) -> set[str]:
    return {ref.sha256 for manifest in manifests for ref in manifest.case_files.values()}
