"""Files the app writes for the user: always atomically, never losing the old copy.

A crash or a full disk in the middle of a save leaves the previous file intact: the new
content goes to a temporary file in the same folder, is flushed to disk, and only then
replaces the old one in a single rename.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path


class StorageError(OSError):
    """A save that did not happen; the message says why in plain words."""


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise StorageError(exc.errno, f"Could not save {path}: {exc.strerror or exc}") from exc


class JsonStore:
    """A JSON object in one file: load tolerates damage, save is atomic."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[dict[str, object], str | None]:
        """The stored mapping, and a message for the user if the file was unusable.

        A damaged file is kept beside the original as a backup (never deleted), so a
        hand edit gone wrong can still be recovered.
        """
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}, None
        except (OSError, UnicodeDecodeError) as exc:
            return {}, f"Could not read {self.path.name} ({exc}); using defaults."
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            backup = self._keep_backup()
            return {}, (
                f"{self.path.name} was damaged ({exc.msg} at line {exc.lineno}) and has been "
                f"set aside as {backup.name}. Your settings were reset to defaults."
            )
        if not isinstance(data, dict):
            backup = self._keep_backup()
            return {}, (
                f"{self.path.name} did not hold settings and has been set aside as "
                f"{backup.name}. Your settings were reset to defaults."
            )
        return data, None

    def _keep_backup(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.name}.bad-{stamp}")
        with contextlib.suppress(OSError):
            os.replace(self.path, backup)
        return backup

    def save(self, data: Mapping[str, object]) -> None:
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
