"""Write a report to a private scratch folder first, then deliver it where the officer asked.

Rendering a long report can take a while and the officer may cancel it; rendering into a scratch folder
means a cancelled or failed export never touches the file already at the destination, and a finished one
is published there atomically (core.fileio) or copied to a USB stick with verification (exchange.usb).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from gender_equality_desk.core.fileio import atomic_path
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.registry import OutputFormat, default_file_name, write_report

SCRATCH_PREFIX = "gedesk-report-"


def render_to_scratch(content: ReportContent, output: OutputFormat) -> Path:
    """Render into a new scratch folder; returns the file. Call `deliver` or `discard` afterwards."""
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
    try:
        return write_report(content, output, folder / default_file_name(content, output))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def deliver(scratch_file: Path, target: Path) -> Path:
    """Publish the rendered file at `target` atomically, then remove the scratch folder."""
    try:
        with (
            atomic_path(target, shareable=True) as temp,
            scratch_file.open("rb") as source,
            temp.open("wb") as sink,
        ):
            shutil.copyfileobj(source, sink, 1024 * 1024)
    finally:
        discard(scratch_file)
    return target


def discard(scratch_file: Path) -> None:
    """Forget a rendered file nobody wants (a cancelled export)."""
    folder = scratch_file.parent
    if folder.name.startswith(SCRATCH_PREFIX):
        shutil.rmtree(folder, ignore_errors=True)
