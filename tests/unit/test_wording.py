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


TIPS = ("Go gently.", "Keep your back still.", "Keep the pillow in place.")


def rest_after(repetition: int, side: Side | None) -> Step:
    return Step(9, Phase.REST, 0, "knee-rolls", repetition, 10, side, 2.0)


def test_a_tip_shows_while_getting_ready_and_a_new_one_at_each_rest():
    ready = Step(1, Phase.GET_READY, 0, "knee-rolls", 0, 10, None, 5.0)
    assert wording.tip(TIPS, ready) == "Tip: Go gently."
    # Each rest shows the next tip, round and round.
    shown = [wording.tip(TIPS, rest_after(n, None)) for n in (1, 2, 3)]
    assert shown == [
        "Tip: Keep your back still.",
        "Tip: Keep the pillow in place.",
        "Tip: Go gently.",
    ]
    # A sided stretch rests after each side: each of those rests moves on by one.
    sided = [wording.tip(TIPS, rest_after(n, s)) for n in (1, 2) for s in (Side.LEFT, Side.RIGHT)]
    assert sided == [
        "Tip: Keep your back still.",
        "Tip: Keep the pillow in place.",
        "Tip: Go gently.",
        "Tip: Keep your back still.",
    ]


def test_no_tip_while_moving_or_holding_or_when_there_is_none():
    for phase in (Phase.STRETCH, Phase.HOLD, Phase.RELEASE):
        assert wording.tip(TIPS, Step(3, phase, 0, "knee-rolls", 1, 10, Side.LEFT, 3.0)) == ""
    assert wording.tip((), rest_after(1, None)) == ""


def test_summary_totals_are_plain_about_what_they_count():
    summary = Summary(
        [ExerciseResult("a", 10, 10), ExerciseResult("b", 10, 1)], finished=True, seconds=65
    )
    assert wording.summary_totals(summary) == "2 stretches · 11 repetitions in all · 1 min 05 s"


def test_a_routine_skipped_through_is_neither_praised_nor_called_done():
    skipped = Summary([ExerciseResult("a", 10, 0), ExerciseResult("b", 8, 0)], True, 12)
    assert not skipped.kept_up
    assert wording.summary_headline(skipped) == "Routine skipped through"
    assert wording.summary_totals(skipped) == "No repetitions done · 12 s"
    assert "does not count" in wording.summary_encouragement(skipped)
    done = Summary([ExerciseResult("a", 10, 1)], True, 30)
    assert done.kept_up and wording.summary_headline(done) == "Well done!"
    stopped = Summary([ExerciseResult("a", 10, 4)], False, 30)
    assert wording.summary_headline(stopped) == "Routine stopped"
    assert wording.summary_line("Knee rolls", 4, 10) == "Knee rolls: 4 of 10 repetitions"


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
