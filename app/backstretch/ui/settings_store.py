"""The one owner of the user's settings while the app runs.

Every editor (the home screen's routine options, the settings dialog's tabs, the session
screen's sound button, the tray's start-up choices) sends its change here and redraws
from here when `changed` says a section moved. Nobody keeps a copy: a change made in one
place can never be undone by a stale copy elsewhere. Each change is saved at once,
atomically, and a save that fails is reported in one place (`problem`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from backstretch import wording
from backstretch.reminders import ReminderSettings
from backstretch.routine import RoutineOptions
from backstretch.settings import GeneralOptions, GuidanceOptions, Section, Settings
from backstretch.storage import StorageError


class SettingsStore(QObject):
    changed = Signal(object, object)  # the Section, and its value before the change
    problem = Signal(str)  # a change could not be saved: one sentence for the user

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings

    # -- reading -------------------------------------------------------------------------

    @property
    def routine(self) -> RoutineOptions:
        return self._settings.routine

    @property
    def general(self) -> GeneralOptions:
        return self._settings.general

    @property
    def reminders(self) -> ReminderSettings:
        return self._settings.reminders

    @property
    def guidance(self) -> GuidanceOptions:
        return self._settings.guidance

    @property
    def load_problems(self) -> list[str]:
        """What was wrong with the settings file when it was read, in words."""
        return wording.setting_problems(self._settings.file_problem, self._settings.ignored)

    # -- changing ------------------------------------------------------------------------

    def update(self, section: Section, **changes: Any) -> None:
        """Change some fields of one section; the others keep their current values."""
        before = self._settings.section(section)
        after = replace(before, **changes)
        if after == before:
            return
        self._settings.set_section(section, after)
        self._save()
        self.changed.emit(section, before)

    def _save(self) -> None:
        try:
            self._settings.save()
        except StorageError as exc:
            self.problem.emit(wording.save_failed(exc.strerror or str(exc)))
