"""The user's settings, one JSON file with a section per concern.

Sections this version does not know are kept as they are when saving, so an older
and a newer Backstretch can share a settings file without erasing each other's parts.
"""

from __future__ import annotations

from pathlib import Path

from backstretch.routine import RoutineOptions
from backstretch.storage import JsonStore

SETTINGS_FILE = "settings.json"


class Settings:
    def __init__(self, folder: Path) -> None:
        self._store = JsonStore(folder / SETTINGS_FILE)
        self._raw: dict[str, object] = {}
        self.routine = RoutineOptions()
        self.problems: list[str] = []

    @property
    def path(self) -> Path:
        return self._store.path

    def load(self) -> Settings:
        raw, message = self._store.load()
        self._raw = raw
        self.problems = [message] if message else []
        section = raw.get("routine", {})
        if isinstance(section, dict):
            self.routine, bad = RoutineOptions.from_mapping(section)
            self.problems += [f"Routine setting ignored: {text}" for text in bad]
        else:
            self.problems.append("Routine settings were unreadable; using defaults.")
        return self

    def save(self) -> None:
        self._raw["routine"] = self.routine.to_mapping()
        self._store.save(self._raw)
