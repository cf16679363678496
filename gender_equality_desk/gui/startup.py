"""Opening the store for the app without freezing its first paint.

The main window is shown first, Tổng quan filled from the store file when it can be read directly
(core.dashboard, no ORM); the store is opened in a thread meanwhile (SQLAlchemy and the models are imported
there, the health check and the ORM mapper set-up run there), and the window gets the store once it is
ready. The start backup
of a store needing no migration, and the seeding of catalogue rows a newer app ships, run in a thread
after the window shows (`StartWork`); they are waited for before the store is closed.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Signal

from gender_equality_desk.core.paths import DataLayout

if TYPE_CHECKING:
    from gender_equality_desk.core.store.engine import Store
    from gender_equality_desk.core.store.opening import OpenedStore


def open_store_now(layout: DataLayout) -> OpenedStore:
    """Open the store as the app does: backed up and upgraded first if it needs a migration, else
    opened at once with its start backup owed (`OpenedStore.start_work_due`)."""
    from gender_equality_desk.core.store.opening import open_store_for_app

    return open_store_for_app(layout, backup_at_start=True, defer_start_work=True)


class _Finished(QObject):
    done = Signal()  # emitted from the worker thread, delivered (queued) on the GUI thread


def open_off_gui_thread(layout: DataLayout) -> OpenedStore:
    """`open_store_now` in a thread while the GUI thread keeps painting; raises what opening raised."""
    outcome: list[object] = []
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit)

    def work() -> None:
        try:
            opened = open_store_now(layout)
            try:
                _warm_up(opened.store)
            except BaseException:
                opened.store.close()
                raise
            outcome.append(opened)
        except BaseException as error:  # handed over to the GUI thread, raised there
            outcome.append(error)
        finally:
            finished.done.emit()

    thread = threading.Thread(target=work, name="open-store")
    thread.start()
    loop.exec()  # the signal is queued, so it quits the loop even if the thread finished first
    thread.join()
    (result,) = outcome
    if isinstance(result, BaseException):
        raise result
    return result  # type: ignore[return-value]  # the only other thing work() appends


def _warm_up(store: Store) -> None:
    """What attaching the store will do anyway, done here so the GUI thread finds it ready: set up the ORM
    mappers (first query) and compile the profile's statement once."""
    from gender_equality_desk.core.profile import load_profile

    with store.reading() as session:
        load_profile(session)


class StartWork:
    """The start backup and seeding a current store left owed, run in a thread once the window shows."""

    def __init__(self, opened: OpenedStore, layout: DataLayout) -> None:
        self._thread: threading.Thread | None = None
        if opened.start_work_due:
            self._thread = threading.Thread(
                target=_finish_start_quietly, args=(opened.store, layout), name="start-backup"
            )

    def start(self) -> None:
        if self._thread is not None and self._thread.ident is None:
            self._thread.start()

    def wait(self) -> None:
        if self._thread is not None and self._thread.ident is not None:
            self._thread.join()


def _finish_start_quietly(store: Store, layout: DataLayout) -> None:
    from gender_equality_desk.core.store.opening import finish_start

    try:
        finish_start(store, layout)
    except Exception as error:  # a thread has nobody to raise to; the app goes on without it
        print(f"Chú ý: không hoàn tất được việc sao lưu khi mở ứng dụng: {error}", file=sys.stderr)
