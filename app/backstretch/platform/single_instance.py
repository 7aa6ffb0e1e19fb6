"""One Backstretch per user: a second launch hands its request to the first and exits.

A local socket (a Unix domain socket, or a named pipe on Windows) whose name includes
the user, so another user on the same machine gets an instance of their own; see
instance_address for where it lives and instance_lock for which launch is the first.

The server trusts nothing that connects: on Linux a connection from another user is
dropped before anything is read (SO_PEERCRED); a request is one line of at most
MAX_REQUEST_BYTES (launch_request), so data without a newline is never buffered
without limit; a connection that sends no request soon is dropped; and only a few are
served at once, so a flood of idle connections cannot use up the process's files.

On Unix the socket is Python's own, watched by Qt's event loop (QSocketNotifier):
QtNetwork's QLocalServer would keep QtNetwork and the Kerberos libraries it links
mapped (about 2.5 MiB) for as long as Backstretch waits for reminders. Python has no
Unix sockets on Windows, so there the named pipe is Qt's (instance_pipe). Both speak
the same bytes, so a launch of this version and a running older one (or the other way
round) still find each other.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket as pysocket
import struct
import sys
import time

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from backstretch.platform.instance_address import server_name
from backstretch.platform.launch_client import hand_over_directly
from backstretch.platform.launch_request import MAX_REQUEST_BYTES, InvalidRequest, LaunchRequest

CONNECT_TIMEOUT_MS = 500
ACKNOWLEDGE_TIMEOUT_MS = 2000
# A launch sends its line at once; a connection silent for longer is not a launch.
IDLE_TIMEOUT_MS = 2000
# Connections served at once; more are closed as they arrive.
MAX_CONNECTIONS = 16
# Launches the system queues until they are accepted (what QLocalServer asks for).
LISTEN_BACKLOG = 50
# Out of file descriptors, accepting pauses this long (the pending ones wait).
ACCEPT_PAUSE_MS = 100

log = logging.getLogger(__name__)


def _peer_uid_of(link: pysocket.socket) -> int | None:
    option = getattr(pysocket, "SO_PEERCRED", None)
    if option is None:
        return None
    credentials = struct.Struct("3i")  # struct ucred: pid, uid, gid
    _pid, uid, _gid = credentials.unpack(
        link.getsockopt(pysocket.SOL_SOCKET, option, credentials.size)
    )
    return int(uid)


def peer_uid(descriptor: int) -> int | None:
    """The user id of the process at the other end of a Unix socket (Linux), or None
    where the system cannot say."""
    if getattr(pysocket, "SO_PEERCRED", None) is None or descriptor < 0:
        return None
    # A duplicate, so closing our socket object leaves the owner's descriptor open.
    with pysocket.socket(fileno=os.dup(descriptor)) as peer:
        return _peer_uid_of(peer)


def decoded(line: bytes) -> LaunchRequest | None:
    """The request a line holds; None (and a log line) for anything else."""
    try:
        return LaunchRequest.decode(line)
    except InvalidRequest as exc:
        log.warning("instance socket: ignored a message that is not a request (%s)", exc)
        return None


def _hand_over_unix(request: LaunchRequest, name: str | None = None) -> bool:
    """Send our request to a running instance; True if it has it."""
    return hand_over_directly(request, name or server_name())


class _Connection:
    """One accepted connection: its socket, what it sent so far, the watcher that says
    when there is more, and when it is dropped if no whole line has come."""

    def __init__(self, link: pysocket.socket, notifier: QSocketNotifier) -> None:
        self.link = link
        self.notifier = notifier
        self.received = bytearray()
        self.deadline = time.monotonic() + IDLE_TIMEOUT_MS / 1000


class _UnixInstanceServer(QObject):
    """Listens for later launches; emits the LaunchRequest each one sent."""

    request_received = Signal(LaunchRequest)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._listening: pysocket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        # Served connections by descriptor. Their watchers have no parent: a watcher
        # is let go (deleteLater) as its connection ends, whatever becomes of the server.
        self._connections: dict[int, _Connection] = {}
        # One timer drops whichever connection has been silent too long.
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._drop_idle)

    @property
    def _open(self) -> int:
        """Connections being served."""
        return len(self._connections)

    def listen(self) -> bool:
        """Listen for later launches; call it only while holding the instance lock."""
        try:
            listening = self._bind()
        except OSError:
            # A socket file left by a killed instance: nobody answers it, so take it over.
            with contextlib.suppress(OSError):
                os.unlink(self.name)
            try:
                listening = self._bind()
            except OSError as exc:
                log.warning("instance socket: cannot listen on %s (%s)", self.name, exc)
                return False
        self._listening = listening
        self._notifier = QSocketNotifier(listening.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        return True

    def _bind(self) -> pysocket.socket:
        listening = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
        try:
            listening.bind(self.name)
            os.chmod(self.name, 0o600)  # the user's alone, in a folder that is too
            listening.listen(LISTEN_BACKLOG)
            listening.setblocking(False)
        except OSError:
            listening.close()
            raise
        return listening

    def _accept(self) -> None:
        while self._listening is not None:
            try:
                link, _address = self._listening.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno not in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    log.warning("instance socket: a connection failed (%s)", exc)
                    continue
                # Out of descriptors: the server goes on listening, and tries again
                # shortly rather than spin on the connection that waits.
                log.warning("instance socket: cannot take connections now (%s)", exc)
                self._pause_accepting()
                return
            if not self._admit(link):
                link.close()
                continue
            self._serve(link)

    def _pause_accepting(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            QTimer.singleShot(ACCEPT_PAUSE_MS, self, self._resume_accepting)

    def _resume_accepting(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(True)
            self._accept()

    def _admit(self, link: pysocket.socket) -> bool:
        if self._open >= MAX_CONNECTIONS:
            log.warning("instance socket: %d connections open, one more dropped", self._open)
            return False
        try:
            uid = _peer_uid_of(link)
        except OSError as exc:
            log.warning("instance socket: could not tell who connected (%s); dropped", exc)
            return False
        if uid is not None and uid != os.getuid():
            log.warning("instance socket: a connection from uid %d dropped", uid)
            return False
        return True

    def _serve(self, link: pysocket.socket) -> None:
        link.setblocking(False)
        notifier = QSocketNotifier(link.fileno(), QSocketNotifier.Type.Read)
        connection = _Connection(link, notifier)
        self._connections[link.fileno()] = connection
        notifier.activated.connect(self._readable)
        if not self._idle.isActive():
            self._idle.start(IDLE_TIMEOUT_MS)
        self._read(connection)  # it may have sent its line already

    def _readable(self) -> None:
        notifier = self.sender()
        if isinstance(notifier, QSocketNotifier):
            connection = self._connections.get(int(notifier.socket()))
            if connection is not None and connection.notifier is notifier:
                self._read(connection)

    def _drop_idle(self) -> None:
        now = time.monotonic()
        for connection in list(self._connections.values()):
            if connection.deadline <= now:
                log.warning("instance socket: no request within %d ms; dropped", IDLE_TIMEOUT_MS)
                self._drop(connection)
        if self._connections:
            soonest = min(c.deadline for c in self._connections.values())
            self._idle.start(max(1, round((soonest - now) * 1000)))

    def _drop(self, connection: _Connection) -> None:
        if self._connections.get(connection.link.fileno()) is not connection:
            return  # dropped already
        del self._connections[connection.link.fileno()]
        connection.notifier.setEnabled(False)  # the watcher goes before its descriptor
        connection.notifier.activated.disconnect(self._readable)
        connection.notifier.deleteLater()
        connection.link.close()

    def _read(self, connection: _Connection) -> None:
        room = MAX_REQUEST_BYTES + 1 - len(connection.received)
        try:
            data = connection.link.recv(room)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(connection)
            return
        if not data:  # hung up before a whole line
            self._drop(connection)
            return
        connection.received += data
        end = connection.received.find(b"\n")
        if end < 0:
            # Never more than this is kept, so a line that never ends is not kept whole.
            if len(connection.received) > MAX_REQUEST_BYTES:
                log.warning("instance socket: more than %d bytes, no request", MAX_REQUEST_BYTES)
                self._drop(connection)
            return
        line = bytes(connection.received[:end])
        with contextlib.suppress(OSError):
            connection.link.send(b"ok\n")
        self._drop(connection)  # one request per connection
        request = decoded(line.rstrip(b"\r"))
        if request is not None:
            self.request_received.emit(request)

    def close(self) -> None:
        for connection in list(self._connections.values()):
            self._drop(connection)
        self._idle.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.activated.disconnect(self._accept)
            self._notifier = None  # it goes with the server
        if self._listening is not None:
            self._listening.close()
            self._listening = None
            with contextlib.suppress(OSError):
                os.unlink(self.name)


if sys.platform == "win32":  # Python has no Unix sockets there: Qt's named pipe serves
    from backstretch.platform.instance_pipe import InstanceServer, hand_over
else:
    InstanceServer = _UnixInstanceServer
    hand_over = _hand_over_unix
