"""One app per data folder: the folder lock, plus a local socket through which a second copy raises the first.

The first copy holds `FolderLock` and, once its window shows (`listen`: QtNetwork is not imported before
the first paint), listens on a local server named after the data folder. A second copy cannot take the
lock; it connects to that server (waiting briefly for a first copy still starting) and asks the first
window to come to the front. When no copy answers (the holder is a `restore` command, or another computer
sharing the folder), the caller explains in Vietnamese that the data is open elsewhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QThread, Signal

from gender_equality_desk.core.folder_lock import FolderInUseError, FolderLock, FolderUnusableError

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1500
RETRY_MS = 50


def server_name(root: Path) -> str:
    import hashlib  # only when listening or calling: OpenSSL's loading is kept off the first paint

    digest = hashlib.sha256(str(root.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"gedesk-{digest}"


class SingleInstance(QObject):
    activation_requested = Signal()  # another copy was started on the same folder: show the window

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = FolderLock(root)
        self._root = root
        self._server: QLocalServer | None = None
        self.refusal = ""  # Vietnamese reason when acquire() failed
        self.in_use = False  # acquire() failed because another copy holds the folder (not unwritable)

    def acquire(self) -> bool:
        """Take the folder for this copy; False when another copy (or a restore) holds it."""
        try:
            self._lock.acquire()
        except FolderUnusableError as error:
            self.refusal = str(error)
            self.in_use = isinstance(error, FolderInUseError)  # else: the folder cannot be written
            return False
        return True

    def listen(self) -> None:
        """Answer second copies from now on (called once the window shows). Needs the folder acquired."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        name = server_name(self._root)
        QLocalServer.removeServer(name)  # a socket left by a crashed copy; we hold the lock now
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)  # without it the app still works; a second copy is only refused

    def raise_first(self) -> bool:
        """Ask the copy holding the folder to come to the front; False when none answered in time."""
        from PySide6.QtNetwork import QLocalSocket

        waited = QElapsedTimer()
        waited.start()
        name = server_name(self._root)
        socket = QLocalSocket()
        socket.connectToServer(name)
        while not socket.waitForConnected(TIMEOUT_MS - waited.elapsed()):
            if waited.elapsed() + RETRY_MS >= TIMEOUT_MS:
                return False  # nobody listens: not a copy of the app (or one that does not answer)
            QThread.msleep(RETRY_MS)  # the first copy may not be listening yet: it listens once shown
            socket.connectToServer(name)
        socket.write(ACTIVATE)
        delivered = socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return delivered

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.release()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (connection := self._server.nextPendingConnection()) is not None:
            # The second copy writes one short line right after connecting: waiting briefly for it keeps
            # this free of per-connection signal handlers that could outlive the socket.
            arrived = connection.bytesAvailable() or connection.waitForReadyRead(TIMEOUT_MS)
            if arrived and ACTIVATE.strip() in bytes(connection.readAll().data()):
                self.activation_requested.emit()
            connection.close()
            connection.deleteLater()
