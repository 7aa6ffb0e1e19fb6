"""The running app: main window, tray, reminders, settings and the single instance."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, QTimeZone
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from backstretch import APP_NAME
from backstretch.clock import Clock
from backstretch.content import Library
from backstretch.paths import data_dir
from backstretch.routine import RoutineOptions, choose_exercises, plan_routine
from backstretch.session import Plan
from backstretch.settings import GeneralOptions, GuidanceOptions, Settings
from backstretch.storage import StorageError
from backstretch.ui.library.view import describe_duration
from backstretch.ui.main_window import MainWindow

# Whatever the first frame does not need is imported where it is first used: every
# module and Qt class loaded before the window paints adds to the wait at start-up.
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from backstretch.history import SessionRecord
    from backstretch.platform.launch_request import LaunchRequest
    from backstretch.platform.notifications import Notice
    from backstretch.reminders import ReminderSettings
    from backstretch.ui.progress.recorder import HistoryRecorder
    from backstretch.ui.reminders.controller import ReminderController
    from backstretch.ui.reminders.tray import Tray
    from backstretch.ui.reminders.window import ReminderWindow
    from backstretch.ui.settings.dialog import SettingsDialog

STATE_FILE = "reminder-state.json"
HISTORY_FILE = "history.sqlite3"
SAFETY_NOTICE = (
    "<p><b>Backstretch does not replace medical advice.</b> If you are not sure these "
    "stretches are right for you, ask your doctor or physiotherapist first.</p>"
    "<p><b>Stop any stretch that hurts.</b> A stretch should feel gentle, never painful. "
    "Read the cautions on each stretch: they say who should skip it.</p>"
    "<p><b>See a doctor urgently</b> if you have back pain with any of these:</p><ul>"
    "<li>numbness around your buttocks or genitals</li>"
    "<li>loss of bladder or bowel control</li>"
    "<li>weakness in your legs</li>"
    "<li>a fever</li>"
    "<li>pain that started after an injury, such as a fall or an accident</li></ul>"
)
PAIN_ADVICE = (
    "Your back has felt worse after each of your last two routines. Consider pausing the "
    "stretches and talking to a doctor or physiotherapist before you go on."
)


def local_zone() -> ZoneInfo:
    """The user's time zone, so reminders follow daylight-saving changes."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        link = Path("/etc/localtime").resolve()
        if "zoneinfo" in link.parts:
            candidates.append("/".join(link.parts[link.parts.index("zoneinfo") + 1 :]))
    # Windows has no /etc/localtime: Qt maps its zone to the IANA name ZoneInfo knows.
    candidates.append(bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore"))
    for name in candidates:
        if name:
            with contextlib.suppress(ValueError, KeyError, OSError):
                return ZoneInfo(name)
    return ZoneInfo("UTC")


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
    ) -> None:
        super().__init__()
        self.first_run_notice = first_run_notice
        self._safety_notice: QMessageBox | None = None
        self.qt_app = qt_app
        self.library = library
        self.settings = settings
        self._with_reminders = with_reminders
        self._remind_in = remind_in
        self.window = MainWindow(library, settings, clock)
        self.icon: QIcon | None = None
        self.services_started = False
        self._handed_over: list[LaunchRequest] = []
        self.history: HistoryRecorder | None = None
        self.tray: Tray | None = None
        self.reminder_window: ReminderWindow | None = None
        self.reminders: ReminderController | None = None
        self._settings_dialog: SettingsDialog | None = None
        self.window.library_view.settings_requested.connect(self.open_settings)
        self.window.library_view.progress_requested.connect(self.show_progress)
        self.window.export_requested.connect(self.export_history)
        self.window.sheet_requested.connect(self.print_sheet)
        self.window.session_started.connect(self._begin_recording)
        self.window.pain_after_rated.connect(self._rated_after)
        if start_services:
            self.start_services()

    def start_services(self) -> None:
        """Everything the first frame can do without: icon, history, reminders, tray.

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
        self.history = self._open_history()
        if self._with_reminders:
            self._set_up_reminders(icon, self._remind_in)
        for request in self._handed_over:
            self.handle_request(request)
        self._handed_over.clear()

    # -- history --------------------------------------------------------------------------

    def _open_history(self) -> HistoryRecorder | None:
        from backstretch.history import HistoryStore, HistoryUnavailable
        from backstretch.ui.progress.recorder import HistoryRecorder

        try:
            store = HistoryStore.open(data_dir() / HISTORY_FILE)
        except HistoryUnavailable as exc:
            self.window.library_view.add_problems([f"{exc} Sessions are not recorded."])
            return None
        if store.problem:
            self.window.library_view.add_problems([store.problem])
        recorder = HistoryRecorder(store, self.window.driver, self)
        recorder.problem.connect(lambda text: self.window.library_view.add_problems([text]))
        self.window.routine_ended.connect(recorder.end)
        self.qt_app.aboutToQuit.connect(store.close)
        return recorder

    def _records(self) -> list[SessionRecord]:
        from backstretch.history import HistoryUnavailable

        store = self.history.store if self.history is not None else None
        if store is None:
            return []
        try:
            return store.sessions()
        except HistoryUnavailable as exc:
            self.window.library_view.add_problems([str(exc)])
            return []

    def show_progress(self) -> None:
        today = datetime.now().astimezone()
        self.window.progress_view.show_records(self._records(), today.date(), today.tzinfo or UTC)
        self.window.stack.setCurrentWidget(self.window.progress_view)

    def _save_as(
        self, title: str, name: str, kinds: str, write: Callable[[Path], object], failure: str
    ) -> None:
        """Ask where to save, then write there; a failed write is said, not lost."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / name), kinds)
        if not path:
            return
        try:
            write(Path(path))
        except OSError as exc:
            QMessageBox.warning(self.window, APP_NAME, f"{failure}: {exc}")

    def export_history(self) -> None:
        from backstretch.history import export_csv

        zone = datetime.now().astimezone().tzinfo or UTC
        self._save_as(
            "Export history", "backstretch-history.csv", "CSV files (*.csv)",
            lambda path: export_csv(path, self._records(), zone),
            "Could not export the history",
        )  # fmt: skip

    def print_sheet(self) -> None:
        from backstretch.documents.routine_sheet import write_routine_sheet

        self._save_as(
            "Save routine sheet", "backstretch-routine.pdf", "PDF documents (*.pdf)",
            lambda path: write_routine_sheet(self.library, self.settings.routine, path),
            "Could not write the sheet",
        )  # fmt: skip

    def _begin_recording(self, plan: Plan) -> None:
        if self.history is None:
            return
        before = self.window.library_view.pain_before
        self.history.begin(plan, self.settings.routine, before.value())
        before.clear()  # a rating belongs to one routine

    def _rated_after(self, rating: int | None) -> None:
        if self.history is not None and self.history.rate_after(rating):
            self.window.summary_view.show_advice(PAIN_ADVICE)

    # -- reminders ------------------------------------------------------------------------

    def _set_up_reminders(self, icon: QIcon, remind_in: float | None) -> None:
        from backstretch.platform.notifications import FreedesktopNotifier, Notifier, TrayNotifier
        from backstretch.platform.sleep_watch import SleepWatch
        from backstretch.reminders import Scheduler
        from backstretch.storage import JsonStore
        from backstretch.ui.reminders.controller import ReminderController, now_local
        from backstretch.ui.reminders.tray import Tray
        from backstretch.ui.reminders.window import ReminderWindow

        now = now_local()
        self.zone = local_zone()
        self._state = JsonStore(data_dir() / STATE_FILE)
        state, _ = self._state.load()
        self.scheduler = Scheduler.from_mapping(state, self.settings.reminders, self.zone, now)
        if remind_in is not None:
            self.scheduler.remind_at(now + timedelta(seconds=remind_in))

        notifiers: list[Notifier] = []
        freedesktop = FreedesktopNotifier.create(self)
        if freedesktop is not None:
            notifiers.append(freedesktop)
        if Tray.available():
            self.tray = Tray(icon, self)
            self.tray.start_requested.connect(self.start_routine)
            self.tray.show_requested.connect(self.show_window)
            self.tray.settings_requested.connect(self.open_settings)
            self.tray.quit_requested.connect(self.quit)
            self.tray.show()
            notifiers.append(TrayNotifier(self.tray.icon, self))
            self.window.close_to_tray = True
            self.window.hidden_to_tray.connect(self._first_hide_hint)
        else:
            self.window.confirm_quit = self._confirm_quit
        self.reminder_window = ReminderWindow()
        self.reminder_window.setWindowIcon(icon)
        self.reminders = ReminderController(
            self.scheduler, notifiers, self.reminder_window, self._notice, parent=self
        )
        self.reminders.start_requested.connect(self.start_routine)
        self.reminders.show_requested.connect(self.show_window)
        self.reminders.state_changed.connect(self._save_state)
        self.reminders.schedule_changed.connect(self._update_tray)
        if self.tray is not None:
            self.tray.pause_requested.connect(self.reminders.pause)
            self.tray.resume_requested.connect(self.reminders.resume)
        self.sleep_watch = SleepWatch.create(self)
        if self.sleep_watch is not None:
            self.sleep_watch.resumed.connect(self.reminders.check)
        # Answer anything due right away (a missed reminder after start-up), then sleep.
        QTimer.singleShot(0, self.reminders.check)

    def _notice(self) -> Notice:
        from backstretch.platform.notifications import Notice

        chosen = choose_exercises(self.library.exercises, self.settings.routine)
        total = plan_routine(chosen, self.settings.routine).total if chosen else 0.0
        count = len(chosen)
        snooze = self.settings.reminders.snooze_minutes
        return Notice(
            "Time for your back stretches",
            f"{count} gentle stretches, {describe_duration(total)}.",
            f"Snooze {snooze} min",
        )

    def _save_state(self) -> None:
        try:
            self._state.save(self.scheduler.to_mapping())
        except StorageError as exc:
            print(f"backstretch: {exc.strerror}", file=sys.stderr)

    def _update_tray(self) -> None:
        from backstretch.ui.reminders.controller import now_local
        from backstretch.ui.reminders.tray import describe_next

        if self.tray is None or self.reminders is None:
            return
        now = now_local()
        paused = self.scheduler.paused_until
        text = describe_next(self.reminders.next_due(), paused, now)
        self.tray.update_next(text, paused is not None and paused > now)

    def _first_hide_hint(self) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if self.settings.general.tray_hint_shown or self.tray is None:
            return
        self.tray.icon.showMessage(
            APP_NAME,
            "Backstretch keeps running in the tray to remind you. Quit from the tray menu.",
            QSystemTrayIcon.MessageIcon.Information,
            8000,
        )
        self._store_general(replace(self.settings.general, tray_hint_shown=True))

    def _confirm_quit(self) -> bool:
        if not self.settings.reminders.enabled:
            return True
        answer = QMessageBox.question(
            self.window,
            f"Quit {APP_NAME}?",
            "This desktop has no system tray, so reminders only arrive while Backstretch "
            "is running. Quit anyway?",
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- what the user asks for -----------------------------------------------------------

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.show_safety_notice_once()

    def show_safety_notice_once(self) -> None:
        """The first time a person sees the window: what the app is not, and when to stop.

        Not modal to the whole app and not in scripted runs (`first_run_notice=False`),
        so nothing automated ever waits on it.
        """
        if (
            not self.first_run_notice
            or self.settings.general.safety_notice_seen
            or self._safety_notice is not None
        ):
            return
        box = QMessageBox(self.window)
        box.setObjectName("safetyNotice")
        box.setWindowTitle("Before you start")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(SAFETY_NOTICE)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText("I understand")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._safety_notice_read)
        self._safety_notice = box
        box.open()

    def _safety_notice_read(self) -> None:
        self._safety_notice = None
        self._store_general(replace(self.settings.general, safety_notice_seen=True))

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
        """A later launch handed over its request.

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
        from backstretch.ui.library.view import RoutineOptionsPanel
        from backstretch.ui.settings.dialog import SettingsDialog
        from backstretch.ui.settings.guidance_panel import GuidancePanel
        from backstretch.ui.settings.stretch_chooser import StretchChooser

        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return
        reps = [e.repetitions for e in self.library.exercises]
        rep_range = (
            min((r.minimum for r in reps), default=8),
            max((r.maximum for r in reps), default=10),
        )
        panel = RoutineOptionsPanel(self.settings.routine, rep_range)
        chooser = StretchChooser(self.library.exercises, self.settings.routine)
        # Both edit one RoutineOptions: each tells the other what changed.
        panel.changed.connect(chooser.set_options)
        chooser.changed.connect(panel.set_options)
        panel.changed.connect(self._store_routine)
        chooser.changed.connect(self._store_routine)
        routine_tab = QWidget()
        routine_layout = QVBoxLayout(routine_tab)
        routine_layout.addWidget(panel)
        routine_layout.addWidget(
            QLabel("Stretches in the routine (tick to include, move to reorder):")
        )
        routine_layout.addWidget(chooser, 1)
        dialog = SettingsDialog(
            self.settings.reminders,
            self.settings.general,
            routine_tab,
            tray_available=self.tray is not None,
            parent=self.window,
        )
        guide = self.window.ensure_guide()
        guidance = GuidancePanel(
            self.settings.guidance,
            sound_problem=guide.sounds.unavailable_reason,
            voice_problem=guide.voice.unavailable_reason,
        )
        guidance.changed.connect(self._store_guidance)
        self.window.guidance_changed.connect(guidance.set_options)
        dialog.tabs.insertTab(2, guidance, "Sound and display")
        dialog.reminders_changed.connect(self._store_reminders)
        dialog.general_changed.connect(self._store_general)
        dialog.finished.connect(self._settings_closed)
        self._settings_dialog = dialog
        dialog.show()

    def _settings_closed(self) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.deleteLater()
        self._settings_dialog = None

    def _store_routine(self, options: RoutineOptions) -> None:
        # The library's own panel shows the same options; applying them there saves them.
        self.window.library_view.options_panel.apply(options)

    def _store_reminders(self, reminders: ReminderSettings) -> None:
        from backstretch.ui.reminders.controller import now_local

        self.settings.reminders = reminders
        self._save_settings()
        if self.reminders is not None:
            self.scheduler.replace_settings(reminders, now_local())
            self._save_state()
            self.reminders.arm()

    def _store_guidance(self, guidance: GuidanceOptions) -> None:
        self.window.set_guidance(guidance)
        self._save_settings()

    def _store_general(self, general: GeneralOptions) -> None:
        before = self.settings.general
        self.settings.general = general
        self._save_settings()
        if general.start_at_login != before.start_at_login:
            from backstretch.platform import autostart

            try:
                autostart.set_enabled(general.start_at_login)
            except OSError as exc:
                QMessageBox.warning(
                    self.window, APP_NAME, f"Could not change start at login: {exc}"
                )

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except StorageError as exc:
            QMessageBox.warning(
                self.window, APP_NAME, f"{exc.strerror} Your change applies until you quit."
            )

    def quit(self) -> None:
        self.window.close_to_tray = False
        self.window.confirm_quit = None
        self.window.driver.stop()
        self.qt_app.quit()
