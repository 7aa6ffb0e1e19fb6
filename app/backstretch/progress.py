"""The numbers behind the progress view, computed from the session history.

Pure functions of the records, the local date and the local time zone: no clock, no
database, no Qt. History times are stored in UTC; a session belongs to the local day on
which it started in `zone` (23:30 local is that day, whatever the UTC date).

Only routines that ran to the end with at least one repetition done count towards
streaks and session counts (one skipped through is not praised); a stopped or
interrupted routine still counts towards stretches and repetitions done.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from backstretch.history import SessionRecord

ONE_DAY = timedelta(days=1)

# Pain after a session this many points above pain before it counts as "worse".
PAIN_RISE = 2


@dataclass(frozen=True)
class Streaks:
    current: int  # days in a row up to today (or yesterday, while today is still open)
    best: int  # the longest run of days ever


@dataclass(frozen=True)
class PainPoint:
    day: date  # local day the session started
    before: int | None
    after: int | None


def local_day(moment: datetime, zone: tzinfo) -> date:
    return moment.astimezone(zone).date()


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def _finished_days(records: Iterable[SessionRecord], zone: tzinfo) -> Counter[date]:
    return Counter(local_day(record.started_at, zone) for record in records if record.kept_up)


def streaks(records: Iterable[SessionRecord], today: date, zone: tzinfo) -> Streaks:
    """Runs of consecutive days with at least one finished routine.

    The current streak counts back from today, or from yesterday if today has no
    finished routine yet: a streak is not broken until the day is over.
    """
    days = set(_finished_days(records, zone))
    current = 0
    day = today if today in days else today - ONE_DAY
    while day in days:
        current += 1
        day -= ONE_DAY
    best = 0
    for day in days:
        if day - ONE_DAY in days:
            continue  # not the first day of a run; its run is counted from that start
        length = 1
        while day + length * ONE_DAY in days:
            length += 1
        best = max(best, length)
    return Streaks(current, best)


def sessions_this_week(records: Iterable[SessionRecord], today: date, zone: tzinfo) -> int:
    """Finished routines in the week (Monday to Sunday) holding `today`."""
    monday = week_start(today)
    days = _finished_days(records, zone)
    return sum(count for day, count in days.items() if monday <= day < monday + 7 * ONE_DAY)


def total_stretches_done(records: Iterable[SessionRecord]) -> int:
    """Stretches with at least one completed repetition, over all sessions."""
    return sum(record.stretches_done for record in records)


def weekly_counts(
    records: Iterable[SessionRecord], today: date, zone: tzinfo, weeks: int
) -> list[tuple[date, int]]:
    """Finished routines per week for the last `weeks` weeks, the current one last.

    Each week is given by its Monday; the current week runs to its Sunday, so it can
    still grow.
    """
    if weeks < 0:
        raise ValueError(f"weeks cannot be negative: {weeks}")
    per_week: Counter[date] = Counter()
    for day, count in _finished_days(records, zone).items():
        per_week[week_start(day)] += count
    this_monday = week_start(today)
    mondays = [this_monday - 7 * n * ONE_DAY for n in reversed(range(weeks))]
    return [(monday, per_week[monday]) for monday in mondays]


def pain_trend(records: Iterable[SessionRecord], zone: tzinfo) -> list[PainPoint]:
    """Sessions with a pain rating before or after (or both), oldest first."""
    rated = [
        record
        for record in records
        if record.pain_before is not None or record.pain_after is not None
    ]
    rated.sort(key=lambda record: record.started_at)
    return [
        PainPoint(local_day(record.started_at, zone), record.pain_before, record.pain_after)
        for record in rated
    ]


def should_suggest_pause(records: Sequence[SessionRecord]) -> bool:
    """True when pain rose by PAIN_RISE or more on two rated sessions in a row.

    "In a row" means the two most recent sessions rated both before and after: sessions
    with one rating or none in between are ignored, neither breaking nor extending the
    run. Fewer than two such sessions never suggest a pause.
    """
    fully_rated = sorted(
        (
            record
            for record in records
            if record.pain_before is not None and record.pain_after is not None
        ),
        key=lambda record: record.started_at,
    )
    latest = fully_rated[-2:]
    return len(latest) == 2 and all(_pain_rose(record) for record in latest)


def _pain_rose(record: SessionRecord) -> bool:
    before, after = record.pain_before, record.pain_after
    return before is not None and after is not None and after >= before + PAIN_RISE
