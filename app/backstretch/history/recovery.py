"""Looking at an existing history file before it is used, and setting a damaged one aside.

A damaged file is moved to `<name>.bad-<YYYYmmdd-HHMMSS>` (with its -wal and -shm
companions) and a fresh history starts; the store's `problem` then says so in plain
words. "Damaged" covers what this version cannot make sense of: a file that is not a
database, unreadable pages, a schema version no Backstretch writes (below zero), or
tables whose columns are not the ones its version has. A file that is fine but cannot be
used now — written by a newer Backstretch, held by another program, in a folder that
cannot be written — raises `HistoryUnavailable` and is left exactly as it is: the newer
version that wrote it must still find it after the user goes back to it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from backstretch.history.schema import (
    SCHEMA_VERSION,
    TABLES,
    expected_columns,
    table_columns,
    user_version,
)

# How long looking at a file waits for another program's write to finish.
INSPECT_TIMEOUT_SECONDS = 2.0


class HistoryUnavailable(OSError):
    """The history cannot be used; the message says why in plain words."""


class HistoryBusy(HistoryUnavailable):
    """Another program holds the history's write lock; trying again later may work."""


def inspect(path: Path) -> str | None:
    """Why an existing file is unusable as history (None if it is fine).

    Raises HistoryUnavailable for a file that is fine but cannot be used now: written
    by a newer version, locked, or unreadable.
    """
    # A FIFO or a device is never opened: SQLite would wait for ever on a FIFO's other
    # end. (A folder is left where it is; opening it fails, and says so.)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise unavailable(path, exc) from exc
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return "it is not a regular file"
    # Read-only, so that looking never changes the file: SQLite would otherwise delete
    # the -wal of a file it cannot read, and a newer version's file must stay as it is.
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=INSPECT_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise unavailable(path, exc) from exc
    try:
        version = user_version(connection)
        if version > SCHEMA_VERSION:
            raise HistoryUnavailable(
                f"The stretch history in {path} was written by a newer version of "
                "Backstretch. It has been left untouched; this version will run without "
                "history. Update Backstretch to see and keep your history."
            )
        if version < 0:
            return f"it is marked with version {version}, which no Backstretch writes"
        # quick_check reads every page but skips index-content checks, which are the
        # slow part of integrity_check; damage to the rows themselves is still found.
        checks = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        if checks != ["ok"]:
            return "parts of it are unreadable"
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if version == 0:
            return "it holds a database that is not a Backstretch history" if tables else None
        if not tables >= TABLES:
            return "parts of it are missing"
        expected = expected_columns(version)
        for table in sorted(TABLES):
            missing = expected[table] - table_columns(connection, table)
            if missing:
                return (
                    f"its {table} table lacks the column {sorted(missing)[0]!r} that "
                    f"version {version} of the history has"
                )
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return "it is not a readable database"
        raise unavailable(path, exc) from exc
    finally:
        connection.close()
    return None


def is_damage(exc: sqlite3.Error) -> bool:
    # Extended codes keep the primary code in the low byte.
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def set_aside(path: Path) -> Path:
    """Move a damaged file (and its -wal/-shm) to `<name>.bad-<time>`; never delete it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.bad-{stamp}")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.name}.bad-{stamp}-{number}")
    # The -wal must go too: left behind, SQLite would replay it into the fresh file.
    moves = [(path, backup)] + [
        (path.with_name(path.name + suffix), backup.with_name(backup.name + suffix))
        for suffix in ("-wal", "-shm")
    ]
    for source, target in moves:
        try:
            os.replace(source, target)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise HistoryUnavailable(
                f"The stretch history in {path} is damaged and could not be set aside "
                f"({exc.strerror or exc}); this session will not be recorded.",
            ) from exc
    return backup


def unavailable(path: Path, exc: sqlite3.Error | OSError) -> HistoryUnavailable:
    """The error for a history that cannot be used now, with the reason in plain words."""
    reason = _reason(exc)
    if isinstance(exc, sqlite3.Error) and is_busy(exc):
        return HistoryBusy(
            f"The stretch history in {path} is in use by another program ({reason})."
        )
    return HistoryUnavailable(
        f"The stretch history in {path} cannot be used ({reason}); "
        "this session will not be recorded."
    )


def _reason(exc: sqlite3.Error | OSError) -> str:
    if isinstance(exc, OSError):
        number = exc.errno
    else:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        number = {
            sqlite3.SQLITE_FULL: errno.ENOSPC,
            sqlite3.SQLITE_READONLY: errno.EROFS,
            sqlite3.SQLITE_PERM: errno.EACCES,
            sqlite3.SQLITE_CANTOPEN: errno.ENOENT,
        }.get(code)
        if is_busy(exc):
            return "it is locked"
    return {
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the file or its folder cannot be written",
        errno.EACCES: "permission was refused",
        errno.EPERM: "permission was refused",
        errno.ENOENT: "it cannot be opened: check that its folder exists and can be written",
    }.get(number or 0, str(exc) or type(exc).__name__)


@contextlib.contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Turn disk-level SQLite failures into HistoryUnavailable, which callers expect."""
    try:
        yield
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
        raise  # a caller's mistake, not the disk's
    except sqlite3.DatabaseError as exc:
        raise unavailable(path, exc) from exc
