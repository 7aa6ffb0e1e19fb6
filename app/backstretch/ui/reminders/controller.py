"""Brings the user back at the times they chose, and sleeps in between.

One single-shot timer is armed for the next reminder the pure scheduler reports. When
it fires (or the system wakes from sleep) the scheduler is asked, with the wall clock,
whether a reminder is due; nothing polls. The reminder goes out through the first
notifier that works, and the in-app window is always there as the last resort.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backstretch.localtime import now as now_local
from backstretch.platform.notifications import Notice, Notifier
from backstretch.reminders import Answer, Reminder, Scheduler
from backstretch.ui.reminders.window import ReminderWindow

# Timers stop while the computer sleeps, so one armed for hours could fire hours late.
# Where no wake-up signal arrives (see platform.sleep_watch), re-check at least this
# often: one cheap wake-up an hour.
LONGEST_SLEEP = timedelta(hours=1)
log = logging.getLogger(__name__)


class ReminderController(QObject):
    start_requested = Signal()
    show_requested = Signal()
    schedule_changed = Signal()  # the next reminder moved (tray text)
    state_changed = Signal()  # the scheduler's state should be saved
    answered = Signal()  # the reminder on screen was answered, wherever it was shown

    def __init__(
        self,
        scheduler: Scheduler,
        notifiers: Sequence[Notifier],
        window: ReminderWindow,
        describe: Callable[[bool], Notice],  # the notice, for a missed reminder or not
        clock: Callable[[], datetime] = now_local,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.notifiers = list(notifiers)
        self.window = window
        self._describe = describe
        self._clock = clock
        self._pending: Reminder | None = None  # the reminder on screen, until answered
        self.shown_through: str | None = None  # which backend showed the last one
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse is fine to the second and lets the system batch wake-ups.
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        for notifier in self.notifiers:
            notifier.action.connect(self.answer)
        window.action.connect(self.answer)

    # -- timing ------------------------------------------------------------------------

    def next_due(self) -> datetime | None:
        return self.scheduler.next_due(self._clock())

    def arm(self) -> None:
        """Sleep until the next reminder (or at most LONGEST_SLEEP)."""
        self._timer.stop()
        wait: timedelta | None = LONGEST_SLEEP  # whatever goes wrong below, reminders go on
        try:
            now = self._clock()
            due = self.scheduler.next_due(now)
            wait = None if due is None else min(max(due - now, timedelta(0)), LONGEST_SLEEP)
        except Exception:
            log.exception("the next reminder could not be worked out; trying again later")
        if wait is not None:
            self._timer.start(int(wait.total_seconds() * 1000) + 250)
        self.schedule_changed.emit()

    @property
    def armed_for_ms(self) -> int | None:
        # The requested interval, not remainingTime(): a coarse timer may report a few
        # hundred ms more than asked while Qt aligns its wake-up with others.
        return self._timer.interval() if self._timer.isActive() else None

    def check(self) -> None:
        """Ask the scheduler whether a reminder is due now; show it if so. The timer is
        armed again whatever happens here, so one bad moment never stops the reminders."""
        try:
            reminder = self.scheduler.due(self._clock())
            if reminder is not None:
                self._show(reminder)
                self.state_changed.emit()
        except Exception:
            log.exception("a reminder check failed")
        finally:
            self.arm()

    def _show(self, reminder: Reminder) -> None:
        self._pending = reminder
        notice = self._describe(reminder.missed)
        for notifier in self.notifiers:
            if notifier.show_notice(notice):
                self.shown_through = notifier.name
                return
        self.shown_through = "window"
        self.window.show_notice(notice)

    # -- answers -------------------------------------------------------------------------

    def answer(self, key: Answer) -> None:
        if key is Answer.OPEN:
            # The body of a notification, or a tray balloon: show the app, which takes
            # the reminder in (see move_into_app), so one reminder is on screen at once.
            self.show_requested.emit()
            return
        reminder, self._pending = self._pending, None
        # Record the answer before the notice goes, so whoever sees it gone sees it kept.
        if reminder is not None:
            self.scheduler.acknowledge(reminder, key, self._clock())
            self.state_changed.emit()
        for notifier in self.notifiers:
            notifier.withdraw()
        self.window.hide()
        self.answered.emit()
        if key is Answer.START:
            self.start_requested.emit()
        self.arm()

    def move_into_app(self) -> Notice | None:
        """The app's window opened while a reminder waits: the notice and the corner
        window go, and the reminder (returned) is offered in the app instead."""
        if self._pending is None:
            return None
        for notifier in self.notifiers:
            notifier.withdraw()
        self.window.hide()
        return self._describe(self._pending.missed)

    def stop(self) -> None:
        """Nothing more from this controller: its timer stops and its notices go."""
        self._timer.stop()
        self.window.action.disconnect(self.answer)
        for notifier in self.notifiers:
            notifier.withdraw()

    def pause(self, minutes: int | None) -> None:
        """Pause for some minutes, or (None) until the next active day."""
        now = self._clock()
        if minutes is None:
            self.scheduler.pause_until_tomorrow(now)
        else:
            self.scheduler.pause(now + timedelta(minutes=minutes))
        self.state_changed.emit()
        self.arm()

    def resume(self) -> None:
        self.scheduler.resume()
        self.state_changed.emit()
        self.arm()
