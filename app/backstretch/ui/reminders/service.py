"""Everything that brings the user back: the schedule and its state file, the notifier
chain, the reminder window, the sleep watch and the tray.

The schedule reads the reminder settings from the settings store whenever it needs
them; a change there re-arms the one timer. The state (last slot answered, snooze,
pause, a waiting reminder, today's routines) is saved after every change. What the
system says about the user (platform/presence.py) is asked only when a reminder is due.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon

from backstretch import APP_NAME, wording
from backstretch.content import Library
from backstretch.localtime import local_zone, now
from backstretch.paths import data_dir
from backstretch.platform.notifications import FreedesktopNotifier, Notice, Notifier, TrayNotifier
from backstretch.platform.sleep_watch import SleepWatch
from backstretch.reminders import Presence, Reminder, ReminderSettings, Scheduler
from backstretch.routine import choose_exercises, plan_routine
from backstretch.session import Summary
from backstretch.settings import Section
from backstretch.storage import JsonStore, StorageError
from backstretch.ui.reminders.controller import Look, ReminderController
from backstretch.ui.reminders.window import ReminderWindow
from backstretch.ui.settings_store import SettingsStore
from backstretch.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from backstretch.ui.reminders.tray import Tray

STATE_FILE = "reminder-state.json"
_ABSENT = object()


def _look_at_the_system(settings: ReminderSettings) -> Presence:
    from backstretch.platform.presence import PresenceSource

    return PresenceSource.shared().look(settings)


TRAY_HINT = QT_TRANSLATE_NOOP(
    "ReminderService",
    "Backstretch keeps running in the tray to remind you. Quit from the tray menu.",
)


class ReminderService(QObject):
    start_requested = Signal()  # from a reminder or the tray menu
    show_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    status_changed = Signal(str)  # the line about the next reminder (or why it waits)

    def __init__(
        self,
        store: SettingsStore,
        library: Library,
        icon: QIcon,
        *,
        remind_in: float | None = None,
        look: Look | None = _look_at_the_system,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.library = library
        self._status = ""
        started = now()
        self._state = JsonStore(data_dir() / STATE_FILE)
        state, _ = self._state.load()
        self.scheduler = Scheduler.from_mapping(
            state, lambda: store.reminders, local_zone(), started
        )
        restored = self.scheduler.to_mapping()
        if any(restored.get(key, _ABSENT) != value for key, value in state.items()):
            self._state.keep_original()  # something in it was not used: keep a copy
        if remind_in is not None:
            self.scheduler.remind_at(started + timedelta(seconds=remind_in))

        notifiers: list[Notifier] = []
        freedesktop = FreedesktopNotifier.create(self)
        if freedesktop is not None:
            notifiers.append(freedesktop)
        self.tray = self._make_tray(icon)
        if self.tray is not None:
            notifiers.append(TrayNotifier(self.tray.icon, self))
        self.window = ReminderWindow()
        self.window.setWindowIcon(icon)
        self.controller = ReminderController(
            self.scheduler, notifiers, self.window, self._notice, look=look, parent=self
        )
        self.controller.start_requested.connect(self.start_requested)
        self.controller.show_requested.connect(self.show_requested)
        self.controller.state_changed.connect(self._save_state)
        self.controller.schedule_changed.connect(self._update_tray)
        if self.tray is not None:
            self.tray.pause_requested.connect(self.controller.pause)
            self.tray.resume_requested.connect(self.controller.resume)
        self._asleep_since: datetime | None = None
        self.sleep_watch = SleepWatch.create(self)
        if self.sleep_watch is not None:
            self.sleep_watch.asleep.connect(self._going_to_sleep)
            self.sleep_watch.resumed.connect(self._woke_up)
        store.changed.connect(self._on_settings_changed)
        # Answer anything due right away (a missed reminder after start-up), then sleep.
        QTimer.singleShot(0, self.controller.check)

    def _make_tray(self, icon: QIcon) -> Tray | None:
        from backstretch.ui.reminders.tray import Tray

        if not Tray.available():
            return None
        tray = Tray(icon, self)
        tray.start_requested.connect(self.start_requested)
        tray.show_requested.connect(self.show_requested)
        tray.settings_requested.connect(self.settings_requested)
        tray.quit_requested.connect(self.quit_requested)
        tray.show()
        return tray

    def _notice(self, reminder: Reminder) -> Notice:
        options = self.store.routine
        chosen = choose_exercises(self.library.exercises, options)
        total = plan_routine(chosen, options).total if chosen else 0.0
        return Notice(
            wording.reminder_title(reminder.missed, reminder.welcome_back),
            wording.reminder_body(len(chosen), total),
            wording.snooze_label(self.store.reminders.snooze_minutes),
        )

    def _going_to_sleep(self) -> None:
        self._asleep_since = now()

    def _woke_up(self) -> None:
        if self._asleep_since is not None:
            self.controller.note_break(self._asleep_since, now())
            self._asleep_since = None
        self.controller.check()

    def routine_ended(self, summary: Summary) -> None:
        """A session ended: a finished one counts towards the daily limit."""
        if not summary.finished:
            return
        self.controller.routine_done()
        moment = now()
        if self.scheduler.limit_reached(moment) and self.tray is not None:
            from PySide6.QtWidgets import QSystemTrayIcon

            if QSystemTrayIcon.supportsMessages():
                self.tray.icon.showMessage(
                    APP_NAME,
                    wording.rest_notice(self.scheduler.routines_today(moment)),
                    QSystemTrayIcon.MessageIcon.Information,
                    6000,
                )

    def status(self) -> str:
        """The line about the next reminder: when, or why it waits, or that it rests."""
        moment = now()
        scheduler = self.scheduler
        waiting = scheduler.waiting
        return wording.next_reminder(
            scheduler.next_reminder(moment),
            scheduler.paused_until,
            moment,
            waiting_for=waiting.reason if waiting is not None else None,
            routines_today=scheduler.routines_today(moment),
            resting=scheduler.limit_reached(moment),
        )

    def _on_settings_changed(self, section: Section, _before: object) -> None:
        if section is Section.REMINDERS:
            self.scheduler.settings_changed(now())
            self._save_state()
            self.controller.arm()

    def _save_state(self) -> None:
        try:
            self._state.save(self.scheduler.to_mapping())
        except StorageError as exc:
            # The schedule still runs from memory; the next answer tries the save again.
            print(f"backstretch: {exc.strerror}", file=sys.stderr)

    def _update_tray(self) -> None:
        text = self.status()
        if text != self._status:
            self._status = text
            self.status_changed.emit(text)
        if self.tray is None:
            return
        paused = self.scheduler.paused_until
        self.tray.update_next(text, paused is not None and paused > now())

    def hint_once(self) -> None:
        """The first time the window closes to the tray, say where Backstretch went."""
        from PySide6.QtWidgets import QSystemTrayIcon

        if self.store.general.tray_hint_shown or self.tray is None:
            return
        self.tray.icon.showMessage(
            APP_NAME, self.tr(TRAY_HINT), QSystemTrayIcon.MessageIcon.Information, 8000
        )
        self.store.update(Section.GENERAL, tray_hint_shown=True)

    def shutdown(self) -> None:
        """Stop the timer, take every notice away, close the reminder window and the tray."""
        self.controller.stop()
        self.window.close()
        self.window.deleteLater()
        if self.tray is not None:
            self.tray.icon.hide()
