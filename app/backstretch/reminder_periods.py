"""Active periods: the parts of each weekday when interval reminders may come.

A day may have several periods (09:00-12:00 and 13:00-17:30, with lunch between), and
each weekday its own. They are written in the settings file as one list per weekday,
Monday first, of "HH:MM-HH:MM" strings, and typed by the user the same way. Pure Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from backstretch.fields import Expected, clock_text, parse_clock_time

DAYS = 7
MAX_PERIODS = 8  # per day: more is not a working day but a typing accident
_SEPARATOR = re.compile(r"\s*(?:-|–|—|to)\s*")


@dataclass(frozen=True, order=True)
class Period:
    """A stretch of the day in which reminders may come."""

    start: time
    end: time  # after start; the last reminder may fall on it

    def text(self) -> str:
        return f"{clock_text(self.start)}–{clock_text(self.end)}"


def parse_period(text: str) -> Period | None:
    """'09:00-12:00' (or with an en dash, or 'to') as a period; None if it is not one."""
    parts = _SEPARATOR.split(text.strip())
    if len(parts) != 2:
        return None
    start, end = parse_clock_time(parts[0]), parse_clock_time(parts[1])
    if start is None or end is None or end <= start:
        return None
    return Period(start, end)


def _merged(periods: list[Period]) -> tuple[Period, ...]:
    """In order, with overlapping or touching periods joined."""
    result: list[Period] = []
    for period in sorted(periods):
        if result and period.start <= result[-1].end:
            last = result.pop()
            period = Period(last.start, max(last.end, period.end))
        result.append(period)
    return tuple(result)


def parse_periods(text: str) -> tuple[tuple[Period, ...], str | None]:
    """'09:00-12:00, 13:00-17:30' -> the periods, and the first entry that is not one.

    An empty text is a day without interval reminders."""
    found: list[Period] = []
    for part in re.split(r"[,;]+", text):
        if not part.strip():
            continue
        period = parse_period(part)
        if period is None:
            return (), part.strip()
        found.append(period)
    if len(found) > MAX_PERIODS:
        return (), text.strip()
    return _merged(found), None


def periods_text(periods: tuple[Period, ...]) -> str:
    return ", ".join(period.text() for period in periods)


@dataclass(frozen=True)
class WeekPeriods:
    """The active periods of each weekday, Monday first."""

    days: tuple[tuple[Period, ...], ...]

    EXPECTED = Expected.PERIODS  # what the settings reader says of a bad value

    @classmethod
    def every_day(cls, *periods: Period) -> WeekPeriods:
        return cls((_merged(list(periods)),) * DAYS)

    def on(self, weekday: int) -> tuple[Period, ...]:
        return self.days[weekday]

    def with_day(self, weekday: int, periods: tuple[Period, ...]) -> WeekPeriods:
        days = list(self.days)
        days[weekday] = _merged(list(periods))
        return WeekPeriods(tuple(days))

    # -- the settings file -----------------------------------------------------------

    @classmethod
    def from_setting(cls, value: object) -> WeekPeriods | None:
        """Seven lists of 'HH:MM-HH:MM'; None if the value is anything else."""
        if not isinstance(value, list) or len(value) != DAYS:
            return None
        days = []
        for day in value:
            if not isinstance(day, list) or len(day) > MAX_PERIODS:
                return None
            periods = []
            for item in day:
                period = parse_period(item) if isinstance(item, str) and len(item) < 40 else None
                if period is None:
                    return None
                periods.append(period)
            days.append(_merged(periods))
        return cls(tuple(days))

    def to_setting(self) -> list[list[str]]:
        return [[f"{clock_text(p.start)}-{clock_text(p.end)}" for p in day] for day in self.days]


# Mornings and afternoons, with an hour for lunch.
WORKING_DAY = WeekPeriods.every_day(
    Period(time(9, 0), time(12, 0)), Period(time(13, 0), time(17, 30))
)
