"""One Backstretch per user: a second launch hands its request to the first and exits.

A local socket (a Unix domain socket, or a named pipe on Windows) whose name includes
the user, so another user on the same machine gets an instance of their own; see
instance_address for where it lives and instance_lock for which launch is the first.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backstretch.platform.instance_address import server_name
from backstretch.platform.instance_message import MAX_MESSAGE_BYTES, LaunchRequest

CONNECT_TIMEOUT_MS = 500
ACKNOWLEDGE_TIMEOUT_MS = 2000


def hand_over(request: LaunchRequest, name: str | None = None) -> bool:
    """Send our request to a running instance; True if it has it."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(request.encode())
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    delivered = socket.bytesToWrite() == 0
    # Wait for the acknowledgement, so we exit once it has read them. One that is busy
    # (starting its services) reads them a little later: they are delivered all the same.
    socket.waitForReadyRead(ACKNOWLEDGE_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


class InstanceServer(QObject):
    """Listens for later launches; emits the request each one sent."""

    request_received = Signal(object)  # LaunchRequest

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
            # No Python reference to the socket is kept (a lambda holding it would
            # outlive it when Qt deletes it, and delete it a second time).
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE_BYTES:  # no request is that long
                socket.abort()
            return
        request = LaunchRequest.decode(bytes(socket.readLine(MAX_MESSAGE_BYTES + 1).data()))
        socket.write(b"ok\n")
        socket.flush()
        if request is None:
            print("backstretch: ignored a message that is not a launch request", file=sys.stderr)
            return
        self.request_received.emit(request)

    def close(self) -> None:
        self._server.close()
