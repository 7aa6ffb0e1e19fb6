"""Which launch is the first: the one that holds the lock file.

Claiming needs only QtCore, so the usual answer ("we are the first") costs nothing at
start-up; Qt's network module is loaded to hand a request over, or after the first
frame to listen (see single_instance). A lock, unlike a look for the socket file, also
decides between two launches at the same moment.
"""

from __future__ import annotations

from PySide6.QtCore import QLockFile

from backstretch.platform.instance_address import lock_path


class InstanceLock:
    def __init__(self, name: str) -> None:
        self.path = lock_path(name)
        self._file = QLockFile(str(self.path))
        # Held for as long as the app runs, so it is stale only once its process is gone.
        self._file.setStaleLockTime(0)

    def claim(self) -> bool | None:
        """True: we are the first. False: a running Backstretch holds the lock.
        None: we cannot tell (the folder cannot be written); then ask the socket."""
        if self._file.tryLock(0):
            return True
        if self._file.error() != QLockFile.LockError.LockFailedError:
            return None
        pid, _host, _app = self._file.getLockInfo()
        if pid == 0:
            # Unreadable (a crash while it was being written): it names nobody, and
            # with no stale time Qt would keep it forever.
            self._file.removeStaleLockFile()
            return True if self._file.tryLock(0) else None
        return False

    def holder(self) -> int | None:
        """The process id of the Backstretch holding the lock, if it can be read."""
        pid, _host, _app = self._file.getLockInfo()
        return int(pid) or None

    def release(self) -> None:
        self._file.unlock()
