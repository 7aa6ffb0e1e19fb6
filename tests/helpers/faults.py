"""Real faults for the hostile-input tests: another local user, a full or read-only
disk, a database held by another process. Each needs root where it says so, and the
tests that use it skip with the reason otherwise."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

OTHER_USER = "bs-other"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(
    not IS_ROOT or sys.platform != "linux",
    reason="needs root on Linux (to create a second user and mount file systems)",
)

# Holds the file's SQLite write lock, as the sqlite3 shell or a backup tool would, until
# a line arrives on its standard input.
LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
"""


@contextlib.contextmanager
def database_held_by_another_process(database: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process holding `database`'s write lock for the duration; `release`
    it earlier to let go."""
    with subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as locker:
        try:
            assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
            yield locker
        finally:
            if locker.poll() is None:
                release(locker)


def release(locker: subprocess.Popen[str]) -> None:
    assert locker.stdin is not None
    locker.stdin.write("\n")
    locker.stdin.flush()
    locker.wait(timeout=10)


@dataclass(frozen=True)
class User:
    name: str
    uid: int
    gid: int

    def command(self, argv: Sequence[str]) -> list[str]:
        """`argv` run as this user, with no supplementary groups."""
        return [
            "setpriv", f"--reuid={self.uid}", f"--regid={self.gid}", "--clear-groups", "--",
            *argv,
        ]  # fmt: skip

    def give(self, path: Path) -> Path:
        os.chown(path, self.uid, self.gid)
        return path


def other_user() -> User:
    """A second local user (created the first time; kept for later runs)."""
    try:
        entry = pwd.getpwnam(OTHER_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
             OTHER_USER],
            check=True,
        )  # fmt: skip
        entry = pwd.getpwnam(OTHER_USER)
    return User(OTHER_USER, entry.pw_uid, entry.pw_gid)


@contextlib.contextmanager
def tiny_filesystem(size_kb: int = 256) -> Iterator[Path]:
    """A tmpfs of `size_kb`, mounted for the duration."""
    mount_point = Path(tempfile.mkdtemp(prefix="bs-fs-"))
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(mount_point)],
        check=True,
    )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
        shutil.rmtree(mount_point, ignore_errors=True)


def fill(folder: Path) -> None:
    """Take every free byte of the file system `folder` is on."""
    # Unbuffered, so closing has nothing left to write (and fail on).
    for name, chunk in (("filler", 4096), ("filler-tail", 1)):
        with (folder / name).open("wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * chunk)


def make_read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
