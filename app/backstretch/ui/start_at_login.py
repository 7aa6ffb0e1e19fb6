"""Start at login follows its settings: the login entry is made, changed or removed the
moment the user ticks or unticks it (or changes whether it opens the window)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from backstretch.settings import GeneralOptions, Section
from backstretch.ui.settings_store import SettingsStore


class StartAtLogin(QObject):
    def __init__(
        self, store: SettingsStore, say: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._say = say  # where a failure is told
        self._undoing = False
        store.changed.connect(self._on_changed)

    def _on_changed(self, section: Section, before: object) -> None:
        if section is not Section.GENERAL or not isinstance(before, GeneralOptions):
            return
        if self._undoing:  # putting back what was true: the entry was not touched
            return
        general = self._store.general
        login_changed = general.start_at_login != before.start_at_login
        hidden_changed = general.start_hidden != before.start_hidden
        if not (login_changed or (hidden_changed and general.start_at_login)):
            return
        from backstretch.platform import autostart

        try:
            autostart.set_enabled(
                general.start_at_login, autostart.launch_command(general.start_hidden)
            )
        except OSError as exc:
            self._say(
                QCoreApplication.translate(
                    "Application", "Could not change start at login: {reason}"
                ).format(reason=exc)
            )
            # The box shows what is true: the entry did not change.
            self._undoing = True
            try:
                self._store.update(
                    Section.GENERAL,
                    start_at_login=before.start_at_login,
                    start_hidden=before.start_hidden,
                )
            finally:
                self._undoing = False
