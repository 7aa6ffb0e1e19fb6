"""The link between launches on Windows: a named pipe, through QtNetwork's QLocalServer.

Elsewhere single_instance serves a Unix socket with Python's own socket module, so a
resting Backstretch does not keep QtNetwork (and the Kerberos libraries it links)
mapped; Python has no Unix sockets on Windows, so there Qt's local socket serves.
single_instance describes what the server promises; this keeps the same promises.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

# Imported by single_instance once its limits are set, so they are there to read.
from backstretch.platform import single_instance as shared
from backstretch.platform.instance_address import server_name
from backstretch.platform.launch_request import MAX_REQUEST_BYTES, LaunchRequest

log = shared.log


def hand_over(request: LaunchRequest, name: str | None = None) -> bool:
    """Send our request to a running instance; True if it has it."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(shared.CONNECT_TIMEOUT_MS):
        return False
    socket.write(request.encode())
    socket.flush()
    socket.waitForBytesWritten(shared.CONNECT_TIMEOUT_MS)
    delivered = socket.bytesToWrite() == 0
    # Wait for the acknowledgement, so we exit once it has read it. One that is busy
    # (starting its services) reads it a little later: it is delivered all the same.
    socket.waitForReadyRead(shared.ACKNOWLEDGE_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


class InstanceServer(QObject):
    """Listens for later launches; emits the LaunchRequest each one sent."""

    request_received = Signal(LaunchRequest)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(shared.MAX_CONNECTIONS)
        self._server.newConnection.connect(self._on_connection)
        self._open = 0

    def listen(self) -> bool:
        """Listen for later launches; call it only while holding the instance lock."""
        if self._server.listen(self.name):
            return True
        # A socket file left by a killed instance: nobody answers it, so take it over.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            if not self._admit(socket):
                socket.abort()
                socket.deleteLater()
                continue
            self._open += 1
            # Qt stops reading beyond this, so a line that never ends is not kept whole.
            socket.setReadBufferSize(MAX_REQUEST_BYTES + 1)
            # No Python reference to the socket is kept (a lambda holding it would
            # outlive it when Qt deletes it, and delete it a second time).
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._closed)
            timer = QTimer(socket)  # dies with the socket, and finds it as its parent
            timer.setSingleShot(True)
            timer.timeout.connect(self._expire)
            timer.start(shared.IDLE_TIMEOUT_MS)
            if socket.bytesAvailable():
                self._read_from(socket)

    def _admit(self, socket: QLocalSocket) -> bool:
        if self._open >= shared.MAX_CONNECTIONS:
            log.warning("instance socket: %d connections open, one more dropped", self._open)
            return False
        try:
            uid = shared.peer_uid(int(socket.socketDescriptor()))
        except OSError as exc:
            log.warning("instance socket: could not tell who connected (%s); dropped", exc)
            return False
        if uid is not None and uid != os.getuid():
            log.warning("instance socket: a connection from uid %d dropped", uid)
            return False
        return True

    def _expire(self) -> None:
        timer = self.sender()
        socket = timer.parent() if timer is not None else None
        if isinstance(socket, QLocalSocket):
            log.warning("instance socket: no request within %d ms; dropped", shared.IDLE_TIMEOUT_MS)
            socket.abort()

    def _closed(self) -> None:
        socket = self.sender()
        self._open = max(0, self._open - 1)
        if isinstance(socket, QLocalSocket):
            socket.deleteLater()

    def _read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read_from(socket)

    def _read_from(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() >= MAX_REQUEST_BYTES + 1:
                log.warning("instance socket: more than %d bytes, no request", MAX_REQUEST_BYTES)
                socket.abort()
            return
        line = bytes(socket.readLine(MAX_REQUEST_BYTES + 1).data())
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()  # one request per connection
        request = shared.decoded(line.rstrip(b"\r\n"))
        if request is not None:
            self.request_received.emit(request)

    def close(self) -> None:
        self._server.close()
