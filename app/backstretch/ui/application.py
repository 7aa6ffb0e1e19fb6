"""The composition root: builds the app's parts, connects them, and ends them.

The window comes first; what the first frame can do without (the app icon, the
reminders and the tray) starts in `start_services`, which the command line calls once
the window has painted. The history is opened when it is first needed (a routine
begins, the progress screen opens or the history is exported): until then a resting
Backstretch has neither SQLite nor the history's code loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from backstretch import wording
from backstretch.clock import Clock
from backstretch.content import Library
from backstretch.paths import data_dir
from backstretch.platform.launch_request import LaunchRequest
from backstretch.session import Plan
from backstretch.settings import Section, Settings
from backstretch.ui.closing import ask_keeps_running
from backstretch.ui.main_window import MainWindow
from backstretch.ui.safety_notice import SafetyNotice
from backstretch.ui.settings_store import SettingsStore
from backstretch.ui.start_at_login import StartAtLogin

# Whatever the first frame does not need is imported where it is first used: every
# module and Qt class loaded before the window paints adds to the wait at start-up.
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from backstretch.history import SessionRecord
    from backstretch.platform.translation import Translation
    from backstretch.ui.progress.recorder import HistoryRecorder
    from backstretch.ui.reminders.service import ReminderService
    from backstretch.ui.settings.dialog import SettingsDialog

HISTORY_FILE = "history.sqlite3"


class Application(QObject):
    """Owns everything that lives as long as the process."""

    def __init__(
        self,
        qt_app: QApplication,
        library: Library,
        settings: Settings,
        clock: Clock,
        *,
        with_reminders: bool = True,
        remind_in: float | None = None,
        first_run_notice: bool = False,
        start_services: bool = True,
        translation: Translation | None = None,
    ) -> None:
        super().__init__()
        self.qt_app = qt_app
        self.library = library
        self.store = SettingsStore(settings, self)
        self.window = MainWindow(library, self.store, clock)
        self.first_run_notice = first_run_notice
        self.translation = translation
        self.restart_requested = False  # the command line starts a new process on quit
        self._with_reminders = with_reminders
        self._remind_in = remind_in
        self.icon: QIcon | None = None
        self.services_started = False
        self._handed_over: list[LaunchRequest] = []
        self.history: HistoryRecorder | None = None  # made when first needed
        self.reminders: ReminderService | None = None
        self.safety_notice = SafetyNotice(library.routine.red_flags, self)
        self.safety_notice.acknowledged.connect(
            lambda: self.store.update(Section.GENERAL, safety_notice_seen=True)
        )
        self._settings_dialog: SettingsDialog | None = None
        self.start_at_login = StartAtLogin(self.store, self.window.show_problem, self)
        if translation is not None:
            from backstretch.ui.language_restart import LanguageRestart

            LanguageRestart(
                self.store, translation, lambda: self._settings_dialog or self.window,
                lambda: self.window.driver.running, self.window.show_problem,
                self._restart, self,
            )  # fmt: skip
        self.window.settings_requested.connect(self.open_settings)
        self.window.progress_requested.connect(self.show_progress)
        self.window.export_requested.connect(self.export_history)
        self.window.sheet_requested.connect(self.print_sheet)
        self.window.session_started.connect(self._begin_recording)
        self.window.pain_after_rated.connect(self._rated_after)
        self.window.pain_before_rated.connect(self._rated_before)
        self.window.quit_requested.connect(self.quit)
        self.window.closed_to_background.connect(self.rest)
        if start_services:
            self.start_services()

    def start_services(self) -> None:
        """Everything the first frame can do without: icon, reminders, tray.

        The command line calls this once the window has painted, so the window appears
        as soon as it can; a routine started from the command line waits for it.
        """
        from backstretch.documents.app_icon import app_icon

        if self.services_started:
            return
        self.services_started = True
        self.icon = icon = app_icon()
        self.qt_app.setWindowIcon(icon)
        self.window.setWindowIcon(icon)
        if self._with_reminders:
            self.reminders = self._start_reminders(icon)
        for request in self._handed_over:
            self.handle_request(request)
        self._handed_over.clear()

    def rest(self) -> None:
        """The window is closed and Backstretch waits for reminders: let go of what only
        a shown window needs (its surface on the screen) and hand back freed memory.
        Showing the window again builds its surface anew, before its first paint."""
        from PySide6.QtCore import QTimer

        from backstretch.platform.rest import hand_back_memory

        def now() -> None:
            if self.window.isVisible() or self._settings_dialog is not None:
                return  # shown again in the meantime, or a window of its own is open
            self.window.destroy()
            hand_back_memory()

        QTimer.singleShot(0, self, now)

    @property
    def tray_available(self) -> bool:
        return self.reminders is not None and self.reminders.tray is not None

    def shutdown(self) -> None:
        """End everything this object started: the session, the reminders, the tray, the
        history and the windows. Safe to call more than once."""
        self.window.driver.stop()
        if self._settings_dialog is not None:
            self._settings_dialog.close()
        self.safety_notice.close()
        if self.reminders is not None:
            self.reminders.shutdown()
            self.reminders = None
        if self.history is not None:
            self.history.close()
        self.window.keeps_running = None
        self.window.close()

    # -- history --------------------------------------------------------------------------

    def open_history(self) -> HistoryRecorder:
        """The history's recorder, made the first time it is needed; it opens the file
        (setting a damaged one aside, with a message) at its first write or read."""
        if self.history is None:
            from backstretch.ui.progress.recorder import HistoryRecorder

            self.history = HistoryRecorder(data_dir() / HISTORY_FILE, self.window.driver, self)
            self.history.problem.connect(self.window.show_problem)
            self.window.routine_ended.connect(self.history.end)
        return self.history

    def _records(self) -> list[SessionRecord]:
        return self.open_history().records()

    def show_progress(self) -> None:
        from backstretch.localtime import local_zone, now

        zone = local_zone()
        self.window.show_progress_screen().show_records(self._records(), now(zone).date(), zone)

    def export_history(self) -> None:
        from backstretch.ui.progress.exports import export_history

        path = export_history(self.window, self._records())
        if path is not None:
            self.window.progress_view.show_saved(self.tr("History"), path)

    def print_sheet(self) -> None:
        from backstretch.ui.progress.exports import print_sheet

        path = print_sheet(self.window, self.library, self.store.routine)
        if path is not None:
            self.window.progress_view.show_saved(self.tr("Routine sheet"), path)

    def _begin_recording(self, plan: Plan) -> None:
        before = self.window.take_pain_before()
        self.open_history().begin(plan, self.store.routine, before)

    def _rated_before(self, rating: int | None) -> None:
        if self.history is not None:
            self.history.rate_before(rating)

    def _rated_after(self, rating: int | None) -> None:
        if self.history is not None and self.history.rate_after(rating):
            self.window.summary_view.show_advice(wording.pain_advice())

    # -- reminders and the tray -----------------------------------------------------------

    def _start_reminders(self, icon: QIcon) -> ReminderService:
        from backstretch.ui.reminders.service import ReminderService

        service = ReminderService(
            self.store, self.library, icon, remind_in=self._remind_in, parent=self
        )
        service.start_requested.connect(self.start_routine)
        service.show_requested.connect(self.show_window)
        service.settings_requested.connect(self.open_settings)
        service.quit_requested.connect(self.quit)
        self.window.keeps_running = self._keeps_running
        service.controller.answered.connect(self.window.withdraw_reminder_offer)
        self.window.reminder_answered.connect(service.controller.answer)
        self.window.routine_ended.connect(service.routine_ended)  # the daily limit counts
        service.status_changed.connect(self.window.show_reminder_status)
        self.window.show_reminder_status(service.status())
        if service.tray is not None:
            self.window.closed_to_background.connect(service.hint_once)
        return service

    def _keeps_running(self) -> bool:
        return ask_keeps_running(self.window, self.store, self.tray_available)

    # -- what the user asks for -----------------------------------------------------------

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self._take_reminder_in()
        self.show_safety_notice_once()

    def _take_reminder_in(self) -> None:
        """A reminder waiting in a notification or the corner window moves into the
        window just opened: one reminder on screen, answered where the user looks."""
        if self.reminders is None:
            return
        notice = self.reminders.controller.move_into_app()
        if notice is not None:
            self.window.reminder_offer.show_notice(notice)

    def show_safety_notice_once(self) -> None:
        """The first time a person sees the window: what the app is not, and when to stop.

        Not in scripted runs (`first_run_notice=False`), so nothing automated waits on it.
        """
        if self.first_run_notice and not self.store.general.safety_notice_seen:
            self.safety_notice.show_over(self.window)

    def start_routine(self, only: str | None = None) -> None:
        """Show the window and start the routine (or only the stretch `only`), unless a
        session is already running."""
        self.show_window()
        if self.window.driver.running:
            return
        if only in {e.id for e in self.library.exercises}:
            self.window.start_exercise(only)
        else:
            self.window.start_routine()

    def handle_request(self, request: LaunchRequest) -> None:
        """A later launch handed over what it was asked to do.

        One that arrives before the services are up waits for them, so that a routine
        it starts is recorded.
        """
        if not self.services_started:
            self._handed_over.append(request)
            return
        if request.start:
            self.start_routine(only=request.exercise)
        elif not request.hidden:
            self.show_window()

    def open_settings(self) -> None:
        from backstretch.ui.settings.dialog import SettingsDialog

        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return
        guide = self.window.ensure_guide()
        dialog = SettingsDialog(
            self.store,
            self.library,
            tray_available=self.tray_available,
            sound_problem=guide.sounds.unavailable_reason,
            voice_problem=guide.voice.unavailable_reason,
            parent=self.window,
        )
        dialog.finished.connect(self._settings_closed)
        self._settings_dialog = dialog
        dialog.show()

    def _settings_closed(self) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.deleteLater()
        self._settings_dialog = None

    def _restart(self) -> None:
        self.restart_requested = True
        self.quit()

    def quit(self) -> None:
        """Quit on a person's request (the tray, the window's Quit, Ctrl+Q); in the
        middle of a routine, only once they said so."""
        if not self.window.confirm_quit():
            return
        self.window.keeps_running = None
        self.window.driver.stop()
        self.qt_app.quit()
