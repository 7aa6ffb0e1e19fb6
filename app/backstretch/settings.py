"""The user's settings, one JSON file with a section per concern.

Each section is a frozen dataclass whose fields declare their type, default and range
(see `fields.py`). Sections and fields this version does not know are kept as they are
when saving, so an older and a newer Backstretch can share a settings file without
erasing each other's parts. Only the app's settings store (ui/settings_store.py) changes
and saves them; everyone else reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from backstretch.fields import (
    SYSTEM_LANGUAGE,
    FieldProblem,
    LanguageTag,
    bounded,
    read_section,
    section_mapping,
)
from backstretch.reminders import ReminderSettings
from backstretch.routine import RoutineOptions
from backstretch.storage import JsonStore

SETTINGS_FILE = "settings.json"


@dataclass(frozen=True)
class GeneralOptions:
    """Start-up, closing, language and the notices already shown."""

    start_at_login: bool = False
    start_hidden: bool = False  # at login: no window, only the tray or the background
    # Without a tray, closing the window keeps Backstretch running (and reminding) in the
    # background; False: closing the window quits.
    keep_running_when_closed: bool = True
    tray_hint_shown: bool = False  # "Backstretch keeps running in the tray" was said
    background_hint_shown: bool = False  # "... keeps running in the background" was said
    safety_notice_seen: bool = False  # the first-run safety notice was acknowledged
    # The language of the app and its content; "" follows the system's.
    language: LanguageTag = SYSTEM_LANGUAGE


@dataclass(frozen=True)
class GuidanceOptions:
    """How the session guides someone who cannot watch the screen, and how it moves."""

    sound: bool = True  # a cue for every phase change, ticks at the end of a hold
    volume: int = bounded(70, 0, 100)  # percent
    voice: bool = False  # spoken guidance, where the system has a speech engine
    reduced_motion: bool = False  # key poses only: no animation, no moving arrows


class Section(StrEnum):
    """The settings file's sections, each named as it is stored."""

    ROUTINE = "routine"
    GENERAL = "general"
    REMINDERS = "reminders"
    GUIDANCE = "guidance"


SECTION_TYPES: dict[Section, type] = {
    Section.ROUTINE: RoutineOptions,
    Section.GENERAL: GeneralOptions,
    Section.REMINDERS: ReminderSettings,
    Section.GUIDANCE: GuidanceOptions,
}
# Checks across the fields of one section, after each field was read on its own.
_CONSISTENCY: dict[Section, Callable[[Any], tuple[Any, list[FieldProblem]]]] = {}
# A section as an earlier version wrote it, in today's terms, before it is read.
_UPGRADES: dict[
    Section, Callable[[dict[str, object]], tuple[dict[str, object], list[FieldProblem]]]
] = {
    Section.REMINDERS: ReminderSettings.upgrade,
}


@dataclass(frozen=True)
class SettingProblem:
    """A value in the file that was ignored (its default is used instead)."""

    section: Section
    problem: FieldProblem | None  # None: the whole section was not a table


class Settings:
    def __init__(self, folder: Path) -> None:
        self._store = JsonStore(folder / SETTINGS_FILE)
        self._raw: dict[str, object] = {}
        self.routine = RoutineOptions()
        self.general = GeneralOptions()
        self.reminders = ReminderSettings()
        self.guidance = GuidanceOptions()
        self.file_problem: str | None = None  # the file itself could not be used
        self.ignored: list[SettingProblem] = []

    @property
    def path(self) -> Path:
        return self._store.path

    def section(self, section: Section) -> Any:
        return getattr(self, section.value)

    def set_section(self, section: Section, value: object) -> None:
        if not isinstance(value, SECTION_TYPES[section]):
            raise TypeError(f"{section} settings must be {SECTION_TYPES[section].__name__}")
        setattr(self, section.value, value)

    def load(self) -> Settings:
        raw, message = self._store.load()
        self._raw = raw
        self.file_problem = message
        self.ignored = []
        for section, kind in SECTION_TYPES.items():
            data = raw.get(section.value, {})
            if not isinstance(data, dict):
                self.ignored.append(SettingProblem(section, None))
                data = {}
            bad: list[FieldProblem] = []
            upgrade = _UPGRADES.get(section)
            if upgrade is not None and data:
                data, bad = upgrade(data)
                raw[section.value] = data  # what the upgrade filled in is kept when saving
            value: object
            value, more_bad = read_section(kind, data)
            bad += more_bad
            check = _CONSISTENCY.get(section)
            if check is not None:
                value, more = check(value)
                bad += more
            self.ignored += [SettingProblem(section, problem) for problem in bad]
            setattr(self, section.value, value)
        if self.ignored:
            # The user's own values are not lost: the file as it was is copied aside
            # before the first save that replaces what was ignored.
            self._store.keep_original()
        return self

    def save(self) -> None:
        """Write what the user chose; raises StorageError (with a sentence) if it could not.

        A field is written once it differs from its default, and stays written after
        that: a later version's better default reaches only those who never chose, and
        someone who chose keeps their choice. Fields this version does not know are kept
        (a newer version wrote them)."""
        for section in Section:
            stored = self._raw.get(section.value)
            stored = stored if isinstance(stored, dict) else {}
            default = section_mapping(SECTION_TYPES[section]())
            chosen = {
                name: value
                for name, value in section_mapping(self.section(section)).items()
                if name in stored or value != default[name]
            }
            if stored or chosen:
                self._raw[section.value] = {**stored, **chosen}
        self._store.save(self._raw)
