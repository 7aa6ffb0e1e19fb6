"""When to remind the user: pure Python; the wall-clock time, and what the system says
about the user at that moment (idle time, screen lock, do-not-disturb), are arguments.

Slots are laid out in local wall time with zoneinfo, so a daylight-saving change
neither skips nor doubles one: 10:00 stays 10:00. A wall time that does not exist
(the hour skipped in spring) lands just after the jump; a repeated one (autumn) is
taken once, at its first occurrence.

Rules the app relies on:
- Interval mode: reminders every N minutes within each active period of the day (a day
  may have several: 09:00-12:00 and 13:00-17:30), up to and including the period's end.
  Nobody wants a reminder the minute they sit down, so the first comes one interval in.
  A natural break (time away, screen locked or asleep, of at least the break length) or
  a finished routine restarts the interval: the next reminder comes one interval after
  the user is back.
- Fixed mode: at the listed times on the chosen days. A reminder that falls due while
  the user is away waits and is shown once when they come back ("welcome back").
- Do not disturb: a reminder that falls due while the user should not be interrupted
  (the system's do-not-disturb, a full-screen window, a camera in use) waits, with its
  reason, and comes when that ends; after `longest_wait_minutes` it is dropped for that
  slot. A waiting reminder stands for every slot that passes meanwhile: never a burst.
- The daily limit: after that many finished routines in a day, reminders rest until
  the next day.
- `due(now, presence)` consumes every slot up to `now` and returns at most one reminder:
  after the computer slept through three slots the user sees one "missed" reminder, not
  three. A missed slot is shown only on its own day and, in interval mode, only while its
  period lasts (in fixed mode: up to two hours late); otherwise it is dropped rather than
  shown at night. Every slot that is not shown is reported in `dropped`, with its reason.
- Snooze brings the same reminder back after the snooze time; skip and start dismiss
  it; pause consumes the slots it covers; "until tomorrow" lasts until the first
  slot-day after today begins.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from backstretch.fields import Expected, FieldProblem, bounded, parse_clock_time
from backstretch.reminder_periods import WORKING_DAY, Period, WeekPeriods

if TYPE_CHECKING:
    # Only named: the zone itself comes from localtime.py, after the first frame.
    from zoneinfo import ZoneInfo

MISSED_AFTER = timedelta(minutes=2)  # later than this, a reminder says it was missed
FIXED_GRACE = timedelta(hours=2)  # how late a missed fixed-time reminder may still come
STALE_SNOOZE = timedelta(hours=1)  # a snooze that ran out this long ago is forgotten
LOOKAHEAD_DAYS = 8  # enough to find the next chosen weekday
# A saved moment further than this from now is not believed (a damaged or hostile state
# file, a clock set to year 1): the schedule starts afresh from now instead.
BELIEVABLE = timedelta(days=400)
# A missed slot is shown only on its own day, so no search needs to start earlier.
MISSED_SEARCH = timedelta(days=2)
# While a reminder waits, the system is asked again this often (and only then).
LOOK_AGAIN = timedelta(seconds=10)
KEPT_DROPS = 64  # the most recent slots not shown, with their reasons


class ReminderMode(StrEnum):
    INTERVAL = "interval"  # every N minutes within the active periods
    FIXED = "fixed"  # at the listed times of day


class Answer(StrEnum):
    """What the user did with a reminder (the notifiers report these)."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"
    OPEN = "open"  # clicked the notification itself: show the app, the choice is still open


class Hold(StrEnum):
    """Why a reminder that is due waits."""

    AWAY = "away"  # idle or locked for at least the break length
    FULL_SCREEN = "full_screen"  # the window in front is full screen
    CAMERA = "camera"  # a camera is in use (a video call)
    SYSTEM = "system"  # the system's own do-not-disturb


DO_NOT_DISTURB = (Hold.FULL_SCREEN, Hold.CAMERA, Hold.SYSTEM)  # the order reasons are told


