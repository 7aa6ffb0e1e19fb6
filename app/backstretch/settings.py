"""The user's settings, one JSON file with a section per concern.

Sections this version does not know are kept as they are when saving, so an older
and a newer Backstretch can share a settings file without erasing each other's parts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TypeVar

from backstretch.reminders import ReminderSettings
from backstretch.routine import RoutineOptions
from backstretch.storage import JsonStore

SETTINGS_FILE = "settings.json"
S = TypeVar("S")


@dataclass(frozen=True)
class GeneralOptions:
    start_at_login: bool = False
    start_hidden: bool = False  # start in the tray, waiting for the next reminder
    tray_hint_shown: bool = False  # "Backstretch keeps running in the tray" was said
    safety_notice_seen: bool = False  # the first-run safety notice was acknowledged

    def to_mapping(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> tuple[GeneralOptions, list[str]]:
        values: dict[str, bool] = {}
        problems = []
        for item in fields(cls):
            if item.name in data:
                value = data[item.name]
                if isinstance(value, bool):
                    values[item.name] = value
                else:
                    problems.append(f"{item.name} must be true or false")
        return cls(**values), problems


@dataclass(frozen=True)
class GuidanceOptions:
    """How the session guides someone who cannot watch the screen, and how it moves."""

    sound: bool = True  # a cue for every phase change, ticks at the end of a hold
    volume: int = 70  # percent
    voice: bool = False  # spoken guidance, where the system has a speech engine
    reduced_motion: bool = False  # key poses only: no animation, no moving arrows

    def to_mapping(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> tuple[GuidanceOptions, list[str]]:
        values: dict[str, object] = {}
        problems = []
        for item in fields(cls):
            if item.name not in data:
                continue
            value = data[item.name]
            if item.name == "volume":
                if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100:
                    values[item.name] = value
                else:
                    problems.append("volume must be a whole number from 0 to 100")
            elif isinstance(value, bool):
                values[item.name] = value
            else:
                problems.append(f"{item.name} must be true or false")
        return cls(**values), problems  # type: ignore[arg-type]


class Settings:
    def __init__(self, folder: Path) -> None:
        self._store = JsonStore(folder / SETTINGS_FILE)
        self._raw: dict[str, object] = {}
        self.routine = RoutineOptions()
        self.general = GeneralOptions()
        self.reminders = ReminderSettings()
        self.guidance = GuidanceOptions()
        self.problems: list[str] = []

    @property
    def path(self) -> Path:
        return self._store.path

    def load(self) -> Settings:
        raw, message = self._store.load()
        self._raw = raw
        self.problems = [message] if message else []
        self.routine = self._section("routine", RoutineOptions.from_mapping)
        self.general = self._section("general", GeneralOptions.from_mapping)
        self.reminders = self._section("reminders", ReminderSettings.from_mapping)
        self.guidance = self._section("guidance", GuidanceOptions.from_mapping)
        return self

    def _section(self, name: str, read: Callable[[Mapping[str, object]], tuple[S, list[str]]]) -> S:
        """One section, read field by field: a bad value falls back to its default."""
        data = self._raw.get(name, {})
        if not isinstance(data, dict):
            self.problems.append(f"The {name} settings were unreadable; using defaults.")
            data = {}
        value, bad = read(data)
        self.problems += [f"{name.capitalize()} setting ignored: {text}" for text in bad]
        return value

    def save(self) -> None:
        self._raw["routine"] = self.routine.to_mapping()
        self._raw["general"] = self.general.to_mapping()
        self._raw["reminders"] = self.reminders.to_mapping()
        self._raw["guidance"] = self.guidance.to_mapping()
        self._store.save(self._raw)
