"""Where the running Backstretch listens for later launches, and its lock file.

Pure Python, so a launch can find out whether it is the first before anything else is
loaded (see single_instance).

The socket and its lock live in a folder that is provably the user's own: it belongs to
the user (checked with lstat, so a symlink planted by someone else is refused) and
nobody else may open it. Any local user can compute a name in /tmp, so a folder there
is created with mode 0700 and checked the same way; another user's folder, a symlink
or one open to others is refused and the next candidate is tried. With none left, the
app runs without the link and says why (NoPrivateFolder).

The name is a SHA-256 of the user and the settings folder (digest.py, without
OpenSSL), the same in every version, so a launch finds a running Backstretch of an
older one.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from backstretch.digest import sha256
from backstretch.paths import config_dir

# Room for a Unix socket's path, less its terminating NUL (struct sockaddr_un).
MAX_SOCKET_PATH = 103 if sys.platform == "darwin" else 107
# Where logind keeps each user's runtime folder, and the temporary folder every system has.
RUN_USER = "/run/user"
SHARED_TEMP = "/tmp"


class NoPrivateFolder(OSError):
    """No folder only this user can open was found; the message says what was refused."""


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else -1


def _user_name() -> str:
    """What getpass.getuser() answers (the first of LOGNAME, USER, LNAME and USERNAME
    that is set, else the password database), without loading getpass and termios."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(variable)
        if user:
            return user
    import pwd

    return pwd.getpwuid(os.getuid())[0]


def _candidates() -> list[tuple[Path, bool]]:
    """Folders to try, in order, each with whether we may create it.

    The same in every session of the user (a login, su, cron, startx), so a launch
    from any of them finds the running Backstretch.
    """
    uid = _uid()
    found: list[tuple[Path, bool]] = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isabs(runtime):
        found.append((Path(runtime), False))
    found.append((Path(RUN_USER) / str(uid), False))
    for base in (os.environ.get("TMPDIR"), SHARED_TEMP):
        if base and os.path.isabs(base):
            folder = (Path(base) / f"backstretch-{uid}", True)
            if folder not in found:
                found.append(folder)
    return found


def private_folder_problem(folder: Path) -> str | None:
    """Why `folder` is not provably this user's own (None if it is)."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        return "it does not exist"
    except OSError as exc:
        return f"it cannot be looked at ({(exc.strerror or str(exc)).lower()})"
    if stat.S_ISLNK(info.st_mode):
        return "it is a symbolic link"
    if not stat.S_ISDIR(info.st_mode):
        return "it is not a folder"
    if info.st_uid != _uid():
        return f"it belongs to another user (uid {info.st_uid})"
    if info.st_mode & 0o077:
        return f"other users may open it (mode {stat.S_IMODE(info.st_mode):o})"
    return None


def _claim(folder: Path, create: bool) -> str | None:
    if create:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass  # judged below, like any other
        except OSError as exc:
            return f"it cannot be created ({(exc.strerror or str(exc)).lower()})"
    return private_folder_problem(folder)


def socket_folder(leaf: str) -> Path:
    """The first candidate folder that is the user's own and leaves room for `leaf`."""
    refused = []
    for folder, create in _candidates():
        if len(os.fsencode(folder / leaf)) > MAX_SOCKET_PATH:
            refused.append(f"{folder}: its path is too long for a socket")
            continue
        problem = _claim(folder, create)
        if problem is None:
            return folder
        if not (problem == "it does not exist" and not create):
            refused.append(f"{folder}: {problem}")
    raise NoPrivateFolder(
        "No folder only you can open was found for the link between launches ("
        + "; ".join(refused or ["none was available"])
        + "), so this Backstretch runs on its own and later launches start another."
    )


def server_name(settings_folder: Path | None = None, app_id: str = "backstretch") -> str:
    """The local socket's name: per user and per settings folder.

    On Unix it is a full path (Qt accepts one), so we know where the socket file is;
    on Windows it names a pipe. A portable copy (BACKSTRETCH_HOME) gets its own.
    Raises NoPrivateFolder when there is no safe place for it.
    """
    try:
        user = _user_name()
    except (KeyError, OSError, ImportError):  # no user name (containers): fall back to the uid
        user = str(_uid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\n{settings_folder or config_dir()}"
    name = f"{app_id}-{sha256(key.encode('utf-8')).hexdigest()[:12]}"
    return name if os.name == "nt" else str(socket_folder(name) / name)


def lock_path(name: str) -> Path:
    """The lock file held by the Backstretch that listens on `name`."""
    if os.path.isabs(name):
        return Path(f"{name}.lock")
    import tempfile  # Windows only: the user's temporary folder

    return Path(tempfile.gettempdir()) / f"{name}.lock"
