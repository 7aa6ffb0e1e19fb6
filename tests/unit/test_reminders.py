"""The reminder schedule, driven by a wall clock the test controls."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backstretch.fields import read_section, section_mapping
from backstretch.reminder_periods import Period, WeekPeriods
from backstretch.reminders import (
    DO_NOT_DISTURB,
    FIXED_GRACE,
    Answer,
    Dropped,
    Hold,
    Presence,
    ReminderMode,
    ReminderSettings,
    Scheduler,
    parse_times,
)

LONDON = ZoneInfo("Europe/London")
# The schedule earlier versions gave everyone, which their users keep: hourly within one
# span, on weekdays, with no daily limit.
HOURLY = ReminderSettings(
    interval_minutes=60,
    periods=WeekPeriods.every_day(Period(time(9, 0), time(17, 30))),
    weekdays=frozenset(range(5)),
    daily_limit=0,
)


def hourly() -> ReminderSettings:
    return HOURLY


def at(day: str, clock: str, zone: ZoneInfo = LONDON) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=zone)


def fresh(settings: ReminderSettings | None = None, now: datetime | None = None) -> Scheduler:
    chosen = settings or HOURLY
    return Scheduler(lambda: chosen, LONDON, now or at("2026-11-23", "08:00"))


def run(scheduler: Scheduler, until: datetime, action: Answer = Answer.SKIP) -> list:
    """Step the clock the way the app does: jump to next_due, call due, answer."""
    shown = []
    while (due := scheduler.next_due(scheduler.last_handled)) is not None and due <= until:
        now = max(due, scheduler.last_handled)
        reminder = scheduler.due(now)
        if reminder is not None:
            shown.append((now, reminder))
            scheduler.acknowledge(reminder, action, now)
        else:
            scheduler.last_handled = max(scheduler.last_handled, now + timedelta(seconds=1))
    return shown


def test_interval_slots_start_one_interval_into_the_active_hours():
    slots = HOURLY.slots_on(date(2026, 11, 23), LONDON)  # a Monday
    assert [s.strftime("%H:%M") for s in slots] == [f"{h:02d}:00" for h in range(10, 18)]


def test_no_reminders_on_days_off():
    assert HOURLY.slots_on(date(2026, 11, 28), LONDON) == []  # Saturday


def test_fixed_times_on_chosen_days():
    settings = replace(HOURLY, mode=ReminderMode.FIXED, fixed_times=(time(10, 30), time(15, 0)))
    slots = settings.slots_on(date(2026, 11, 24), LONDON)
    assert [s.strftime("%H:%M") for s in slots] == ["10:30", "15:00"]


def test_a_working_day_fires_each_slot_once_in_order():
    scheduler = fresh()
    shown = run(scheduler, at("2026-11-23", "23:00"))
    assert [r.slot.strftime("%H:%M") for _, r in shown] == [f"{h:02d}:00" for h in range(10, 18)]
    assert not any(r.missed for _, r in shown)


def test_due_is_idempotent():
    scheduler = fresh()
    now = at("2026-11-23", "10:00")
    assert scheduler.due(now) is not None
    assert scheduler.due(now) is None
    assert scheduler.next_due(now) == at("2026-11-23", "11:00")


def test_early_call_shows_nothing():
    scheduler = fresh()
    assert scheduler.due(at("2026-11-23", "09:59")) is None
    assert scheduler.next_due(at("2026-11-23", "09:59")) == at("2026-11-23", "10:00")


def test_snooze_brings_the_reminder_back():
    scheduler = fresh()
    reminder = scheduler.due(at("2026-11-23", "10:00"))
    scheduler.acknowledge(reminder, Answer.SNOOZE, at("2026-11-23", "10:00"))
    assert scheduler.next_due(at("2026-11-23", "10:00")) == at("2026-11-23", "10:10")
    again = scheduler.due(at("2026-11-23", "10:10"))
    assert again is not None and again.slot == at("2026-11-23", "10:10") and not again.missed
    scheduler.acknowledge(again, Answer.START, at("2026-11-23", "10:10"))
    assert scheduler.next_due(at("2026-11-23", "10:10")) == at("2026-11-23", "11:00")


def test_skip_moves_on_to_the_next_slot():
    scheduler = fresh()
    reminder = scheduler.due(at("2026-11-23", "10:00"))
    scheduler.acknowledge(reminder, Answer.SKIP, at("2026-11-23", "10:00"))
    assert scheduler.next_due(at("2026-11-23", "10:00")) == at("2026-11-23", "11:00")


@pytest.mark.parametrize(("minutes", "resumes"), [(30, "11:00"), (60, "12:00"), (90, "12:00")])
def test_pause_for_a_while(minutes, resumes):
    scheduler = fresh()
    now = at("2026-11-23", "10:05")
    scheduler.pause(now + timedelta(minutes=minutes))
    shown = run(scheduler, at("2026-11-23", "12:30"))
    assert shown[0][1].slot == at("2026-11-23", resumes)
    assert not shown[0][1].missed


def test_pause_until_tomorrow_and_resume():
    scheduler = fresh(now=at("2026-11-27", "08:00"))
    scheduler.pause_until_tomorrow(at("2026-11-27", "10:05"))  # a Friday
    assert scheduler.paused_until == at("2026-11-30", "00:00")  # Monday
    assert scheduler.next_due(at("2026-11-27", "10:05")) == at("2026-11-30", "10:00")
    scheduler.resume()
    assert scheduler.next_due(at("2026-11-27", "10:05")) == at("2026-11-27", "10:00")


def test_disabled_means_no_reminders():
    scheduler = fresh(replace(HOURLY, enabled=False))
    assert scheduler.next_due(at("2026-11-23", "08:00")) is None
    assert scheduler.due(at("2026-11-23", "12:00")) is None


def test_a_sleep_through_three_slots_gives_one_missed_reminder():
    scheduler = fresh()
    run(scheduler, at("2026-11-23", "10:30"))
    scheduler.last_handled = at("2026-11-23", "10:30")
    wake = at("2026-11-23", "13:20")  # slept 10:30 to 13:20 through 11, 12 and 13
    reminder = scheduler.due(wake)
    assert reminder is not None and reminder.missed and reminder.slot == at("2026-11-23", "13:00")
    assert scheduler.due(wake) is None  # no burst
    assert scheduler.next_due(wake) == at("2026-11-23", "14:00")


def test_a_missed_slot_is_dropped_after_the_active_hours():
    scheduler = fresh(now=at("2026-11-23", "16:30"))
    assert scheduler.due(at("2026-11-23", "21:00")) is None  # 17:00 passed unseen
    assert scheduler.next_due(at("2026-11-23", "21:00")) == at("2026-11-24", "10:00")


def month_in_london(start: datetime) -> tuple[list, list]:
    scheduler = fresh(now=start)
    shown = run(scheduler, start + timedelta(days=30))
    expected = []
    day = start.date()
    while day <= (start + timedelta(days=30)).date():
        end = start + timedelta(days=30)
        expected += [s for s in HOURLY.slots_on(day, LONDON) if start < s <= end]
        day += timedelta(days=1)
    return shown, expected


@pytest.mark.parametrize("start", [at("2026-10-12", "07:00"), at("2026-03-16", "07:00")])
def test_a_month_across_a_daylight_saving_change_fires_every_slot_exactly_once(start):
    shown, expected = month_in_london(start)
    slots = [reminder.slot for _, reminder in shown]
    assert slots == expected[: len(slots)] and len(slots) == len(expected)
    assert len(set(slots)) == len(slots)
    for now, reminder in shown:
        local = now.astimezone(LONDON)
        assert local.weekday() < 5 and time(9, 0) < local.time() <= time(17, 30)
        assert local.minute == 0 and not reminder.missed


def test_a_wall_time_skipped_in_spring_moves_forward_and_a_repeated_one_fires_once():
    settings = replace(
        HOURLY, mode=ReminderMode.FIXED, fixed_times=(time(1, 30),), weekdays=frozenset(range(7))
    )
    spring = settings.slots_on(date(2026, 3, 29), LONDON)
    assert [s.strftime("%H:%M %Z") for s in spring] == ["02:30 BST"]
    autumn = settings.slots_on(date(2026, 10, 25), LONDON)
    assert len(autumn) == 1 and autumn[0].strftime("%Z") == "BST"


def test_state_round_trip():
    scheduler = fresh()
    reminder = scheduler.due(at("2026-11-23", "10:00"))
    scheduler.acknowledge(reminder, Answer.SNOOZE, at("2026-11-23", "10:00"))
    scheduler.pause(at("2026-11-23", "12:00"))
    restored = Scheduler.from_mapping(
        scheduler.to_mapping(), hourly, LONDON, at("2026-11-23", "10:01")
    )
    assert restored.to_mapping() == scheduler.to_mapping()


def test_unreadable_state_starts_fresh():
    now = at("2026-11-23", "10:01")
    restored = Scheduler.from_mapping({"last_handled": "yesterday"}, hourly, LONDON, now)
    assert restored.last_handled == now and restored.snoozed_until is None


def test_settings_round_trip_and_bad_values_fall_back():
    settings = ReminderSettings(
        mode=ReminderMode.FIXED, weekdays=frozenset({0, 2}), snooze_minutes=5
    )
    again, problems = read_section(ReminderSettings, section_mapping(settings))
    assert again == settings and problems == []
    bad, problems = read_section(
        ReminderSettings,
        {
            "mode": "hourly",
            "interval_minutes": 0,
            "weekdays": [],
            "periods": [["09:00-08:00"]] * 7,
            "snooze_minutes": 9,
        },
    )
    assert bad == ReminderSettings(snooze_minutes=9)
    assert len(problems) == 4


def test_an_earlier_versions_span_that_ends_before_it_starts_is_refused():
    data, problems = ReminderSettings.upgrade({"start": "18:00", "end": "08:00"})
    settings, _ = read_section(ReminderSettings, data)
    assert settings.periods.on(0) == (Period(time(9, 0), time(17, 30)),)
    assert problems


def test_parse_times():
    assert parse_times("15:00, 10:30") == ((time(10, 30), time(15, 0)), None)
    assert parse_times("9.15 9h15")[0] == (time(9, 15),)
    times, bad_entry = parse_times("10:30, tea")
    assert times == () and bad_entry == "tea"


@pytest.mark.parametrize(
    "state",
    [
        {"last_handled": "0001-01-01T00:00:00+00:00"},
        {"paused_until": "9999-12-31T23:59:59+00:00"},
        {"snoozed_until": "9999-12-31T23:59:59+00:00", "last_handled": 12},
        {"last_handled": "2026-11-23T10:00:00"},  # no zone
        {"last_handled": "9" * 5000},
    ],
)
def test_a_hostile_state_file_starts_afresh_and_reminders_go_on(state):
    now = at("2026-11-23", "09:30")
    scheduler = Scheduler.from_mapping(state, hourly, LONDON, now)
    assert scheduler.last_handled == now
    assert scheduler.paused_until is None and scheduler.snoozed_until is None
    assert scheduler.next_due(now) == at("2026-11-23", "10:00")
    assert scheduler.due(at("2026-11-23", "10:00")) is not None


def test_after_the_clock_went_back_an_answered_reminder_does_not_return():
    answered = at("2026-11-23", "10:00")
    state = {"last_handled": answered.isoformat()}
    earlier = answered - timedelta(minutes=30)  # the clock was set back after a restart
    scheduler = Scheduler.from_mapping(state, hourly, LONDON, earlier)
    assert scheduler.due(answered) is None
    assert scheduler.next_due(answered) == at("2026-11-23", "11:00")


@pytest.mark.parametrize("days_away", [1, 8, 9, 30, 300])
def test_after_days_away_the_reminder_due_at_wake_up_is_shown(days_away):
    left = at("2026-11-02", "17:00")
    back = left + timedelta(days=days_away, hours=-6, minutes=10)  # 11:10: active hours
    scheduler = Scheduler.from_mapping({"last_handled": left.isoformat()}, hourly, LONDON, back)
    if back.weekday() >= 5:  # a weekend: no reminders on those days
        assert scheduler.due(back) is None
    else:
        reminder = scheduler.due(back)
        assert reminder is not None and reminder.missed and reminder.slot.date() == back.date()


# -- several periods, the healthy default, earlier users' schedules ----------------------

LUNCH = WeekPeriods.every_day(Period(time(9, 0), time(12, 0)), Period(time(13, 0), time(17, 30)))


def clocks(slots) -> list[str]:
    return [slot.astimezone(LONDON).strftime("%H:%M") for slot in slots]


def test_several_periods_a_day_each_count_from_their_own_start():
    settings = replace(HOURLY, periods=LUNCH)
    assert clocks(settings.slots_on(date(2026, 11, 23), LONDON)) == [
        "10:00", "11:00", "12:00", "14:00", "15:00", "16:00", "17:00",
    ]  # fmt: skip


def test_each_weekday_has_its_own_periods():
    short_friday = LUNCH.with_day(4, (Period(time(9, 0), time(13, 0)),))
    settings = replace(HOURLY, periods=short_friday)
    assert clocks(settings.slots_on(date(2026, 11, 27), LONDON)) == [
        "10:00", "11:00", "12:00", "13:00",
    ]  # fmt: skip
    assert len(settings.slots_on(date(2026, 11, 26), LONDON)) == 7


def test_new_users_are_asked_for_two_routines_a_day_every_day():
    settings = ReminderSettings()
    for offset in range(7):
        slots = settings.slots_on(date(2026, 11, 23) + timedelta(days=offset), LONDON)
        assert 2 <= len(slots) <= 3
    assert settings.daily_limit == 2
    assert clocks(settings.slots_on(date(2026, 11, 23), LONDON)) == ["11:00", "15:00", "17:00"]


def test_an_earlier_versions_file_keeps_its_schedule(tmp_path):
    import json

    from backstretch.settings import Settings

    # What earlier versions wrote for every user: all fields, their defaults included.
    earlier = {
        "enabled": True, "mode": "interval", "interval_minutes": 60, "start": "09:00",
        "end": "17:30", "weekdays": [0, 1, 2, 3, 4], "fixed_times": ["10:30", "15:00"],
        "snooze_minutes": 10,
    }  # fmt: skip
    (tmp_path / "settings.json").write_text(json.dumps({"reminders": earlier}))
    settings = Settings(tmp_path).load()
    assert settings.ignored == []
    assert settings.reminders.slots_on(date(2026, 11, 23), LONDON) == HOURLY.slots_on(
        date(2026, 11, 23), LONDON
    )
    assert settings.reminders.daily_limit == 0  # they had no limit, and have none now
    settings.save()
    saved = json.loads((tmp_path / "settings.json").read_text())["reminders"]
    assert saved["start"] == "09:00" and saved["end"] == "17:30"  # for the earlier version
    again = Settings(tmp_path).load()
    assert again.reminders == settings.reminders  # and it stays so


def test_the_settings_file_stores_only_what_the_user_chose(tmp_path):
    import json

    from backstretch.settings import Section, Settings

    settings = Settings(tmp_path).load()
    settings.set_section(Section.REMINDERS, replace(settings.reminders, snooze_minutes=15))
    settings.save()
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["reminders"] == {"snooze_minutes": 15}
    assert "routine" not in saved  # nothing chosen there
    # A choice stays written even when it later equals the default.
    settings.set_section(Section.REMINDERS, replace(settings.reminders, snooze_minutes=10))
    settings.save()
    assert json.loads((tmp_path / "settings.json").read_text())["reminders"] == {
        "snooze_minutes": 10
    }
    assert Settings(tmp_path).load().reminders == ReminderSettings()


def test_periods_are_typed_as_people_write_them():
    from backstretch.reminder_periods import parse_periods, periods_text

    periods, bad = parse_periods("13:00 - 17:30, 9:00–12:00")
    assert bad is None and periods_text(periods) == "09:00–12:00, 13:00–17:30"
    assert parse_periods("09:00-12:00, 11:00 to 14:00")[0] == (Period(time(9), time(14)),)
    assert parse_periods("") == ((), None)
    assert parse_periods("09:00-12:00, noon-13:00")[1] == "noon-13:00"
    assert parse_periods("12:00-09:00")[1] == "12:00-09:00"


# -- the daily limit ------------------------------------------------------------------------


def test_after_the_daily_limit_reminders_rest_until_tomorrow():
    scheduler = fresh(replace(HOURLY, daily_limit=2))
    now = at("2026-11-23", "08:00")
    for _ in range(2):
        now = scheduler.next_due(now)
        reminder = scheduler.due(now)
        assert reminder is not None
        scheduler.acknowledge(reminder, Answer.START, now)
        scheduler.routine_done(now + timedelta(minutes=6))
    done = at("2026-11-23", "11:12")  # 10:00 and 11:06, each done six minutes later
    assert scheduler.limit_reached(done) and scheduler.routines_today(done) == 2
    assert scheduler.next_due(done) == at("2026-11-24", "10:00")
    assert scheduler.due(at("2026-11-23", "15:00")) is None  # even if asked
    assert not scheduler.limit_reached(at("2026-11-24", "08:00"))


def test_a_routine_restarts_the_interval():
    scheduler = fresh()
    scheduler.routine_done(at("2026-11-23", "10:40"))
    assert scheduler.next_due(at("2026-11-23", "10:46")) == at("2026-11-23", "11:40")


# -- natural breaks -------------------------------------------------------------------------

AWAY = Presence(idle=timedelta(minutes=20))
HERE = Presence(idle=timedelta(seconds=3))


def test_interval_mode_time_away_restarts_the_interval():
    scheduler = fresh()
    assert scheduler.due(at("2026-11-23", "10:00"), AWAY) is None
    assert scheduler.waiting is not None and scheduler.waiting.reason is Hold.AWAY
    assert scheduler.next_due(at("2026-11-23", "10:00")) == at("2026-11-23", "10:00:10")
    assert scheduler.due(at("2026-11-23", "10:15"), Presence(idle=timedelta(minutes=35))) is None
    back = at("2026-11-23", "10:31")
    assert scheduler.due(back, Presence(idle=timedelta(minutes=1))) is None  # back: no reminder
    assert scheduler.waiting is None
    assert scheduler.next_due(back) == at("2026-11-23", "11:30")  # one interval after return
    assert (at("2026-11-23", "10:00"), Dropped.BREAK) in scheduler.dropped


def test_a_short_time_away_is_not_a_break():
    scheduler = fresh()
    assert scheduler.due(at("2026-11-23", "10:00"), Presence(idle=timedelta(minutes=4))) is not None


def test_without_natural_breaks_idle_time_is_ignored():
    scheduler = fresh(replace(HOURLY, natural_breaks=False))
    assert scheduler.due(at("2026-11-23", "10:00"), AWAY) is not None


def test_a_screen_locked_for_a_moment_is_not_a_break():
    scheduler = fresh()
    assert scheduler.due(at("2026-11-23", "10:00"), Presence(locked=True)) is None
    reminder = scheduler.due(at("2026-11-23", "10:01"), HERE)
    assert reminder is not None and not reminder.welcome_back and not reminder.missed


def test_a_sleep_of_the_computer_counts_as_a_break_and_nothing_pounces_on_waking():
    scheduler = fresh()
    scheduler.due(at("2026-11-23", "10:00"))
    scheduler.note_break(at("2026-11-23", "10:20"), at("2026-11-23", "11:30"))
    assert scheduler.due(at("2026-11-23", "11:30"), HERE) is None  # not the 11:00 one
    assert scheduler.next_due(at("2026-11-23", "11:30")) == at("2026-11-23", "12:30")
    assert (at("2026-11-23", "11:00"), Dropped.BREAK) in scheduler.dropped


def test_fixed_mode_back_from_lunch_gets_one_welcome_back():
    settings = replace(HOURLY, mode=ReminderMode.FIXED, fixed_times=(time(12, 30), time(13, 0)))
    scheduler = fresh(settings)
    shown = []
    moment = at("2026-11-23", "12:30")
    while moment < at("2026-11-23", "13:45"):
        away = moment < at("2026-11-23", "13:40")
        idle = moment - at("2026-11-23", "12:05") if away else timedelta(seconds=2)
        if scheduler.needs_look(moment):
            reminder = scheduler.due(moment, Presence(idle=idle))
            if reminder is not None:
                shown.append((moment, reminder))
                scheduler.acknowledge(reminder, Answer.SKIP, moment)
        moment += timedelta(seconds=5)
    assert len(shown) == 1
    when, reminder = shown[0]
    assert reminder.welcome_back and reminder.slot == at("2026-11-23", "13:00")
    assert at("2026-11-23", "13:40") <= when <= at("2026-11-23", "13:40:15")
    assert (at("2026-11-23", "12:30"), Dropped.SUPERSEDED) in scheduler.dropped


# -- do not disturb ---------------------------------------------------------------------------


def busy(*reasons: Hold, idle: timedelta = timedelta(seconds=1)) -> Presence:
    return Presence(idle=idle, busy=frozenset(reasons))


def test_a_full_screen_window_holds_the_reminder_until_it_closes():
    scheduler = fresh()
    assert scheduler.due(at("2026-11-23", "10:00"), busy(Hold.FULL_SCREEN, Hold.SYSTEM)) is None
    assert scheduler.waiting.reason is Hold.FULL_SCREEN
    assert scheduler.next_reminder(at("2026-11-23", "10:00")) is None
    assert scheduler.due(at("2026-11-23", "10:20"), busy(Hold.CAMERA)) is None
    assert scheduler.waiting.reason is Hold.CAMERA
    reminder = scheduler.due(at("2026-11-23", "10:40"), HERE)
    assert reminder is not None and reminder.slot == at("2026-11-23", "10:00")
    assert not reminder.missed  # it waited on purpose
    assert scheduler.due(at("2026-11-23", "10:40:10"), HERE) is None  # once


def test_a_reason_the_user_did_not_choose_does_not_hold():
    scheduler = fresh(replace(HOURLY, wait_for_camera=False))
    assert scheduler.due(at("2026-11-23", "10:00"), busy(Hold.CAMERA)) is not None


def test_a_video_call_without_input_is_not_time_away():
    scheduler = fresh()
    scheduler.due(at("2026-11-23", "10:00"), busy(Hold.CAMERA, idle=timedelta(minutes=30)))
    assert scheduler.waiting.reason is Hold.CAMERA


def test_a_reminder_that_waits_too_long_is_dropped_without_a_burst():
    scheduler = fresh(replace(HOURLY, longest_wait_minutes=30))
    moment = at("2026-11-23", "10:00")
    while moment < at("2026-11-23", "10:45"):
        assert scheduler.due(moment, busy(Hold.SYSTEM)) is None
        moment = scheduler.next_due(moment)
    assert scheduler.waiting is None
    assert (at("2026-11-23", "10:00"), Dropped.WAITED_TOO_LONG) in scheduler.dropped
    assert scheduler.next_due(moment) == at("2026-11-23", "11:00")
    assert scheduler.due(at("2026-11-23", "10:50"), HERE) is None  # nothing piled up


def test_a_waiting_reminder_stands_for_the_slots_that_pass_meanwhile():
    scheduler = fresh(replace(HOURLY, longest_wait_minutes=240))
    for moment in ("10:00", "10:30", "11:00", "11:30"):
        assert scheduler.due(at("2026-11-23", moment), busy(Hold.FULL_SCREEN)) is None
    reminder = scheduler.due(at("2026-11-23", "11:40"), HERE)
    assert reminder is not None and reminder.slot == at("2026-11-23", "11:00")
    assert scheduler.due(at("2026-11-23", "11:40:10"), HERE) is None


def test_the_waiting_state_survives_a_restart():
    scheduler = fresh()
    scheduler.due(at("2026-11-23", "10:00"), busy(Hold.FULL_SCREEN))
    scheduler.routine_done(at("2026-11-23", "09:00"))
    state = scheduler.to_mapping()
    restored = Scheduler.from_mapping(state, hourly, LONDON, at("2026-11-23", "10:01"))
    assert restored.to_mapping() == state
    assert restored.needs_look(at("2026-11-23", "10:01"))
    assert restored.due(at("2026-11-23", "10:01"), HERE) is not None


# -- simulated weeks ------------------------------------------------------------------------


class Week:
    """A week of a person at their desk: lunch away, coffee breaks, locks, full-screen
    videos and calls, drawn from a seeded random generator; `presence(t)` says what the
    system would say at t."""

    def __init__(self, start: datetime, seed: int) -> None:
        rng = random.Random(seed)
        self.away: list[tuple[datetime, datetime]] = []
        self.locked: list[tuple[datetime, datetime]] = []
        self.busy: list[tuple[datetime, datetime, Hold]] = []
        for offset in range(8):
            day = (start + timedelta(days=offset)).date().isoformat()

            def local(hour: float, day: str = day) -> datetime:
                return at(day, "00:00") + timedelta(minutes=round(hour * 60))

            lunch = local(12 + rng.random())
            self.away.append((lunch, lunch + timedelta(minutes=rng.randint(30, 80))))
            for _ in range(rng.randint(1, 4)):
                begin = local(rng.uniform(8, 18))
                self.away.append((begin, begin + timedelta(minutes=rng.randint(1, 25))))
            for _ in range(rng.randint(0, 2)):
                begin = local(rng.uniform(8, 18))
                self.locked.append((begin, begin + timedelta(minutes=rng.randint(2, 40))))
            for _ in range(rng.randint(1, 3)):
                begin = local(rng.uniform(8, 18))
                reason = rng.choice(DO_NOT_DISTURB)
                self.busy.append((begin, begin + timedelta(minutes=rng.randint(5, 100)), reason))

    def presence(self, now: datetime) -> Presence:
        idle = timedelta(seconds=2)
        for begin, end in self.away:
            if begin <= now < end:
                idle = max(idle, now - begin)
        locked = any(begin <= now < end for begin, end in self.locked)
        reasons = frozenset(reason for begin, end, reason in self.busy if begin <= now < end)
        return Presence(idle=idle, locked=locked, busy=reasons)


def simulate(settings: ReminderSettings, start: datetime, seed: int):
    """Drive the scheduler as the app does, for a week; answers drawn at random."""
    rng = random.Random(seed)
    week = Week(start, seed)
    scheduler = fresh(settings, now=start)
    shown: list[tuple[datetime, Presence, object]] = []
    done: list[datetime] = []
    dropped: list[tuple[datetime, Dropped]] = []
    now, end = start, start + timedelta(days=7)
    while True:
        due = scheduler.next_due(now)
        if due is None or due > end:
            break
        now = max(now, due)
        presence = week.presence(now)
        reminder = scheduler.due(now, presence)
        dropped += scheduler.dropped
        scheduler.dropped.clear()
        if reminder is None:
            continue
        shown.append((now, presence, reminder))
        answer = rng.choice([Answer.START, Answer.START, Answer.SKIP, Answer.SNOOZE])
        scheduler.acknowledge(reminder, answer, now)
        if answer is Answer.START:
            now += timedelta(minutes=6)
            scheduler.routine_done(now)
            done.append(now)
    return shown, done, dropped, scheduler


def inside_a_period(settings: ReminderSettings, moment: datetime) -> bool:
    local = moment.astimezone(LONDON)
    if local.weekday() not in settings.weekdays:
        return False
    if settings.mode is ReminderMode.FIXED:
        return any(
            timedelta(0) <= local - at(local.date().isoformat(), t.strftime("%H:%M")) <= FIXED_GRACE
            for t in settings.fixed_times
        )
    return any(p.start <= local.time() <= p.end for p in settings.periods.on(local.weekday()))


WEEKS = [at("2026-03-25", "06:00"), at("2026-10-21", "06:00"), at("2026-11-23", "06:00")]
SCHEDULES = {
    "default": ReminderSettings(),
    "hourly with lunch": replace(HOURLY, periods=LUNCH, daily_limit=3),
    "fixed": replace(
        ReminderSettings(),
        mode=ReminderMode.FIXED,
        fixed_times=(time(1, 30), time(10, 30), time(12, 30), time(15, 0)),
        daily_limit=0,
    ),
}


@pytest.mark.parametrize("start", WEEKS, ids=["spring DST", "autumn DST", "no change"])
@pytest.mark.parametrize("name", list(SCHEDULES))
@pytest.mark.parametrize("seed", range(6))
def test_a_simulated_week(start, name, seed):
    settings = SCHEDULES[name]
    shown, done, dropped, _ = simulate(settings, start, seed)
    assert shown, "a whole week without a reminder"
    regular = [(now, r) for now, _, r in shown if not r.snoozed]
    slots = [r.slot for _, r in regular]
    assert len(slots) == len(set(slots)), "a reminder was shown twice"
    assert not set(slots) & {slot for slot, _ in dropped}, "shown and dropped"
    for now, presence, reminder in shown:
        # None outside the periods, none during do-not-disturb or while away.
        assert inside_a_period(settings, now) or reminder.snoozed, now
        assert not settings.holds_for(presence.busy), (now, presence)
        assert not presence.away(settings), (now, presence)
    # No burst: two reminders are never closer than the snooze.
    moments = [now for now, _, _ in shown]
    gaps = [b - a for a, b in itertools.pairwise(moments)]
    assert min(gaps, default=timedelta(days=1)) >= timedelta(minutes=settings.snooze_minutes)
    # The daily limit: never more routines asked for than the limit, nothing after it.
    if settings.daily_limit:
        per_day: dict[date, int] = {}
        for moment in done:
            per_day[moment.astimezone(LONDON).date()] = (
                per_day.get(moment.astimezone(LONDON).date(), 0) + 1
            )
        assert max(per_day.values(), default=0) <= settings.daily_limit
        for now, _, _ in shown:
            day = now.astimezone(LONDON).date()
            before = [d for d in done if d.astimezone(LONDON).date() == day and d <= now]
            assert len(before) < settings.daily_limit
    if settings.mode is ReminderMode.FIXED:
        # The slots do not move: each one is shown exactly once or dropped with a reason.
        expected = []
        day = start.date()
        while day <= (start + timedelta(days=7)).date():
            expected += [
                s for s in settings.slots_on(day, LONDON) if start < s <= start + timedelta(days=7)
            ]
            day += timedelta(days=1)
        accounted = set(slots) | {slot for slot, _ in dropped}
        missing = [s for s in expected if s not in accounted and s < moments[-1]]
        assert missing == []
        assert any(r.welcome_back for r in [r for _, r in regular])


def test_a_snoozed_reminder_that_waits_keeps_as_long_as_a_snooze_does():
    scheduler = fresh()
    evening = at("2026-11-23", "19:00")  # outside every period
    scheduler.remind_at(evening)
    assert scheduler.due(evening, busy(Hold.FULL_SCREEN)) is None
    reminder = scheduler.due(evening + timedelta(minutes=20), HERE)
    assert reminder is not None and reminder.snoozed
