"""One Follow-up Desk per person and computer: a second start hands over.

Two windows on one database would each hold their own idea of the day's work
and fight over the settings file. So the first instance listens on a local
socket (a named pipe on Windows) whose name comes from the user and the data
folder; a second start finds it, asks it to come to the front, waits for the
answer and quits. A socket left behind by a crash is noticed (nobody answers)
and replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from followup_desk import paths

log = logging.getLogger("followup_desk.ui")

CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 3000
_REQUEST = b"show"
_ANSWER = b"ok"


def server_name() -> str:
    """The socket's name: one per user and data folder.

    Hashed so it is short and safe on every platform (Unix socket paths are
    limited to about a hundred bytes), and distinct per data folder so a test
    or a second shop in ``FOLLOWUP_DESK_HOME`` runs beside the real one.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{paths.data_dir()}".encode()).hexdigest()
    return f"followup-desk-{digest[:20]}"


class SingleInstance(QObject):
    """The first instance's listener, or a second instance's messenger.

    Call :meth:`hand_over` first: True means another instance took over and
    this one should quit. Otherwise call :meth:`listen` and connect
    :attr:`activation_requested` to whatever brings the window forward.
    """

    activation_requested = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name or server_name()
        self.server: QLocalServer | None = None

    def hand_over(self, arguments: list[str] | None = None) -> bool:
        """Ask a running instance to show itself; True if one answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        message = _REQUEST + b" " + json.dumps(arguments or []).encode() + b"\n"
        socket.write(message)
        socket.flush()
        answered = False
        # The answer tells us the first instance is alive, not just a socket
        # file that a crashed instance left behind.
        while socket.waitForReadyRead(ANSWER_TIMEOUT_MS):
            if _ANSWER in bytes(socket.readAll().data()):
                answered = True
                break
        socket.disconnectFromServer()
        if answered:
            log.info("Another Follow-up Desk is running; handed over to it")
        return answered

    def listen(self) -> bool:
        """Become the instance others hand over to; False if that failed."""
        server = QLocalServer(self)
        # Other people on the same computer may not knock.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
                # Left behind by an instance that crashed (nobody answered).
                QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning(
                    "Cannot listen for a second start: %s", server.errorString()
                )
                return False
        server.newConnection.connect(self._on_server_new_connection)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _on_server_new_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).strip()
        if not line.startswith(_REQUEST):
            socket.disconnectFromServer()
            return
        try:
            arguments = json.loads(line[len(_REQUEST) :].strip() or b"[]")
        except ValueError:
            arguments = []
        socket.write(_ANSWER + b"\n")
        socket.flush()
        log.info("A second start asked this window to come forward")
        self.activation_requested.emit([str(a) for a in arguments])
