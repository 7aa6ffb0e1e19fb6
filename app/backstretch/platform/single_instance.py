"""One Backstretch per user: a second launch hands its request to the first and exits.

A local socket (a Unix domain socket, or a named pipe on Windows) whose name includes
the user, so another user on the same machine gets an instance of their own; see
instance_address for where it lives and instance_lock for which launch is the first.

The server trusts nothing that connects: on Linux a connection from another user is
dropped before anything is read (SO_PEERCRED); a request is one line of at most
MAX_REQUEST_BYTES (launch_request), so data without a newline is never buffered
without limit; a connection that sends no request soon is dropped; and only a few are
served at once, so a flood of idle connections cannot use up the process's files
(Qt closes a server whose accept fails, and with it the socket file).
"""

from __future__ import annotations

import logging
import os
import socket as pysocket
import struct

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from backstretch.platform.instance_address import server_name
from backstretch.platform.launch_request import MAX_REQUEST_BYTES, InvalidRequest, LaunchRequest

CONNECT_TIMEOUT_MS = 500
ACKNOWLEDGE_TIMEOUT_MS = 2000
# A launch sends its line at once; a connection silent for longer is not a launch.
IDLE_TIMEOUT_MS = 2000
# Connections served at once; more are closed as they arrive.
MAX_CONNECTIONS = 16

log = logging.getLogger(__name__)


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
    # Wait for the acknowledgement, so we exit once it has read it. One that is busy
    # (starting its services) reads it a little later: it is delivered all the same.
    socket.waitForReadyRead(ACKNOWLEDGE_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a Unix socket (Linux), or None
    where the system cannot say."""
    option = getattr(pysocket, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return None
    credentials = struct.Struct("3i")  # struct ucred: pid, uid, gid
    # A duplicate, so closing our socket object leaves Qt's descriptor open.
    with pysocket.socket(fileno=os.dup(descriptor)) as peer:
        _pid, uid, _gid = credentials.unpack(
            peer.getsockopt(pysocket.SOL_SOCKET, option, credentials.size)
        )
    return int(uid)


class InstanceServer(QObject):
    """Listens for later launches; emits the LaunchRequest each one sent."""

    request_received = Signal(LaunchRequest)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(MAX_CONNECTIONS)
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
            timer.start(IDLE_TIMEOUT_MS)
            if socket.bytesAvailable():
                self._read_from(socket)

    def _admit(self, socket: QLocalSocket) -> bool:
        if self._open >= MAX_CONNECTIONS:
            log.warning("instance socket: %d connections open, one more dropped", self._open)
            return False
        try:
            uid = peer_uid(int(socket.socketDescriptor()))
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
            log.warning("instance socket: no request within %d ms; dropped", IDLE_TIMEOUT_MS)
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
        try:
            request = LaunchRequest.decode(line.rstrip(b"\r\n"))
        except InvalidRequest as exc:
            log.warning("instance socket: ignored a message that is not a request (%s)", exc)
            return
        self.request_received.emit(request)

    def close(self) -> None:
        self._server.close()
