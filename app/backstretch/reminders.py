"""When to remind the user: pure Python, the wall-clock time is always an argument.

Slots are laid out in local wall time with zoneinfo, so a daylight-saving change
neither skips nor doubles one: 10:00 stays 10:00. A wall time that does not exist
(the hour skipped in spring) lands just after the jump; a repeated one (autumn) is
taken once, at its first occurrence.

Rules the app relies on:
- Interval mode: reminders every N minutes after the start of the active hours, up to
  and including the end (09:00 to 17:30 every 60 → 10:00, 11:00, …, 17:00). Nobody wants
  a reminder the minute they sit down, so the first comes one interval in.
- Fixed mode: at the listed times on the chosen days.
- `due(now)` consumes every slot up to `now` and returns at most one reminder: after
  the computer slept through three slots the user sees one "missed" reminder, not
  three. A missed slot is shown only on its own day and, in interval mode, only while
  the active hours last (in fixed mode: up to two hours late); otherwise it is dropped
  rather than shown at night.
- Snooze brings the same reminder back after the snooze time; skip and start dismiss
  it; pause consumes the slots it covers; "until tomorrow" lasts until the first
  slot-day after today begins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from backstretch.fields import Expected, FieldProblem, bounded, parse_clock_time

MISSED_AFTER = timedelta(minutes=2)  # later than this, a reminder says it was missed
FIXED_GRACE = timedelta(hours=2)  # how late a missed fixed-time reminder may still come
STALE_SNOOZE = timedelta(hours=1)  # a snooze that ran out this long ago is forgotten
LOOKAHEAD_DAYS = 8  # enough to find the next chosen weekday
# A saved moment further than this from now is not believed (a damaged or hostile state
# file, a clock set to year 1): the schedule starts afresh from now instead.
BELIEVABLE = timedelta(days=400)
# A missed slot is shown only on its own day, so no search needs to start earlier.
MISSED_SEARCH = timedelta(days=2)


class ReminderMode(StrEnum):
    INTERVAL = "interval"  # every N minutes within the active hours
    FIXED = "fixed"  # at the listed times of day


class Answer(StrEnum):
    """What the user did with a reminder (the notifiers report these)."""

    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"
    OPEN = "open"  # clicked the notification itself: show the app, the choice is still open


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
    enabled: bool = True
    mode: ReminderMode = ReminderMode.INTERVAL
    interval_minutes: int = bounded(60, 5, 480)
    start: time = time(9, 0)
    end: time = time(17, 30)
    weekdays: frozenset[int] = frozenset(range(5))  # Monday = 0
    fixed_times: tuple[time, ...] = (time(10, 30), time(15, 0))
    snooze_minutes: int = bounded(10, 1, 120)

    def consistent(self) -> tuple[ReminderSettings, list[FieldProblem]]:
        """Checks across fields: active hours that end before they start fall back."""
        if self.end > self.start:
            return self, []
        default = ReminderSettings()
        fixed = replace(self, start=default.start, end=default.end)
        return fixed, [FieldProblem("end", Expected.TIME)]

    def slots_on(self, day: date, zone: ZoneInfo) -> list[datetime]:
        """Every reminder time on `day`, as aware datetimes in `zone`."""
        if not self.enabled or day.weekday() not in self.weekdays:
            return []
        if self.mode is ReminderMode.FIXED:
            clock_times = list(self.fixed_times)
        else:
            clock_times = []
            step = timedelta(minutes=self.interval_minutes)
            moment = datetime.combine(day, self.start) + step
            while moment.time() <= self.end and moment.date() == day:
                clock_times.append(moment.time())
                moment += step
        slots = [_localise(day, clock_time, zone) for clock_time in clock_times]
        # A skipped wall time can land on the next slot's instant: keep each once.
        return sorted(set(slots))

    def window_end(self, slot: datetime, zone: ZoneInfo) -> datetime:
        """Until when a missed reminder for `slot` may still be shown."""
        day_end = _localise(slot.astimezone(zone).date(), time(23, 59, 59), zone)
        if self.mode is ReminderMode.FIXED:
            return min(slot + FIXED_GRACE, day_end)
        return min(_localise(slot.astimezone(zone).date(), self.end, zone), day_end)


def _localise(day: date, clock_time: time, zone: ZoneInfo) -> datetime:
    """Wall time to an instant; a non-existent time moves forward past the jump."""
    naive = datetime.combine(day, clock_time)
    aware = naive.replace(tzinfo=zone, fold=0)
    # Round-tripping through UTC shows whether the wall time exists; if it does not,
    # fold=0 already gave the instant after the jump (e.g. 01:30 -> 02:30 BST).
    return aware.astimezone(ZoneInfo("UTC")).astimezone(zone)


@dataclass(frozen=True)
class Reminder:
    slot: datetime  # the time it was meant for
    missed: bool = False  # shown late (the computer slept, or the app was not running)


class Scheduler:
    """The reminder schedule's state (last slot dealt with, snooze, pause) and the rules.

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

    @property
    def settings(self) -> ReminderSettings:
        return self._settings()

    # -- persistence ------------------------------------------------------------------

    def to_mapping(self) -> dict[str, object]:
        def text(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {
            "last_handled": text(self.last_handled),
            "snoozed_until": text(self.snoozed_until),
            "paused_until": text(self.paused_until),
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

        def moment(name: str, ahead: timedelta) -> datetime | None:
            value = data.get(name)
            if not isinstance(value, str) or len(value) > 64:
                return None
            try:
                parsed = datetime.fromisoformat(value)
                if parsed.tzinfo is None or not now - BELIEVABLE <= parsed <= now + ahead:
                    return None
            except (ValueError, OverflowError):
                return None
            return parsed

        last = moment("last_handled", timedelta(days=1)) or now
        return cls(
            settings_source,
            zone,
            last,
            moment("snoozed_until", timedelta(days=1)),
            moment("paused_until", timedelta(days=LOOKAHEAD_DAYS + 1)),
        )

    # -- what is next -------------------------------------------------------------------

    def _slots_after(self, moment: datetime) -> list[datetime]:
        """Slots after `moment` over the next days, in order (a finite look-ahead)."""
        first = moment.astimezone(self.zone).date()
        slots: list[datetime] = []
        for offset in range(-1, LOOKAHEAD_DAYS + 1):
            slots += self.settings.slots_on(first + timedelta(days=offset), self.zone)
        return sorted(slot for slot in slots if slot > moment)

    def _paused(self, now: datetime) -> bool:
        return self.paused_until is not None and now < self.paused_until

    def next_due(self, now: datetime) -> datetime | None:
        """When the app should next call `due` (may be now or in the past: call it now)."""
        if not self.settings.enabled:
            return None
        candidates: list[datetime] = []
        if self.snoozed_until is not None and not self._paused(self.snoozed_until):
            candidates.append(self.snoozed_until)
        after = self.last_handled
        if self.paused_until is not None:  # slots inside a pause are never owed
            after = max(after, self.paused_until - timedelta(microseconds=1))
        upcoming = self._slots_after(after)
        if upcoming:
            candidates.append(upcoming[0])
        return min(candidates) if candidates else None

    def due(self, now: datetime) -> Reminder | None:
        """The one reminder to show now, if any; slots up to `now` are used up."""
        if not self.settings.enabled:
            self.last_handled = max(self.last_handled, now)
            return None
        pause_end = self.paused_until
        if pause_end is not None and now >= pause_end:
            self.paused_until = None  # the pause is over
        # After days away, only the last days' slots can still be shown.
        passed = [
            slot
            for slot in self._slots_after(max(self.last_handled, now - MISSED_SEARCH))
            if slot <= now and (pause_end is None or slot >= pause_end)
        ]
        self.last_handled = max(self.last_handled, now)
        if self._paused(now):
            self.snoozed_until = None
            return None
        snooze = self.snoozed_until
        if snooze is not None and snooze <= now:
            self.snoozed_until = None
            if now - snooze <= STALE_SNOOZE:
                return Reminder(snooze, now - snooze > MISSED_AFTER)
        if not passed:
            return None
        latest = passed[-1]
        late = now - latest > MISSED_AFTER
        if late and now > self.settings.window_end(latest, self.zone):
            return None  # its day window is over: drop it rather than remind at night
        return Reminder(latest, late)

    # -- what the user said ----------------------------------------------------------------

    def acknowledge(self, reminder: Reminder, answer: Answer, now: datetime) -> None:
        """The user answered: start, snooze or skip."""
        self.last_handled = max(self.last_handled, now)
        if answer is Answer.SNOOZE:
            self.snoozed_until = now + timedelta(minutes=self.settings.snooze_minutes)
        else:
            self.snoozed_until = None

    def pause(self, until: datetime) -> None:
        self.paused_until = until
        self.snoozed_until = None

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
