"""A new language takes a restart, because every window is built in one language. The
settings are already saved when the language changes; the restart is offered then, and a
routine in progress is never cut short by it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from backstretch import APP_NAME, wording
from backstretch.platform.translation import Translation, language_name
from backstretch.settings import GeneralOptions, Section
from backstretch.ui.settings_store import SettingsStore


class LanguageRestart(QObject):
    def __init__(
        self,
        store: SettingsStore,
        translation: Translation,
        parent_window: Callable[[], QWidget],  # where to ask (the settings dialog, if open)
        session_running: Callable[[], bool],
        say: Callable[[str], None],
        restart: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._translation = store, translation
        self._parent_window, self._session_running = parent_window, session_running
        self._say, self._restart = say, restart
        store.changed.connect(self._on_changed)

    def _on_changed(self, section: Section, before: object) -> None:
        if section is not Section.GENERAL or not isinstance(before, GeneralOptions):
            return
        if self._store.general.language == before.language:
            return
        wanted = self._translation.would_speak(self._store.general.language)
        if wanted == self._translation.language:
            return
        if self._session_running():
            self._say(wording.language_after_routine(language_name(wanted)))
            return
        from PySide6.QtWidgets import QMessageBox  # built when first asked

        question = wording.restart_for_language(language_name(wanted))
        answer = QMessageBox.question(self._parent_window(), APP_NAME, question)
        if answer == QMessageBox.StandardButton.Yes:
            self._restart()
