"""Sentences built from state: counts agree with their nouns, every phase has a title."""

from __future__ import annotations

from backstretch import wording
from backstretch.session import ExerciseResult, Phase, Side, Step, Summary


def test_counts_agree_with_their_nouns():
    assert wording.stretches(1) == "1 stretch"
    assert wording.stretches(3) == "3 stretches"
    assert wording.repetitions(1) == "1 repetition"
    assert wording.about_minutes(60) == "about 1 minute"
    assert wording.about_minutes(20) == "under a minute"
    assert wording.reminder_body(1, 120) == "1 gentle stretch, about 2 minutes."
    assert wording.reminder_body(3, 360) == "3 gentle stretches, about 6 minutes."


def test_every_phase_has_a_title():
    assert set(wording.PHASE_TITLES) == set(Phase)
    assert set(wording.SIDE_NAMES) == set(Side)


def test_then_says_how_long_every_next_step_lasts():
    stretch = Step(3, Phase.STRETCH, 0, "knee-rolls", 1, 10, Side.LEFT, 3.0)
    hold = Step(4, Phase.HOLD, 0, "knee-rolls", 1, 10, Side.LEFT, 4.0)
    rest = Step(2, Phase.REST, 0, "knee-rolls", 1, 10, Side.LEFT, 2.0)
    assert wording.then(stretch, rest, str) == "Then: Stretch to the left · 3 s"
    assert wording.then(hold, stretch, str) == "Then: Hold · 4 s"
    assert wording.then(None, hold, str) == "Next: finish"


def test_summary_totals_are_plain_about_what_they_count():
    summary = Summary(
        [ExerciseResult("a", 10, 10), ExerciseResult("b", 10, 1)], finished=True, seconds=65
    )
    assert wording.summary_totals(summary) == "2 stretches · 11 repetitions in all · 1 min 05 s"


def test_reminder_sentences_say_why_and_how_often():
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from backstretch import wording
    from backstretch.reminders import Hold

    assert wording.done_for_today(2) == "You have done your stretches twice today: well done"
    assert wording.done_for_today(1).endswith("once today: well done")
    assert wording.done_for_today(3).endswith("3 times today: well done")
    assert wording.waiting(Hold.FULL_SCREEN) == "Waiting until your full-screen window closes"
    assert wording.reminder_title(False, True) == "Welcome back — time for your stretches"
    now = datetime(2026, 11, 23, 16, 0, tzinfo=ZoneInfo("Europe/London"))
    tomorrow = now + timedelta(hours=19)
    assert wording.next_reminder(tomorrow, None, now, routines_today=2, resting=True) == (
        "You have done your stretches twice today: well done. Next reminder at 11:00 tomorrow"
    )
    assert wording.next_reminder(None, None, now, waiting_for=Hold.AWAY) == (
        "Waiting for you to come back"
    )