class Dropped(StrEnum):
    """Why a slot passed without a reminder."""

    SUPERSEDED = "superseded"  # a later slot passed too: only one reminder is shown
    TOO_LATE = "too_late"  # its day or period ended first (the computer was off or asleep)
    WAITED_TOO_LONG = "waited_too_long"  # do-not-disturb outlasted the longest wait
    BREAK = "break"  # the user was on a natural break (interval mode)
    DAILY_LIMIT = "daily_limit"  # enough routines today
    PAUSED = "paused"  # reminders were paused


def parse_times(text: str) -> tuple[tuple[time, ...], str | None]:
    """'10:30, 15:00' -> times in order, and the first entry that is not a time (or None)."""
    found: set[time] = set()
    for part in re.split(r"[,\s;]+", text.strip()):
        if not part:
            continue
        moment = parse_clock_time(part)
        if moment is None:
            return (), part
        found.add(moment)
    return tuple(sorted(found)), None


@dataclass(frozen=True)
class ReminderSettings:
    """Whether and when reminders come, and what they may wait for."""

    enabled: bool = True
    mode: ReminderMode = ReminderMode.INTERVAL
    # The default asks for two routines a day, every day: regular practice without
    # overdoing it (11:00, 15:00 and 17:00 are offered; two finished routines end the day).
    interval_minutes: int = bounded(120, 5, 480)
    periods: WeekPeriods = WORKING_DAY
    weekdays: frozenset[int] = frozenset(range(7))  # Monday = 0
    fixed_times: tuple[time, ...] = (time(10, 30), time(15, 0))
    snooze_minutes: int = bounded(10, 1, 120)
    daily_limit: int = bounded(2, 0, 12)  # finished routines after which reminders rest; 0: none
    natural_breaks: bool = True  # notice time away (idle, locked, asleep)
    break_minutes: int = bounded(5, 1, 120)  # time away that counts as a break
    wait_for_system: bool = True  # the system's do-not-disturb
    wait_for_full_screen: bool = True
    wait_for_camera: bool = True
    longest_wait_minutes: int = bounded(60, 5, 240)  # then the waiting reminder is dropped

    @staticmethod
    def upgrade(data: Mapping[str, object]) -> tuple[dict[str, object], list[FieldProblem]]:
        """A reminders section as an earlier Backstretch wrote it, in today's terms.

        Earlier versions had one `start`-`end` span for every day and wrote every field,
        so a section with `start` or `end` and no `periods` is theirs: its span becomes
        each day's one period and, having no daily limit then, it gets none now. The
        user's schedule stays as it was; `start` and `end` stay in the file for the
        earlier version."""
        result = dict(data)
        if "periods" in data or not ("start" in data or "end" in data):
            return result, []
        problems: list[FieldProblem] = []
        start = _clock(data.get("start"), time(9, 0))
        end = _clock(data.get("end"), time(17, 30))
        if start is None or end is None or end <= start:
            problems.append(FieldProblem("end", Expected.TIME))
            start, end = time(9, 0), time(17, 30)
        result["periods"] = WeekPeriods.every_day(Period(start, end)).to_setting()
        result.setdefault("daily_limit", 0)
        return result, problems

    @property
    def away_after(self) -> timedelta:
        return timedelta(minutes=self.break_minutes)

    def holds_for(self, busy: frozenset[Hold]) -> list[Hold]:
        """The do-not-disturb reasons the user chose to wait for, in the order told."""
        chosen = {
            Hold.SYSTEM: self.wait_for_system,
            Hold.FULL_SCREEN: self.wait_for_full_screen,
            Hold.CAMERA: self.wait_for_camera,
        }
        return [reason for reason in DO_NOT_DISTURB if reason in busy and chosen[reason]]

    def slots_on(
        self, day: date, zone: ZoneInfo, restart: datetime | None = None
    ) -> list[datetime]:
        """Every reminder time on `day`, as aware datetimes in `zone`. In interval mode a
        `restart` inside a period (the end of a break) starts that period's count anew."""
        if not self.enabled or day.weekday() not in self.weekdays:
            return []
        if self.mode is ReminderMode.FIXED:
            slots = [_localise(day, clock_time, zone) for clock_time in self.fixed_times]
            return sorted(set(slots))
        slots = []
        step = timedelta(minutes=self.interval_minutes)
        for period in self.periods.on(day.weekday()):
            begin = datetime.combine(day, period.start)
            end = datetime.combine(day, period.end)
            if restart is not None:
                back = restart.astimezone(zone).replace(tzinfo=None)
                if begin < back < end:
                    begin = back
            moment = begin + step
            while moment <= end:
                slots.append(_localise(day, moment.time(), zone))
                moment += step
        # A skipped wall time can land on the next slot's instant: keep each once.
        return sorted(set(slots))

    def window_end(self, slot: datetime, zone: ZoneInfo) -> datetime:
        """Until when a reminder for `slot` may still be shown (late or waiting)."""
        day = slot.astimezone(zone).date()
        day_end = _localise(day, time(23, 59, 59), zone)
        if self.mode is ReminderMode.FIXED:
            return min(slot + FIXED_GRACE, day_end)
        wall = slot.astimezone(zone).time()
        for period in self.periods.on(day.weekday()):
            if period.start <= wall <= period.end:
                return min(_localise(day, period.end, zone), day_end)
        return slot  # a restart moved it out of every period: no lateness allowed


