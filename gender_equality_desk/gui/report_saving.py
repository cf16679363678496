"""Saving a report the officer chose to keep: rendered into a scratch folder off the GUI thread (behind the
cancellable busy dialog), then delivered atomically (core/reports/delivery.py), so a failed or cancelled
save never touches a file already there. Shared by the Báo cáo page and the activity-log dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from gender_equality_desk.core.errors import UserFacingError
from gender_equality_desk.core.reports.content import ReportContent
from gender_equality_desk.core.reports.delivery import deliver, discard, render_to_scratch
from gender_equality_desk.core.reports.registry import OutputFormat
from gender_equality_desk.gui.dialogs.busy import BusyRunner
from gender_equality_desk.gui.i18n import translate


class Say(Protocol):
    """Puts one sentence on the screen's message line (red when `error`)."""

    def __call__(self, text: str, *, error: bool = False) -> None: ...


def save_report(
    runner: BusyRunner,
    build: Callable[[], ReportContent],
    output: OutputFormat,
    target: Path,
    say: Say,
    *,
    saved_text: str,
    on_saved: Callable[[Path], None] | None = None,
) -> None:
    """Render what `build` returns as `output` and put it at `target`; `saved_text` ("… {path}") is said
    once it is there, a failure is explained instead."""

    def delivered(scratch: Path) -> None:
        try:
            deliver(scratch, target)
        except OSError as error:
            say(
                translate("ReportSaving", "Không lưu được “{path}”: {reason}. Hãy chọn thư mục khác.").format(
                    path=target, reason=error.strerror or error
                ),
                error=True,
            )
            return
        if on_saved is not None:
            on_saved(target)
        say(saved_text.format(path=target))

    runner.run(
        lambda: render_to_scratch(build(), output),
        delivered,
        lambda error: say(explain_render_failure(error), error=True),
        translate("ReportSaving", "Đang tạo tệp {name}…").format(name=target.name),
        on_cancelled=discard,
    )


def explain_render_failure(error: BaseException) -> str:
    if isinstance(error, UserFacingError):
        return str(error)
    return translate(
        "ReportSaving",
        "Không tạo được tệp: {reason}. Hãy thử lại; nếu vẫn lỗi, báo cho cán bộ kỹ thuật.",
    ).format(reason=error)
