"""Which launch is the first: the one that holds the lock file.

Claiming needs only QtCore, so the usual answer ("we are the first") costs nothing at
start-up; the socket is opened to hand a request over, or after the first frame to
listen (see single_instance). A lock, unlike a look for the socket file, also decides
between two launches at the same moment.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QLockFile

from backstretch.platform.instance_address import lock_path

# A lock file that names nobody may be one another launch is still writing.
WRITING_GRACE_S = 5.0


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
            # It names nobody: either another launch is writing it this very moment
            # (two launches at once), or one crashed while writing it long ago. Only the
            # second is removed; with no stale time Qt would keep it forever.
            if self._age() < WRITING_GRACE_S:
                return False
            self._file.removeStaleLockFile()
            return True if self._file.tryLock(0) else None
        return False

    def _age(self) -> float:
        try:
            return time.time() - os.stat(self.path).st_mtime
        except OSError:
            return 0.0  # gone meanwhile: its writer is just finishing or has quit

    def holder(self) -> int | None:
        """The process id of the Backstretch holding the lock, if it can be read."""
        pid, _host, _app = self._file.getLockInfo()
        return int(pid) or None

    def release(self) -> None:
        self._file.unlock()
