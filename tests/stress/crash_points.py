"""A crash-point injector: the file-system steps an operation takes, and a "crash" at any one of them.

`count_steps(operation)` runs the operation once, counting every call of the primitives below; `crash_at(k)`
runs it again and raises `SimulatedCrash` at the k-th step, before the step does anything, as a power cut or
a killed process would stop it there. `SimulatedCrash` is a BaseException, so `except Exception` (or
`except OSError`) in the app cannot swallow it and carry on as if nothing happened.

What is intercepted: every rename/replace, fsync, unlink, copy, and every open of a file for writing —
the steps at which a half-done operation could leave the data folder, a USB stick or a backup in a state
nobody meant. Reads are not steps: stopping before a read changes nothing on disk.
"""

from __future__ import annotations

import builtins
import io
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_WRITE_MODES = ("w", "a", "x", "+")


class SimulatedCrash(BaseException):
    """The process stopped here."""


class _Counter:
    def __init__(self, crash_at: int | None) -> None:
        self.crash_at = crash_at
        self.steps: list[str] = []

    def step(self, what: str) -> None:
        self.steps.append(what)
        if self.crash_at is not None and len(self.steps) == self.crash_at:
            raise SimulatedCrash(f"step {self.crash_at}: {what}")


def _writes(mode: object) -> bool:
    return isinstance(mode, str) and any(flag in mode for flag in _WRITE_MODES)


@contextmanager
def _intercepted(counter: _Counter) -> Iterator[None]:
    originals: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, wrapper: Callable[[Any], Any]) -> None:
        original = getattr(owner, name)
        originals.append((owner, name, original))
        setattr(owner, name, wrapper(original))

    def named(what: str) -> Callable[[Any], Any]:
        def wrap(original: Any) -> Any:
            def stepped(*args: Any, **kwargs: Any) -> Any:
                counter.step(f"{what} {args[0] if args else ''}")
                return original(*args, **kwargs)

            return stepped

        return wrap

    def opening(original: Any) -> Any:
        def stepped(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if _writes(mode):
                counter.step(f"open({mode}) {file}")
            return original(file, mode, *args, **kwargs)

        return stepped

    def path_opening(original: Any) -> Any:
        def stepped(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if _writes(mode):
                counter.step(f"open({mode}) {self}")
            return original(self, mode, *args, **kwargs)

        return stepped

    def os_opening(original: Any) -> Any:
        def stepped(path: Any, flags: int, *args: Any, **kwargs: Any) -> Any:
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                counter.step(f"os.open {path}")
            return original(path, flags, *args, **kwargs)

        return stepped

    for name in ("replace", "rename", "fsync", "unlink", "remove", "rmdir", "link"):
        if hasattr(os, name):
            patch(os, name, named(f"os.{name}"))
    for name in ("copyfile", "copy2", "copy", "move", "rmtree"):
        patch(shutil, name, named(f"shutil.{name}"))
    patch(builtins, "open", opening)
    patch(io, "open", opening)
    patch(Path, "open", path_opening)
    patch(os, "open", os_opening)
    try:
        yield
    finally:
        for owner, name, original in reversed(originals):
            setattr(owner, name, original)


def count_steps(operation: Callable[[], object]) -> list[str]:
    """The file-system steps `operation` takes, in order (the operation is run, fully)."""
    counter = _Counter(None)
    with _intercepted(counter):
        operation()
    return counter.steps


def crash_at(step: int, operation: Callable[[], object]) -> bool:
    """Run `operation`, stopping it before its `step`-th file-system step; True when it was stopped."""
    counter = _Counter(step)
    try:
        with _intercepted(counter):
            operation()
    except SimulatedCrash:
        return True
    return False
