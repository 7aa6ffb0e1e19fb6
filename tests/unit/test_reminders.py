"""The reminder schedule, driven by a wall clock the test controls."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backstretch.fields import read_section, section_mapping
from backstretch.reminders import Answer, ReminderMode, ReminderSettings, Scheduler, parse_times

LONDON = ZoneInfo("Europe/London")


def at(day: str, clock: str, zone: ZoneInfo = LONDON) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=zone)


def fresh(settings: ReminderSettings | None = None, now: datetime | None = None) -> Scheduler:
    chosen = settings or ReminderSettings()
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
    slots = ReminderSettings().slots_on(date(2026, 11, 23), LONDON)  # a Monday
    assert [s.strftime("%H:%M") for s in slots] == [f"{h:02d}:00" for h in range(10, 18)]


def test_no_reminders_on_days_off():
    assert ReminderSettings().slots_on(date(2026, 11, 28), LONDON) == []  # Saturday


def test_fixed_times_on_chosen_days():
    settings = ReminderSettings(mode=ReminderMode.FIXED, fixed_times=(time(10, 30), time(15, 0)))
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
    scheduler = fresh(ReminderSettings(enabled=False))
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
        expected += [s for s in ReminderSettings().slots_on(day, LONDON) if start < s <= end]
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
    settings = ReminderSettings(
        mode=ReminderMode.FIXED, fixed_times=(time(1, 30),), weekdays=frozenset(range(7))
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
        scheduler.to_mapping(), ReminderSettings, LONDON, at("2026-11-23", "10:01")
    )
    assert restored.to_mapping() == scheduler.to_mapping()


def test_unreadable_state_starts_fresh():
    now = at("2026-11-23", "10:01")
    restored = Scheduler.from_mapping({"last_handled": "yesterday"}, ReminderSettings, LONDON, now)
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
            "start": "25:00",
            "snooze_minutes": 9,
        },
    )
    assert bad == ReminderSettings(snooze_minutes=9)
    assert len(problems) == 4


def test_end_before_start_is_refused():
    read, _ = read_section(ReminderSettings, {"start": "18:00", "end": "08:00"})
    settings, problems = read.consistent()
    assert (settings.start, settings.end) == (time(9, 0), time(17, 30))
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
    scheduler = Scheduler.from_mapping(state, ReminderSettings, LONDON, now)
    assert scheduler.last_handled == now
    assert scheduler.paused_until is None and scheduler.snoozed_until is None
    assert scheduler.next_due(now) == at("2026-11-23", "10:00")
    assert scheduler.due(at("2026-11-23", "10:00")) is not None


def test_after_the_clock_went_back_an_answered_reminder_does_not_return():
    answered = at("2026-11-23", "10:00")
    state = {"last_handled": answered.isoformat()}
    earlier = answered - timedelta(minutes=30)  # the clock was set back after a restart
    scheduler = Scheduler.from_mapping(state, ReminderSettings, LONDON, earlier)
    assert scheduler.due(answered) is None
    assert scheduler.next_due(answered) == at("2026-11-23", "11:00")


@pytest.mark.parametrize("days_away", [1, 8, 9, 30, 300])
def test_after_days_away_the_reminder_due_at_wake_up_is_shown(days_away):
    left = at("2026-11-02", "17:00")
    back = left + timedelta(days=days_away, hours=-6, minutes=10)  # 11:10: active hours
    scheduler = Scheduler.from_mapping(
        {"last_handled": left.isoformat()}, ReminderSettings, LONDON, back
    )
    if back.weekday() >= 5:  # a weekend: no reminders on those days
        assert scheduler.due(back) is None
    else:
        reminder = scheduler.due(back)
        assert reminder is not None and reminder.missed and reminder.slot.date() == back.date()
