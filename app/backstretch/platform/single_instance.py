"""One Backstretch per user: a second launch hands its request to the first and exits.

A local socket (a Unix domain socket, or a named pipe on Windows) whose name includes
the user, so another user on the same machine gets an instance of their own; see
instance_address for where it lives and instance_lock for which launch is the first.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backstretch.platform.instance_address import server_name

CONNECT_TIMEOUT_MS = 500
RETRY_MS = 100


def hand_over(arguments: Sequence[str], name: str | None = None, patience_ms: int = 0) -> bool:
    """Send our arguments to a running instance; True if one took them.

    With `patience_ms`, keep trying that long: the first instance opens its socket
    only once its window is up.
    """
    socket = QLocalSocket()
    deadline = time.monotonic() + patience_ms / 1000
    while True:
        socket.connectToServer(name or server_name())
        if socket.waitForConnected(CONNECT_TIMEOUT_MS):
            break
        if time.monotonic() >= deadline:
            return False
        QThread.msleep(RETRY_MS)
    socket.write(json.dumps({"arguments": list(arguments)}).encode("utf-8") + b"\n")
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    # Wait for the acknowledgement, so we exit only once the first instance has it.
    acknowledged = socket.waitForReadyRead(CONNECT_TIMEOUT_MS * 4)
    socket.disconnectFromServer()
    return acknowledged


class InstanceServer(QObject):
    """Listens for later launches; emits the arguments each one passed."""

    activated = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Listen for later launches; call it only while holding the instance lock."""
        if self._server.listen(self.name):
            return True
        # A socket file left by a killed instance: nobody answers it, so take it over.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace")
        try:
            arguments = json.loads(line).get("arguments", [])
        except (json.JSONDecodeError, AttributeError):
            arguments = []
        socket.write(b"ok\n")
        socket.flush()
        if isinstance(arguments, list):
            self.activated.emit([str(item) for item in arguments])

    def close(self) -> None:
        self._server.close()
