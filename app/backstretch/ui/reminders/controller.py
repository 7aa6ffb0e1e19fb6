"""Brings the user back at the times they chose, and sleeps in between.

One timer is armed for the next moment the pure scheduler reports: a coarse one (which
lets the system batch wake-ups, and may be up to 5% off) to shortly before it, then a
precise single shot for the rest, so a reminder shows within a second of its time
whatever the wait, for one more wake-up per reminder and none in between. When the
precise shot fires (or the system wakes from sleep) the scheduler is asked, with the
wall clock, whether a reminder is due; only then is the system asked about the user
(idle time, lock, do-not-disturb), and again every few seconds while a reminder waits.
The reminder goes out through the first notifier that works, and the in-app window is
always there as the last resort.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backstretch.localtime import now as now_local
from backstretch.platform.notifications import Notice, Notifier
from backstretch.reminders import Answer, Presence, Reminder, ReminderSettings, Scheduler
from backstretch.ui.reminders.window import ReminderWindow

# Timers stop while the computer sleeps, so one armed for hours could fire hours late.
# Where no wake-up signal arrives (see platform.sleep_watch), re-check at least this
# often: one cheap wake-up an hour.
LONGEST_SLEEP = timedelta(hours=1)
# A coarse timer may fire up to 5% early or late; the precise shot takes over this long
# (at least) before the due time, and a wait shorter than this is precise throughout.
PRECISE_LEAD = timedelta(seconds=2)
COARSE_SLACK = 0.06  # a little more than the coarse timer's 5%
# A wait this short (the looks while a reminder waits) is one precise shot: a coarse
# timer first would only add a wake-up.
PRECISE_ONLY = timedelta(seconds=30)
log = logging.getLogger(__name__)

Look = Callable[[ReminderSettings], Presence]


class ReminderController(QObject):
    start_requested = Signal()
    show_requested = Signal()
    schedule_changed = Signal()  # the next reminder moved, or a reminder waits (tray text)
    state_changed = Signal()  # the scheduler's state should be saved
    answered = Signal()  # the reminder on screen was answered, wherever it was shown
    shown = Signal(object)  # the Reminder, as it reaches the user

    def __init__(
        self,
        scheduler: Scheduler,
        notifiers: Sequence[Notifier],
        window: ReminderWindow,
        describe: Callable[[Reminder], Notice],
        clock: Callable[[], datetime] = now_local,
        look: Look | None = None,  # what the system says about the user; None: nothing
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.notifiers = list(notifiers)
        self.window = window
        self._describe = describe
        self._clock = clock
        self._look = look
        self._pending: Reminder | None = None  # the reminder on screen, until answered
        self.shown_through: str | None = None  # which backend showed the last one
        self._capped = False  # the coarse timer runs only to re-check after a sleep
        self._coarse = QTimer(self)
        self._coarse.setSingleShot(True)
        self._coarse.setTimerType(Qt.TimerType.CoarseTimer)
        self._coarse.timeout.connect(self._finish)  # close to the time: finish precisely
        self._precise = QTimer(self)
        self._precise.setSingleShot(True)
        self._precise.setTimerType(Qt.TimerType.PreciseTimer)
        self._precise.timeout.connect(self.check)
        for notifier in self.notifiers:
            notifier.action.connect(self.answer)
        window.action.connect(self.answer)

    # -- timing ------------------------------------------------------------------------

    def next_due(self) -> datetime | None:
        return self.scheduler.next_due(self._clock())

    def arm(self) -> None:
        """Sleep until the next reminder (or at most LONGEST_SLEEP): coarsely to shortly
        before it, then precisely."""
        self._coarse.stop()
        self._precise.stop()
        wait: timedelta | None = LONGEST_SLEEP  # whatever goes wrong below, reminders go on
        capped = True
        try:
            now = self._clock()
            due = self.scheduler.next_due(now)
            if due is None:
                wait = None
            else:
                wait = max(due - now, timedelta(0))
                capped = wait > LONGEST_SLEEP
                wait = min(wait, LONGEST_SLEEP)
        except Exception:
            log.exception("the next reminder could not be worked out; trying again later")
        if wait is not None:
            self._capped = capped
            if capped:  # only a re-check: no precision needed
                self._coarse.start(_ms(wait))
            elif wait > PRECISE_ONLY:
                # Even a coarse timer that fires 5% late wakes before the lead time.
                coarse = (wait - PRECISE_LEAD) / (1 + COARSE_SLACK)
                self._coarse.start(_ms(coarse))
            else:
                self._precise.start(_ms(wait) + 1)  # never a moment early
        self.schedule_changed.emit()

    def _finish(self) -> None:
        """The coarse timer woke shortly before the due time: one precise shot to it."""
        if self._capped:
            self.arm()
            return
        try:
            due = self.scheduler.next_due(self._clock())
        except Exception:
            due = None
        if due is None:
            self.arm()
            return
        self._precise.start(_ms(max(due - self._clock(), timedelta(0))) + 1)

    @property
    def armed_for_ms(self) -> int | None:
        """The interval of the timer that runs now (the coarse one for most of a wait)."""
        for timer in (self._precise, self._coarse):
            if timer.isActive():
                return timer.interval()
        return None

    @property
    def precise(self) -> bool:
        return self._precise.isActive()

    def check(self) -> None:
        """Ask the scheduler whether a reminder is due now; show it if so. The timer is
        armed again whatever happens here, so one bad moment never stops the reminders."""
        try:
            now = self._clock()
            if self.scheduler.needs_look(now):
                waiting_before = self.scheduler.waiting
                reminder = self.scheduler.due(now, self._presence())
                if reminder is not None:
                    self._show(reminder)
                if reminder is not None or self.scheduler.waiting != waiting_before:
                    self.state_changed.emit()
        except Exception:
            log.exception("a reminder check failed")
        finally:
            self.arm()

    def _presence(self) -> Presence:
        if self._look is None:
            return Presence()
        try:
            return self._look(self.scheduler.settings)
        except Exception:  # the system could not be asked: remind as if it said nothing
            log.exception("the system could not say whether the user is there")
            return Presence()

    def _show(self, reminder: Reminder) -> None:
        self._pending = reminder
        notice = self._describe(reminder)
        self.shown.emit(reminder)
        for notifier in self.notifiers:
            if notifier.show_notice(notice):
                self.shown_through = notifier.name
                return
        self.shown_through = "window"
        self.window.show_notice(notice)

    # -- what happened -----------------------------------------------------------------

    def routine_done(self) -> None:
        """A routine was finished: towards the daily limit, and a fresh interval."""
        self.scheduler.routine_done(self._clock())
        if self.scheduler.limit_reached(self._clock()) and self._pending is not None:
            self._pending = None
            for notifier in self.notifiers:
                notifier.withdraw()
            self.window.hide()
        self.state_changed.emit()
        self.arm()

    def note_break(self, start: datetime, end: datetime) -> None:
        """The computer slept (or was locked) from `start` to `end`."""
        self.scheduler.note_break(start, end)
        self.state_changed.emit()

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
        return self._describe(self._pending)

    def stop(self) -> None:
        """Nothing more from this controller: its timers stop and its notices go."""
        self._coarse.stop()
        self._precise.stop()
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


def _ms(wait: timedelta) -> int:
    return max(0, math.ceil(wait.total_seconds() * 1000))
