"""Progress numbers from a history with controlled dates and time zones."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backstretch.history import SessionRecord, StretchRecord, StretchStatus
from backstretch.progress import (
    PainPoint,
    Streaks,
    local_day,
    pain_trend,
    sessions_this_week,
    should_suggest_pause,
    streaks,
    total_stretches_done,
    weekly_counts,
)

LA = ZoneInfo("America/Los_Angeles")
AUCKLAND = ZoneInfo("Pacific/Auckland")
MONDAY = date(2024, 5, 6)
WEDNESDAY = date(2024, 5, 8)
_ids = itertools.count(1)


def session(
    local: str,
    zone: ZoneInfo = LA,
    finished: bool | None = True,
    pain: tuple[int | None, int | None] = (None, None),
    done: tuple[int, ...] = (3, 2),
) -> SessionRecord:
    """A session that started at `local` wall-clock time in `zone`, stored in UTC."""
    started = datetime.fromisoformat(local).replace(tzinfo=zone).astimezone(UTC)
    stretches = tuple(
        StretchRecord(f"stretch-{n}", n, 3, completed, StretchStatus.DONE)
        for n, completed in enumerate(done)
    )
    return SessionRecord(
        id=next(_ids),
        started_at=started,
        ended_at=None if finished is None else started + timedelta(minutes=10),
        finished=finished,
        settings={},
        pain_before=pain[0],
        pain_after=pain[1],
        stretches=stretches,
    )


def test_a_session_late_in_the_evening_belongs_to_that_local_day():
    late = session("2024-05-06 23:30", LA)
    assert late.started_at.date() == date(2024, 5, 7)  # already the next day in UTC
    after_midnight = session("2024-05-07 00:10", LA)
    assert local_day(late.started_at, LA) == date(2024, 5, 6)
    assert local_day(after_midnight.started_at, LA) == date(2024, 5, 7)
    # Two local days in a row, although both are May 7 in UTC.
    assert streaks([late, after_midnight], date(2024, 5, 7), LA) == Streaks(current=2, best=2)


def test_a_morning_in_auckland_is_that_day_although_utc_is_still_the_day_before():
    morning = session("2024-05-07 08:00", AUCKLAND)
    assert morning.started_at.date() == date(2024, 5, 6)
    assert local_day(morning.started_at, AUCKLAND) == date(2024, 5, 7)
    # The same record read in another zone falls on another day.
    assert local_day(morning.started_at, LA) == date(2024, 5, 6)


def test_the_streak_goes_on_while_today_has_no_routine_yet():
    history = [
        session("2024-05-01 08:00"),
        session("2024-05-02 08:00"),
        session("2024-05-03 21:00"),
        # May 4: nothing
        session("2024-05-05 08:00"),
        session("2024-05-06 23:30"),  # UTC already May 7
    ]
    assert streaks(history, date(2024, 5, 7), LA) == Streaks(current=2, best=3)
    history.append(session("2024-05-07 07:00"))
    assert streaks(history, date(2024, 5, 7), LA) == Streaks(current=3, best=3)
    # A whole day missed breaks it.
    assert streaks(history, date(2024, 5, 9), LA) == Streaks(current=0, best=3)


def test_best_streak_is_the_longest_run_and_several_routines_a_day_count_once():
    history = [
        session("2024-04-01 08:00"),
        session("2024-04-01 18:00"),
        session("2024-04-02 08:00"),
        session("2024-04-03 08:00"),
        session("2024-04-04 08:00"),
        session("2024-04-10 08:00"),
    ]
    assert streaks(history, date(2024, 4, 11), LA) == Streaks(current=1, best=4)
    assert streaks([], date(2024, 4, 11), LA) == Streaks(current=0, best=0)


def test_stopped_and_interrupted_routines_do_not_make_a_streak():
    history = [
        session("2024-05-05 08:00"),
        session("2024-05-06 08:00", finished=False),
        session("2024-05-07 08:00", finished=None),  # the app was killed mid-routine
    ]
    assert streaks(history, date(2024, 5, 7), LA) == Streaks(current=0, best=1)
    assert sessions_this_week(history, date(2024, 5, 7), LA) == 0
    assert weekly_counts(history, date(2024, 5, 7), LA, weeks=2) == [
        (date(2024, 4, 29), 1),  # Sunday May 5 closes the week before
        (date(2024, 5, 6), 0),
    ]


def test_the_week_starts_on_monday_in_local_time():
    history = [
        session("2024-05-05 23:30"),  # Sunday evening locally, Monday in UTC
        session("2024-05-06 00:10"),  # Monday
        session("2024-05-08 09:00"),  # Wednesday
        session("2024-05-12 20:00"),  # Sunday, the last day of the same week
        session("2024-05-13 06:00"),  # next Monday
    ]
    assert sessions_this_week(history, WEDNESDAY, LA) == 3
    assert sessions_this_week(history, MONDAY, LA) == 3
    assert sessions_this_week(history, date(2024, 5, 5), LA) == 1


def test_weekly_counts_are_per_monday_with_the_current_week_last():
    history = [
        session("2024-04-22 08:00"),
        session("2024-04-28 22:00"),  # Sunday: still the week of April 22
        session("2024-05-06 08:00"),
        session("2024-05-07 08:00"),
    ]
    assert weekly_counts(history, WEDNESDAY, LA, weeks=3) == [
        (date(2024, 4, 22), 2),
        (date(2024, 4, 29), 0),
        (date(2024, 5, 6), 2),
    ]
    assert weekly_counts(history, WEDNESDAY, LA, weeks=0) == []


def test_totals_count_every_session_including_stopped_ones():
    history = [
        session("2024-05-06 08:00", done=(3, 2)),
        session("2024-05-07 08:00", finished=False, done=(1, 0)),
    ]
    assert total_stretches_done(history) == 3
    assert total_stretches_done([]) == 0


def test_pain_trend_lists_rated_sessions_oldest_first():
    history = [
        session("2024-05-07 08:00", pain=(5, 3)),
        session("2024-05-05 23:30", pain=(6, None)),  # Monday in UTC, Sunday locally
        session("2024-05-06 08:00"),  # not rated
        session("2024-05-06 18:00", pain=(None, 4), finished=False),
    ]
    assert pain_trend(history, LA) == [
        PainPoint(date(2024, 5, 5), 6, None),
        PainPoint(date(2024, 5, 6), None, 4),
        PainPoint(date(2024, 5, 7), 5, 3),
    ]


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        ([(2, 4), (3, 5)], True),  # two in a row, each exactly +2
        ([(2, 4), (3, 4)], False),  # the latest rose by only 1
        ([(3, 5)], False),  # one session is not a pattern
        ([(2, 6), (3, 6), (4, 4)], False),  # the latest pair is not both worse
        ([(4, 4), (2, 6), (3, 6)], True),  # an older better session does not matter
        ([(2, 6), (None, None), (5, None), (3, 6)], True),  # partly rated ones are skipped
        ([(2, 6), (4, 3), (3, 6)], False),  # a fully rated better session breaks the run
        ([], False),
    ],
)
def test_should_suggest_pause_needs_two_consecutive_rated_sessions_worse_by_two(ratings, expected):
    history = [
        session(f"2024-05-{day:02d} 08:00", pain=pain) for day, pain in enumerate(ratings, start=1)
    ]
    assert should_suggest_pause(history) is expected
    assert should_suggest_pause(list(reversed(history))) is expected  # order of input is free


def test_a_routine_skipped_through_counts_toward_neither_streak_nor_week():
    skipped = session("2024-05-08 10:00", done=(0, 0))
    assert skipped.finished and not skipped.kept_up
    assert sessions_this_week([skipped], WEDNESDAY, LA) == 0
    assert streaks([skipped], WEDNESDAY, LA).current == 0
    kept = session("2024-05-08 11:00", done=(1, 0))
    assert sessions_this_week([skipped, kept], WEDNESDAY, LA) == 1
    assert streaks([skipped, kept], WEDNESDAY, LA).current == 1