def _clock(value: object, default: time) -> time | None:
    if value is None:
        return default
    return parse_clock_time(value) if isinstance(value, str) and len(value) < 10 else None


def _localise(day: date, clock_time: time, zone: ZoneInfo) -> datetime:
    """Wall time to an instant; a non-existent time moves forward past the jump."""
    naive = datetime.combine(day, clock_time)
    aware = naive.replace(tzinfo=zone, fold=0)
    # Round-tripping through UTC shows whether the wall time exists; if it does not,
    # fold=0 already gave the instant after the jump (e.g. 01:30 -> 02:30 BST).
    return aware.astimezone(UTC).astimezone(zone)


@dataclass(frozen=True)
class Presence:
    """What the system said about the user at one moment: values, never calls."""

    idle: timedelta | None = None  # since the last keyboard or mouse input; None: unknown
    locked: bool = False  # the screen is locked (or the screen saver runs)
    busy: frozenset[Hold] = frozenset()  # do-not-disturb reasons in force

    def away(self, settings: ReminderSettings) -> bool:
        if not settings.natural_breaks:
            return False
        return self.locked or (self.idle is not None and self.idle >= settings.away_after)


@dataclass(frozen=True)
class Reminder:
    """One reminder to show, and how it came."""

    slot: datetime  # the time it was meant for
    missed: bool = False  # shown late (the computer slept, or the app was not running)
    snoozed: bool = False  # the return of a snoozed reminder
    welcome_back: bool = False  # it waited for the user to come back


@dataclass(frozen=True)
class Waiting:
    """A reminder that is due but held back, and why."""

    slot: datetime
    since: datetime  # when it fell due
    reason: Hold
    away_since: datetime | None = None  # when the user left, if they are away
    snoozed: bool = False


@dataclass
class _Today:
    """The day the daily limit counts, and the routines finished on it."""

    day: date | None = None
    routines: int = 0  # finished that day


