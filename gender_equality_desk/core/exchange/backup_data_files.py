"""Small folders of the data folder that live outside the store and travel inside every backup.

Received commune statistics (``exchange/received-statistics/*.json``, filed by `package_statistics`),
banner logos (``banner_logos/``, copied in by `core.render.banner.logo`) and the access logs of the PCs
this one replaced (``case_audit_archive/``, kept by `core.security.audit_archive`) exist nowhere else
once the PC is gone. They are small, so every backup carries them as zip members
``data_folder/<folder>/<name>`` (never pooled) and lists them in the manifest as ``data_files``
{relative path: SHA-256}; the hashes tell an unchanged data folder from a changed one, so a new logo
alone is reason for a new backup.

Only files the app itself names are carried (statistics slugs, logo hashes: `SAFE_NAME`); a restore
writes only such names inside these folders, so a crafted backup cannot write elsewhere. Restoring puts
each file back and leaves files the backup does not list alone; a backup made before these were
carried (no ``data_files``) restores as before.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from gender_equality_desk.core.fileio import file_sha256

# Relative to the data folder; `package_statistics.statistics_folder`, `banner.logo.LOGO_FOLDER` and
# `audit_archive.ARCHIVE_FOLDER` (not imported: the logo module pulls in reportlab, too slow for the start
# backup) — a test ties them. Archive names ("20261120080000-1a2b3c4d.json") fit SAFE_NAME as they are.
CARRIED_FOLDERS = ("exchange/received-statistics", "banner_logos", "case_audit_archive")
DATA_FILE_PREFIX = "data_folder/"
SAFE_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z_.-]{0,200}")  # statistics slugs can be long
_SHA256 = re.compile(r"[0-9a-f]{64}")


def is_carried_path(relative: str) -> bool:
    """True for "<carried folder>/<safe file name>" (POSIX separators), the only paths restored."""
    folder, _, name = relative.rpartition("/")
    return folder in CARRIED_FOLDERS and bool(SAFE_NAME.fullmatch(name)) and ".." not in name


def parse_data_files(raw: object) -> dict[str, str]:
    """The manifest's ``data_files``; ValueError for a path or hash a restore must not trust."""
    if not isinstance(raw, dict):
        raise ValueError("data_files")
    found: dict[str, str] = {}
    for relative, sha256 in raw.items():
        if not is_carried_path(str(relative)) or not _SHA256.fullmatch(str(sha256)):
            raise ValueError(f"data file {str(relative)[:40]}")
        found[str(relative)] = str(sha256)
    return found


def describe_data_files(root: Path) -> dict[str, str]:
    """{relative path: SHA-256} of the carried files now in the data folder `root`, sorted by path.

    Temporary files of an atomic write in progress (".name.…tmp") do not match SAFE_NAME."""
    found: dict[str, str] = {}
    for folder in CARRIED_FOLDERS:
        directory = root / folder
        if not directory.is_dir():
            continue
        for path in sorted(directory.iterdir()):
            relative = f"{folder}/{path.name}"
            if path.is_file() and is_carried_path(relative):
                found[relative] = file_sha256(path)
    return found


def write_data_files(archive: zipfile.ZipFile, root: Path, data_files: Mapping[str, str]) -> None:
    """Add the carried files as members (JSON compressed; pictures are compressed already)."""
    for relative in data_files:
        source = root / PurePosixPath(relative)
        if not source.is_file():  # removed since it was described; the restore reports it missing
            continue
        compress = zipfile.ZIP_DEFLATED if source.suffix == ".json" else zipfile.ZIP_STORED
        archive.write(source, DATA_FILE_PREFIX + relative, compress_type=compress)
