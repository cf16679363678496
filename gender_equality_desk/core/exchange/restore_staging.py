"""Restoring every file of a backup, checked before anything in the data folder changes.

A backup is one store plus files beside it: attachments, sealed case files and small data files (from
inside the zip or from the pool beside it). Each is copied into a scratch folder inside the data folder
and its bytes checked against the manifest (SHA-256 and size) before the store is swapped, so one
damaged photo on an old USB stick can no longer stop a restore half-way with the store replaced and the
files not. What cannot be read is listed precisely (`MemberProblem`, described in Vietnamese from the
backup's own store); what is whole is then moved into place with `os.replace`, which cannot fail half-way
inside one file system.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from gender_equality_desk.core.exchange.backup_case_files import stored_case_file
from gender_equality_desk.core.exchange.backup_data_files import DATA_FILE_PREFIX, is_carried_path
from gender_equality_desk.core.exchange.backup_format import (
    ATTACHMENT_PREFIX,
    CASE_FILE_PREFIX,
    CASE_POOL_DIRNAME,
    Manifest,
    pool_blob,
)
from gender_equality_desk.core.fileio import fsync_directory
from gender_equality_desk.core.paths import DataLayout
from gender_equality_desk.core.records.attachments.files import blob_path
from gender_equality_desk.core.store.health import sqlite_uri

_CHUNK = 1024 * 1024
_READ_ERRORS = (OSError, EOFError, KeyError, zipfile.BadZipFile, zlib.error)

ATTACHMENT, CASE_FILE, DATA_FILE = "attachment", "case_file", "data_file"
DAMAGED, MISSING = "damaged", "missing"


@dataclass(frozen=True)
class MemberProblem:
    """One file of the backup that is not restored, and why."""

    kind: str  # ATTACHMENT, CASE_FILE or DATA_FILE
    key: str  # the attachment's SHA-256, the case file's blob name, the data file's relative path
    reason: str  # DAMAGED (unreadable, or other bytes than the manifest says) or MISSING
    description: str = ""  # what the officer knows it as, filled by `describe_problems`


@dataclass
class StagedMembers:
    moves: list[tuple[Path, Path]] = field(default_factory=list)  # checked copy → its place
    counts: dict[str, int] = field(default_factory=lambda: {ATTACHMENT: 0, CASE_FILE: 0, DATA_FILE: 0})
    problems: list[MemberProblem] = field(default_factory=list)

    def missing(self, kind: str) -> int:
        return sum(problem.kind == kind for problem in self.problems)


class _MismatchError(Exception):
    """The bytes read are not the ones the manifest describes."""


def _same_file(target: Path, sha256: str, size: int | None) -> bool:
    try:
        if size is not None and target.stat().st_size != size:
            return False
        return _digest(target) == sha256
    except OSError:
        return False


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        for chunk in iter(lambda: reader.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def _source(
    archive: zipfile.ZipFile, entry: str, inside: set[str], pooled: Path | None
) -> Iterator[IO[bytes]]:
    if entry in inside:
        with archive.open(entry) as reader:
            yield reader
    elif pooled is not None and pooled.is_file():
        with pooled.open("rb") as reader:
            yield reader
    else:
        raise FileNotFoundError(entry)


class _Stager:
    def __init__(self, archive: zipfile.ZipFile, scratch: Path, staged: StagedMembers) -> None:
        self.archive = archive
        self.inside = set(archive.namelist())
        self.scratch = scratch
        self.staged = staged

    def stage(
        self,
        kind: str,
        key: str,
        entry: str,
        pooled: Path | None,
        target: Path,
        sha256: str,
        size: int | None,
    ) -> None:
        if _same_file(target, sha256, size):
            return  # already in place with the same bytes
        copy = self.scratch / f"{len(self.staged.moves):06d}"
        try:
            with _source(self.archive, entry, self.inside, pooled) as reader, copy.open("wb") as writer:
                digest, written = hashlib.sha256(), 0
                for chunk in iter(lambda: reader.read(_CHUNK), b""):
                    digest.update(chunk)
                    written += len(chunk)
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
            if digest.hexdigest() != sha256 or (size is not None and written != size):
                raise _MismatchError
        except FileNotFoundError:
            copy.unlink(missing_ok=True)
            self.staged.problems.append(MemberProblem(kind, key, MISSING))
            return
        except (_MismatchError, *_READ_ERRORS):
            copy.unlink(missing_ok=True)
            self.staged.problems.append(MemberProblem(kind, key, DAMAGED))
            return
        self.staged.moves.append((copy, target))
        self.staged.counts[kind] += 1


def stage_members(backup: Path, layout: DataLayout, manifest: Manifest, scratch: Path) -> StagedMembers:
    """Copy and check every file of `backup` that the data folder does not already hold; nothing outside
    `scratch` (which must be inside the data folder) is written."""
    scratch.mkdir(parents=True, exist_ok=True)
    staged = StagedMembers()
    with zipfile.ZipFile(backup) as archive:
        stager = _Stager(archive, scratch, staged)
        for sha256, size in manifest.attachments.items():
            pooled = pool_blob(backup.parent, sha256)
            target = blob_path(layout, sha256)
            stager.stage(ATTACHMENT, sha256, ATTACHMENT_PREFIX + sha256, pooled, target, sha256, size)
        for name, ref in manifest.case_files.items():
            pooled = pool_blob(backup.parent, ref.sha256, CASE_POOL_DIRNAME)
            target = stored_case_file(layout, name)
            stager.stage(CASE_FILE, name, CASE_FILE_PREFIX + ref.sha256, pooled, target, ref.sha256, ref.size)
        for relative, sha256 in manifest.data_files.items():
            if not is_carried_path(relative):  # read_manifest refuses these already; never write elsewhere
                staged.problems.append(MemberProblem(DATA_FILE, relative, DAMAGED))
                continue
            target = layout.root / PurePosixPath(relative)
            stager.stage(DATA_FILE, relative, DATA_FILE_PREFIX + relative, None, target, sha256, None)
    return staged


def put_in_place(staged: StagedMembers) -> None:
    """Move the checked copies to their places (same file system: each move is atomic)."""
    folders: set[Path] = set()
    for copy, target in staged.moves:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy.replace(target)
        folders.add(target.parent)
    for folder in folders:
        fsync_directory(folder)


def describe_problems(snapshot: Path, problems: list[MemberProblem]) -> list[MemberProblem]:
    """Each problem with a Vietnamese description from the backup's own store: the photo's file name and
    the activity or event it belongs to, the case code of a case file (never its sealed name)."""
    if not problems:
        return []
    described: list[MemberProblem] = []
    try:
        connection = sqlite3.connect(sqlite_uri(snapshot, "ro"), uri=True)
    except sqlite3.DatabaseError:
        connection = None
    try:
        for problem in problems:
            text = _describe(connection, problem)
            described.append(MemberProblem(problem.kind, problem.key, problem.reason, text))
    finally:
        if connection is not None:
            connection.close()
    return described


def _describe(connection: sqlite3.Connection | None, problem: MemberProblem) -> str:
    state = "bị hỏng" if problem.reason == DAMAGED else "không có trong bản sao lưu"
    if problem.kind == DATA_FILE:
        return f"Tệp “{problem.key}” {state}"
    row = None
    with contextlib.suppress(sqlite3.DatabaseError):
        if connection is not None and problem.kind == ATTACHMENT:
            row = connection.execute(
                "SELECT a.original_name, coalesce(act.title, ev.title), coalesce(act.start_at, ev.start_date)"
                " FROM attachment a LEFT JOIN activity act ON act.id = a.activity_id"
                " LEFT JOIN propaganda_event ev ON ev.id = a.propaganda_event_id WHERE a.sha256 = ? LIMIT 1",
                (problem.key,),
            ).fetchone()
        elif connection is not None:
            row = connection.execute(
                "SELECT c.code FROM case_attachment f JOIN support_case c ON c.id = f.case_id"
                " WHERE f.blob_name = ?",
                (problem.key,),
            ).fetchone()
    if problem.kind == ATTACHMENT:
        if row is None:
            return f"Một tệp đính kèm (mã {problem.key[:8]}) {state}"
        name, title, day = row
        when = f" ngày {str(day)[8:10]}/{str(day)[5:7]}/{str(day)[:4]}" if day else ""
        return f"Tệp đính kèm “{name}” của “{title}”{when} {state}"
    if row is None:
        return f"Một tệp hồ sơ hỗ trợ {state}"
    return f"Một tệp của hồ sơ {row[0]} {state}"


def summary_lines(problems: Sequence[MemberProblem], limit: int = 10) -> list[str]:
    """At most `limit` descriptions, then "… và N tệp khác"."""
    listed = list(problems)
    lines = [problem.description or problem.key for problem in listed[:limit]]
    if len(listed) > limit:
        lines.append(f"… và {len(listed) - limit} tệp khác")
    return lines