class Scheduler:
    """The reminder schedule's state and its rules.

    The settings are read through `settings_source` each time (the app passes its one
    settings store), so the scheduler never holds a copy that could go stale.
    """

    def __init__(
        self,
        settings_source: Callable[[], ReminderSettings],
        zone: ZoneInfo,
        last_handled: datetime,
        snoozed_until: datetime | None = None,
        paused_until: datetime | None = None,
    ) -> None:
        self._settings = settings_source
        self.zone = zone
        self.last_handled = last_handled  # every slot at or before this has been dealt with
        self.snoozed_until = snoozed_until
        self.paused_until = paused_until
        self.restart_at: datetime | None = None  # interval mode counts from here (a break)
        self.waiting: Waiting | None = None
        self.today = _Today()
        self.dropped: deque[tuple[datetime, Dropped]] = deque(maxlen=KEPT_DROPS)
        self._looked_at: datetime | None = None  # the last look while a reminder waits

    @property
    def settings(self) -> ReminderSettings:
        return self._settings()

    # -- persistence ------------------------------------------------------------------

    def to_mapping(self) -> dict[str, object]:
        def text(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        waiting = self.waiting
        return {
            "last_handled": text(self.last_handled),
            "snoozed_until": text(self.snoozed_until),
            "paused_until": text(self.paused_until),
            "restart_at": text(self.restart_at),
            "waiting": None
            if waiting is None
            else {
                "slot": text(waiting.slot),
                "since": text(waiting.since),
                "reason": waiting.reason.value,
                "away_since": text(waiting.away_since),
                "snoozed": waiting.snoozed,
            },
            "routines_day": self.today.day.isoformat() if self.today.day else None,
            "routines": self.today.routines,
        }

    @classmethod
    def from_mapping(
        cls,
        data: Mapping[str, object],
        settings_source: Callable[[], ReminderSettings],
        zone: ZoneInfo,
        now: datetime,
    ) -> Scheduler:
        """Restore a saved state; anything unreadable or unbelievable starts fresh.

        A `last_handled` a little ahead of now is kept: after the clock went back, a
        reminder already answered must not come again.
        """

        def moment(
            source: Mapping[str, object], name: str, ahead: timedelta = timedelta(days=1)
        ) -> datetime | None:
            value = source.get(name)
            if not isinstance(value, str) or len(value) > 64:
                return None
            try:
                parsed = datetime.fromisoformat(value)
                if parsed.tzinfo is None or not now - BELIEVABLE <= parsed <= now + ahead:
                    return None
            except (ValueError, OverflowError):
                return None
            return parsed

        last = moment(data, "last_handled") or now
        scheduler = cls(
            settings_source,
            zone,
            last,
            moment(data, "snoozed_until"),
            moment(data, "paused_until", timedelta(days=LOOKAHEAD_DAYS + 1)),
        )
        scheduler.restart_at = moment(data, "restart_at")
        waiting = data.get("waiting")
        if isinstance(waiting, dict):
            slot, since = moment(waiting, "slot"), moment(waiting, "since")
            reason = waiting.get("reason")
            if slot and since and reason in {hold.value for hold in Hold}:
                scheduler.waiting = Waiting(
                    slot,
                    since,
                    Hold(str(reason)),
                    moment(waiting, "away_since"),
                    waiting.get("snoozed") is True,
                )
        day, count = data.get("routines_day"), data.get("routines")
        if isinstance(day, str) and len(day) == 10 and isinstance(count, int):
            try:
                parsed_day = date.fromisoformat(day)
            except ValueError:
                parsed_day = None
            if parsed_day == now.astimezone(zone).date() and 0 <= count <= 1000:
                scheduler.today = _Today(parsed_day, count)
        return scheduler

    # -- what is next -------------------------------------------------------------------

    def _slots_after(self, moment: datetime) -> list[datetime]:
        """Slots after `moment` over the next days, in order (a finite look-ahead)."""
        first = moment.astimezone(self.zone).date()
        slots: list[datetime] = []
        for offset in range(-1, LOOKAHEAD_DAYS + 1):
            day = first + timedelta(days=offset)
            slots += self.settings.slots_on(day, self.zone, self.restart_at)
        return sorted(slot for slot in slots if slot > moment)

    def _paused(self, now: datetime) -> bool:
        return self.paused_until is not None and now < self.paused_until

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def routines_today(self, now: datetime) -> int:
        return self.today.routines if self.today.day == self._local_day(now) else 0

    def limit_reached(self, now: datetime) -> bool:
        """Enough routines today: reminders rest until tomorrow."""
        limit = self.settings.daily_limit
        return limit > 0 and self.routines_today(now) >= limit

    def _resting_on(self, moment: datetime) -> bool:
        limit = self.settings.daily_limit
        return (
            limit > 0 and self.today.day == self._local_day(moment) and self.today.routines >= limit
        )

    def next_due(self, now: datetime) -> datetime | None:
        """When the app should next call `due` (may be now or in the past: call it now)."""
        if not self.settings.enabled:
            return None
        if self.waiting is not None and not self._paused(now):
            return now if self._looked_at is None else self._looked_at + LOOK_AGAIN
        candidates: list[datetime] = []
        snooze = self.snoozed_until
        if snooze is not None and not self._paused(snooze) and not self._resting_on(snooze):
            candidates.append(snooze)
        after = self.last_handled
        if self.paused_until is not None:  # slots inside a pause are never owed
            after = max(after, self.paused_until - timedelta(microseconds=1))
        upcoming = [slot for slot in self._slots_after(after) if not self._resting_on(slot)]
        if upcoming:
            candidates.append(upcoming[0])
        return min(candidates) if candidates else None

    def needs_look(self, now: datetime) -> bool:
        """Whether `due` has something to decide now: only then is the system asked
        about the user (idle time, lock, do-not-disturb)."""
        due = self.next_due(now)
        return due is not None and due <= now

    def next_reminder(self, now: datetime) -> datetime | None:
        """When the next reminder is planned, for the user to read (None while one waits)."""
        if self.waiting is not None:
            return None
        return self.next_due(now)

    def _drop(self, slot: datetime, reason: Dropped) -> None:
        self.dropped.append((slot, reason))

    def due(self, now: datetime, presence: Presence | None = None) -> Reminder | None:
        """The one reminder to show now, if any; slots up to `now` are used up.

        `presence` is what the system says about the user now; without it (or with
        nothing known) reminders come at their times, as on a system that cannot tell."""
        presence = presence or Presence()
        settings = self.settings
        if not settings.enabled:
            self.last_handled = max(self.last_handled, now)
            self.waiting = None
            return None
        pause_end = self.paused_until
        if pause_end is not None and now >= pause_end:
            self.paused_until = None  # the pause is over
        # After days away, only the last days' slots can still be shown.
        passed = [
            slot
            for slot in self._slots_after(max(self.last_handled, now - MISSED_SEARCH))
            if slot <= now
        ]
        self.last_handled = max(self.last_handled, now)
        if pause_end is not None:  # slots inside a pause are never owed
            for slot in passed:
                if slot < pause_end:
                    self._drop(slot, Dropped.PAUSED)
            passed = [slot for slot in passed if slot >= pause_end]
        if self._paused(now):
            self.snoozed_until = None
            if self.waiting is not None:
                self._drop(self.waiting.slot, Dropped.PAUSED)
                self.waiting = None
            return None

        # The candidate: a new slot (the latest; earlier ones are superseded), the
        # return of a snooze, or the reminder that already waits.
        waiting = self.waiting
        candidate: Waiting | None = None
        for slot in [slot for slot in passed if self._resting_on(slot)]:
            self._drop(slot, Dropped.DAILY_LIMIT)
            passed.remove(slot)
        for slot in list(passed):
            if now - slot > MISSED_AFTER and now > self.settings.window_end(slot, self.zone):
                self._drop(slot, Dropped.TOO_LATE)  # its day or period is over
                passed.remove(slot)
        for slot in passed[:-1]:
            self._drop(slot, Dropped.SUPERSEDED)
        if passed:
            if waiting is not None:
                self._drop(waiting.slot, Dropped.SUPERSEDED)
            away_since = waiting.away_since if waiting else None
            candidate = Waiting(passed[-1], passed[-1], Hold.AWAY, away_since)
        elif waiting is not None:
            candidate = waiting
        snooze = self.snoozed_until
        if snooze is not None and snooze <= now:
            self.snoozed_until = None
            if now - snooze <= STALE_SNOOZE and candidate is None:
                candidate = Waiting(snooze, snooze, Hold.AWAY, snoozed=True)
        if candidate is None:
            return None
        self.waiting = None

        if self._resting_on(candidate.slot) or self.limit_reached(now):
            self._drop(candidate.slot, Dropped.DAILY_LIMIT)
            return None
        late = now - candidate.slot > MISSED_AFTER
        if candidate.snoozed:  # asked for at that time: it keeps as long as a snooze does
            window_end = candidate.slot + STALE_SNOOZE
        else:
            window_end = settings.window_end(candidate.slot, self.zone)
        if late and now > window_end:
            # Its day or period is over: drop it rather than remind at night.
            self._drop(candidate.slot, Dropped.TOO_LATE)
            return None
        return self._decide(candidate, presence, now, waited=waiting is not None)

    def _decide(
        self, candidate: Waiting, presence: Presence, now: datetime, waited: bool
    ) -> Reminder | None:
        """Show the candidate now, hold it back, or (a break in interval mode) drop it."""
        settings = self.settings
        interval = settings.mode is ReminderMode.INTERVAL
        busy = settings.holds_for(presence.busy)
        if presence.away(settings) and (presence.locked or not busy):
            left = now - presence.idle if presence.idle is not None else now
            away_since = min(candidate.away_since or left, left)
            self._hold(replace(candidate, reason=Hold.AWAY, away_since=away_since), now)
            return None
        if busy:
            if now - candidate.since > timedelta(minutes=settings.longest_wait_minutes):
                self._drop(candidate.slot, Dropped.WAITED_TOO_LONG)
                return None
            self._hold(replace(candidate, reason=busy[0], away_since=None), now)
            return None
        self._looked_at = None
        came_back = now - presence.idle if presence.idle is not None else now
        away_for = came_back - candidate.away_since if candidate.away_since else timedelta(0)
        if candidate.away_since is not None and away_for >= settings.away_after:
            if interval:
                # A natural break: the interval starts again now that the user is back.
                self._drop(candidate.slot, Dropped.BREAK)
                self.restart(came_back)
                return None
            return Reminder(candidate.slot, welcome_back=True, snoozed=candidate.snoozed)
        missed = not waited and now - candidate.slot > MISSED_AFTER
        return Reminder(candidate.slot, missed, candidate.snoozed)

    def _hold(self, waiting: Waiting, now: datetime) -> None:
        self.waiting = waiting
        self._looked_at = now

    # -- what happened ---------------------------------------------------------------------

    def restart(self, moment: datetime) -> None:
        """Interval mode counts again from `moment` (the end of a break, a routine)."""
        if self.settings.mode is not ReminderMode.INTERVAL:
            return
        start = max(self.last_handled, moment - MISSED_SEARCH)
        for slot in self._slots_after(start):
            if slot > moment:
                break
            self._drop(slot, Dropped.BREAK)  # passed during the break: it counts instead
        self.restart_at = moment
        self.last_handled = max(self.last_handled, moment)

    def note_break(self, start: datetime, end: datetime) -> None:
        """The user was away from `start` to `end` (the computer slept, the screen was
        locked), as the system said at the time: a long enough one is a natural break."""
        settings = self.settings
        if settings.natural_breaks and end - start >= settings.away_after:
            self.restart(end)

    def routine_done(self, now: datetime) -> None:
        """A routine was finished: it counts towards the daily limit and is a break."""
        day = self._local_day(now)
        self.today = _Today(day, self.routines_today(now) + 1)
        self.restart(now)
        if self.limit_reached(now):
            self.snoozed_until = None
            self.waiting = None

    # -- what the user said ----------------------------------------------------------------

    def acknowledge(self, reminder: Reminder, answer: Answer, now: datetime) -> None:
        """The user answered: start, snooze or skip."""
        self.last_handled = max(self.last_handled, now)
        self.waiting = None
        if answer is Answer.SNOOZE:
            self.snoozed_until = now + timedelta(minutes=self.settings.snooze_minutes)
        else:
            self.snoozed_until = None

    def pause(self, until: datetime) -> None:
        self.paused_until = until
        self.snoozed_until = None
        self.waiting = None

    def pause_until_tomorrow(self, now: datetime) -> None:
        """No reminders for the rest of today: until the first slot-day after today."""
        today = now.astimezone(self.zone).date()
        for offset in range(1, LOOKAHEAD_DAYS + 1):
            day = today + timedelta(days=offset)
            if day.weekday() in self.settings.weekdays:
                self.pause(_localise(day, time(0, 0), self.zone))
                return
        self.pause(_localise(today + timedelta(days=1), time(0, 0), self.zone))

    def resume(self) -> None:
        self.paused_until = None

    def remind_at(self, moment: datetime) -> None:
        """One extra reminder at `moment` ("remind me later"), besides the regular ones."""
        self.snoozed_until = moment

    def settings_changed(self, now: datetime) -> None:
        """New settings apply from now on; nothing before now becomes owed."""
        self.last_handled = max(self.last_handled, now)
        if not self.settings.enabled:
            self.waiting = None
