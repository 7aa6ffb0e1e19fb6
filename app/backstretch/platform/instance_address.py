"""Where the running Backstretch listens for later launches, and its lock file.

Pure Python, so a launch can find out whether it is the first before Qt's network
module is loaded (see single_instance).
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from backstretch.paths import config_dir


def _socket_folder() -> Path:
    """A folder only this user writes to, when the system has one.

    The same in every session of the user (a login, su, cron, startx), so a launch
    from any of them finds the running Backstretch.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        return Path(runtime)
    if hasattr(os, "getuid") and os.path.isdir(f"/run/user/{os.getuid()}"):
        return Path(f"/run/user/{os.getuid()}")
    return Path(os.environ.get("TMPDIR") or "/tmp")


def server_name(settings_folder: Path | None = None, app_id: str = "backstretch") -> str:
    """The local socket's name: per user and per settings folder.

    On Unix it is a full path (Qt accepts one), so we know where the socket file is;
    on Windows it names a pipe. A portable copy (BACKSTRETCH_HOME) gets its own.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (containers): fall back to the uid
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\n{settings_folder or config_dir()}"
    name = f"{app_id}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:12]}"
    return name if os.name == "nt" else str(_socket_folder() / name)


def lock_path(name: str) -> Path:
    """The lock file held by the Backstretch that listens on `name`."""
    if os.path.isabs(name):
        return Path(f"{name}.lock")
    import tempfile  # Windows only: the user's temporary folder

    return Path(tempfile.gettempdir()) / f"{name}.lock"
