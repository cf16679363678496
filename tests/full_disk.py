"""A disk that fills up, for tests: no tiny file system is at hand, so the one under a folder is faked.

    disk = FullDisk(monkeypatch, stick, free=729 * 1024)

`shutil.disk_usage` of any path under `stick` reports the bytes still free, and files opened there for
writing (open, Path.open, zipfile, reportlab…) fail with ENOSPC once, together, they were given more
than `free` bytes — the partial write kept, as a real full disk does. Files are not refunded when
deleted. SQLite writes in C and is not caught: a test of it looks at where it was asked to write.
"""

from __future__ import annotations

import builtins
import errno
import io
import shutil
from pathlib import Path
from typing import Any

import pytest


class _Handle:
    def __init__(self, handle: Any, disk: FullDisk) -> None:
        self._handle = handle
        self._disk = disk

    def write(self, data: bytes | str) -> int:
        room = self._disk.free - self._disk.written
        if len(data) > room:
            if room > 0:
                self._handle.write(data[:room])
            self._disk.written = self._disk.free
            self._disk.failures += 1
            raise OSError(errno.ENOSPC, "No space left on device")
        self._disk.written += len(data)
        return int(self._handle.write(data))

    def __enter__(self) -> _Handle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __iter__(self) -> Any:
        return iter(self._handle)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


class FullDisk:
    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, folder: Path, free: int, *, claim: int | None = None
    ) -> None:
        """`claim`: the free room disk_usage reports until the first failed write (a FAT stick may)."""
        self.folder = folder.resolve()
        self.free = free
        self.claim = claim
        self.written = 0
        self.failures = 0
        real_usage, real_open = shutil.disk_usage, io.open

        def usage(path: Any) -> Any:
            if self._inside(path):
                total, left = real_usage(self.folder).total, max(self.free - self.written, 0)
                if self.claim is not None and not self.failures:
                    left = self.claim
                return shutil._ntuple_diskusage(total, total - left, left)  # type: ignore[attr-defined]
            return real_usage(path)

        def opened(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real_open(file, mode, *args, **kwargs)
            if isinstance(file, str | Path) and any(flag in mode for flag in "wax+") and self._inside(file):
                return _Handle(handle, self)
            return handle

        monkeypatch.setattr(shutil, "disk_usage", usage)
        monkeypatch.setattr(io, "open", opened)
        monkeypatch.setattr(builtins, "open", opened)

    def _inside(self, path: Any) -> bool:
        try:
            resolved = Path(path).resolve()
        except (TypeError, OSError):
            return False
        return resolved == self.folder or self.folder in resolved.parents
