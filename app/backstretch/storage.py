"""Files the app keeps for the user: one reader and one writer.

Reading (`read_bytes`, `read_text`, `parse_json`, `JsonStore.load`) takes only a regular
file (a FIFO would block, a device would never end), at most `MAX_FILE_BYTES`, strict
UTF-8 text and JSON with bounded numbers and nesting. Whatever cannot be read or parsed
is set aside as `NAME.bad-<time>` before anything could write over it; if it cannot be
set aside, the store refuses to save over it.

Writing the app's own files (`atomic_write_text`): the new content goes to a temporary
file in the same folder, is flushed to disk, and only then replaces the old one in a
single rename, so a crash or a full disk leaves the previous file intact. A symlinked
file stays a symlink (its target is written). Temporary files left by a process killed
mid-save are removed by the next save of that file.

Writing a file the user chose (`write_user_file`: an export, a printable sheet): the
same temporary file and rename, the content read back and checked before the rename,
and a target that is not a regular file (a FIFO, a device, /dev/null) refused.

Every failure is a `StorageError` whose message is one sentence a user understands.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import math
import os
import re
import stat
import time
from collections.abc import Callable, Mapping
from pathlib import Path

# Settings and state files are a few kilobytes; a megabyte is already not ours.
MAX_FILE_BYTES = 1 << 20
# Longer integers are not settings, and Python refuses to parse 4,300+ digits anyway.
MAX_INTEGER_DIGITS = 100
# A temporary file names the process writing it; one whose process is gone is a stray
# from a save that was killed. Where that cannot be asked (Windows, or a name without a
# process), a file older than this is taken for a stray; a younger one may belong to a
# save in progress elsewhere.
STRAY_AGE_SECONDS = 30.0
_STRAY = re.compile(r"\.(?P<pid>\d+)-[0-9a-f]+\.tmp$")

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the check must not block
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_WRITE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class StorageError(OSError):
    """A save that did not happen; `strerror` (and str()) is one sentence saying why."""

    def __init__(self, sentence: str, number: int | None = None) -> None:
        super().__init__(number or 0, sentence)

    def __str__(self) -> str:
        return str(self.strerror)


class Unreadable(Exception):
    """A file that exists but cannot be taken in; `reason` is a clause ("it is a FIFO")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# -- reading ---------------------------------------------------------------------------


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | None:
    """The content of a regular file of at most `limit` bytes; None if there is none.

    Raises Unreadable for anything else that is there: a folder, a FIFO, a device, a
    file too large or one that cannot be opened.
    """
    try:
        before = os.stat(path)  # follows a symlink: its target is what is read
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise Unreadable(_read_reason(exc)) from exc
    _check_readable(before, limit)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise Unreadable(_read_reason(exc)) from exc
    try:
        _check_readable(os.fstat(fd), limit)  # what was opened, not what was looked at
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(65536, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # grew while we read it
            raise Unreadable(f"it is larger than {_size(limit)}")
        return b"".join(chunks)
    except OSError as exc:
        raise Unreadable(_read_reason(exc)) from exc
    finally:
        os.close(fd)


def read_text(path: Path, limit: int = MAX_FILE_BYTES) -> str | None:
    """`read_bytes`, decoded as UTF-8 (a leading byte-order mark is allowed)."""
    data = read_bytes(path, limit)
    return None if data is None else decode(data)


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(
            f"it is not UTF-8 text (byte {exc.start + 1} cannot be read; "
            "it may have been saved in another encoding)"
        ) from None


def parse_json(text: str) -> object:
    """JSON with bounds: no integer longer than MAX_INTEGER_DIGITS, no infinite or NaN
    number, no nesting deeper than the interpreter can follow. Raises Unreadable."""
    try:
        return json.loads(
            text, parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_constant
        )
    except json.JSONDecodeError as exc:
        raise Unreadable(f"it is not valid JSON: {exc.msg} at line {exc.lineno}") from None
    except _OutOfBounds as exc:
        raise Unreadable(str(exc)) from None
    except RecursionError:
        raise Unreadable("it is nested too deeply to be read") from None
    except ValueError as exc:  # any other refusal inside the parser
        raise Unreadable(f"it is not valid JSON: {exc}") from None


class _OutOfBounds(Exception):
    pass


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise _OutOfBounds(f"it holds a number of {len(text)} digits, too long to be a setting")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _OutOfBounds(f"it holds a number too large to be a setting ({text[:20]})")
    return value


def _constant(text: str) -> object:
    raise _OutOfBounds(f"it holds {text}, which is not a number JSON allows")


def _check_readable(info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise Unreadable("it is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable(f"it is {_kind(info.st_mode)}, not a regular file")
    if info.st_size > limit:
        raise Unreadable(f"it is larger than {_size(limit)}")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def _size(limit: int) -> str:
    return f"{limit // (1 << 20)} MB" if limit >= 1 << 20 else f"{max(1, limit // 1024)} KB"


def _read_reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission to read it was refused"
    if exc.errno == errno.EISDIR:
        return "it is a folder, not a file"
    if exc.errno == errno.ELOOP:
        return "it is a loop of symbolic links"
    return f"it could not be opened: {(exc.strerror or str(exc)).lower()}"


# -- writing ---------------------------------------------------------------------------


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace one of the app's own files in a single rename. Raises StorageError."""
    target = _follow(path)
    _make_folder(target)
    _remove_strays(target)
    # A file the user made readable to others (or not) keeps its permissions.
    _write_and_replace(target, data, 0o600, _existing_mode(target), check=None)


def write_user_file(path: Path, data: bytes, check: Callable[[bytes], bool] | None = None) -> None:
    """Write a file the user chose: refuse a target that is not a regular file, follow a
    symlink to its target, write a temporary file beside it, read it back (and `check`
    it), then rename. The old file is left as it was whenever this raises StorageError.
    """
    target = _follow(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise save_error(path, exc) from exc
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise StorageError(
            f"{path} is {_kind(info.st_mode)}, not a regular file, so nothing was written there."
        )
    _make_folder(target)
    # A new file gets the permissions the user's umask gives, like any file they save;
    # a replaced one keeps its own.
    exact = None if info is None else stat.S_IMODE(info.st_mode)
    _write_and_replace(target, data, 0o666, exact, check=check or (lambda _: True), shown=path)


def _follow(path: Path) -> Path:
    """The file a save really writes: the target of a symlink (so the link stays)."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _make_folder(target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise save_error(target, exc, folder=True) from exc
    if not target.parent.is_dir():  # exist_ok hides a dangling symlink in its place
        raise StorageError(
            f"Could not save {target.name}: {target.parent} is not a folder.", errno.ENOTDIR
        )


def _existing_mode(target: Path) -> int | None:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return None


def _write_and_replace(
    target: Path,
    data: bytes,
    create_mode: int,
    exact_mode: int | None,
    check: Callable[[bytes], bool] | None,
    shown: Path | None = None,
) -> None:
    # os.urandom, not secrets: that loads hmac and with it OpenSSL's libcrypto.
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    try:
        fd = os.open(temporary, _WRITE_FLAGS, create_mode)
    except OSError as exc:
        raise save_error(shown or target, exc) from exc
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        if check is not None:
            written = read_bytes(temporary, limit=len(data))
            if written != data or not check(written):
                raise StorageError(
                    f"Could not save {(shown or target).name}: what reached the disk was "
                    "not what was written, so the old file was kept."
                )
        if exact_mode is not None:
            os.chmod(temporary, exact_mode)
        os.replace(temporary, target)
        _sync_folder(target.parent)
    except (OSError, Unreadable) as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, StorageError):
            raise
        if isinstance(exc, Unreadable):
            raise StorageError(
                f"Could not save {(shown or target).name}: it could not be read back "
                f"({exc.reason})."
            ) from exc
        raise save_error(shown or target, exc) from exc


def _sync_folder(folder: Path) -> None:
    # The rename itself reaches the disk only when the folder does; not possible on
    # Windows, and a failure here changes nothing about the file already in place.
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_strays(target: Path) -> None:
    pattern = os.path.join(glob.escape(str(target.parent)), f".{glob.escape(target.name)}.*.tmp")
    now = time.time()
    for stray in glob.glob(pattern):
        match = _STRAY.search(stray)
        with contextlib.suppress(OSError):
            if match is not None and os.name != "nt":
                pid = int(match["pid"])
                if pid == os.getpid() or _running(pid):
                    continue
            elif now - os.lstat(stray).st_mtime <= STRAY_AGE_SECONDS:
                continue
            os.unlink(stray)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: asks, sends nothing (POSIX only)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but is not ours to signal
        return True
    return True


def save_error(path: Path, exc: OSError, folder: bool = False) -> StorageError:
    """The StorageError for a write to `path` that failed with `exc`: one sentence."""
    number = exc.errno
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
        errno.EACCES: "permission to write there was refused",
        errno.EPERM: "permission to write there was refused",
        errno.EISDIR: "a folder of that name is in the way",
        errno.ENAMETOOLONG: "the name is too long",
    }
    if hasattr(errno, "EDQUOT"):
        reasons[errno.EDQUOT] = "the disk quota is used up"
    if folder or number in (errno.ENOTDIR, errno.EEXIST):
        reasons.update(
            {
                errno.EEXIST: f"a file is in the way of the folder {path.parent}",
                errno.ENOTDIR: f"a file is in the way of the folder {path.parent}",
                errno.ENOENT: f"the folder {path.parent} cannot be created",
            }
        )
    reason = reasons.get(number or 0) or (exc.strerror or str(exc) or "it failed").lower()
    return StorageError(f"Could not save {path.name} in {path.parent}: {reason}.", number)


# -- a JSON object in one file -----------------------------------------------------------


class JsonStore:
    """A JSON object in one file: load sets aside what it cannot read, save is atomic."""

    def __init__(self, path: Path, limit: int = MAX_FILE_BYTES) -> None:
        self.path = path
        self.limit = limit
        self._original: bytes | None = None  # the file as loaded, when it parsed
        self._keep_original = False
        self._refusal: str | None = None  # why a save must not happen

    def load(self) -> tuple[dict[str, object], str | None]:
        """The stored mapping, and a sentence for the user if the file was unusable.

        A file that cannot be read or parsed is moved aside (`NAME.bad-<time>`, never
        deleted) before anything could write over it, so a hand edit gone wrong or a
        file saved by another program can still be recovered.
        """
        self._original, self._keep_original, self._refusal = None, False, None
        try:
            data = read_bytes(self.path, self.limit)
            if data is None:
                return {}, None
            value = parse_json(decode(data))
            if not isinstance(value, dict):
                raise Unreadable("it does not hold a JSON object")
        except Unreadable as exc:
            return {}, self._set_aside(exc.reason)
        self._original = data
        return value, None

    def keep_original(self) -> None:
        """The content parsed but held values the owner ignores: keep a `.bad-` copy of
        the file as loaded before the first save that would change it."""
        self._keep_original = True

    def save(self, data: Mapping[str, object]) -> None:
        """Replace the file with `data`. Raises StorageError (nothing is changed then)."""
        if self._refusal is not None:
            raise StorageError(self._refusal)
        encoded = (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")
        if self._keep_original and self._original is not None and encoded != self._original:
            atomic_write_bytes(self._backup_path(), self._original)
        self._keep_original = False
        atomic_write_bytes(self.path, encoded)
        self._original = encoded

    def _set_aside(self, reason: str) -> str:
        backup = self._backup_path()
        try:
            os.replace(self.path, backup)
        except FileNotFoundError:  # gone meanwhile: nothing left to protect
            return f"{self.path.name} could not be read ({reason}); defaults are used."
        except OSError as exc:
            why = (exc.strerror or str(exc)).lower()
            self._refusal = (
                f"{self.path.name} could not be read ({reason}) nor set aside ({why}), so it "
                "is left as it is and changes are not saved to it."
            )
            return self._refusal
        return (
            f"{self.path.name} could not be read ({reason}); it has been set aside as "
            f"{backup.name} and defaults are used."
        )

    def _backup_path(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.bad-{stamp}")
        number = 1
        while backup.exists() or backup.is_symlink():
            number += 1
            backup = self.path.with_name(f"{self.path.name}.bad-{stamp}-{number}")
        return backup
