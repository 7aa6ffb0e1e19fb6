"""The session plan and machine, driven by a clock the test controls."""

from __future__ import annotations

import pytest

from backstretch.session import Phase, SessionMachine, StretchTiming, build_plan

HEEL = StretchTiming("bottom-to-heel", 10, False, move=3, hold=5, release=3, rest=3)
ROLLS = StretchTiming("knee-rolls", 10, True, move=3, hold=4, release=3, rest=2)
EXT = StretchTiming("back-extensions", 10, False, move=3, hold=5, release=3, rest=3)
START = 500.0


def phases(plan, exercise_id=None):
    return [s.phase for s in plan.steps if exercise_id in (None, s.exercise_id)]


def test_single_stretch_plan_has_get_ready_then_repetitions_in_order():
    plan = build_plan([HEEL], lead_in=5, transition=5)
    kinds = phases(plan)
    assert kinds[0] is Phase.GET_READY
    body = kinds[1:]
    cycle = [Phase.STRETCH, Phase.HOLD, Phase.RELEASE, Phase.REST]
    assert body == cycle * 9 + cycle[:3]  # no rest after the very last release
    assert sum(1 for s in plan.steps if s.phase is Phase.HOLD) == 10
    assert plan.total == pytest.approx(5 + 10 * 14 - 3)


def test_knee_rolls_alternate_sides_within_each_repetition():
    plan = build_plan([ROLLS])
    holds = [(s.repetition, s.side) for s in plan.steps if s.phase is Phase.HOLD]
    assert holds[:4] == [(1, "left"), (1, "right"), (2, "left"), (2, "right")]
    assert len(holds) == 20
    ends = [s for s in plan.steps if s.ends_repetition]
    assert [s.side for s in ends] == ["right"] * 10


def test_routine_has_transitions_between_stretches():
    plan = build_plan([HEEL, ROLLS, EXT], lead_in=5, transition=4)
    nexts = [s for s in plan.steps if s.phase is Phase.NEXT]
    assert [s.exercise_id for s in nexts] == ["knee-rolls", "back-extensions"]
    assert all(s.duration == 4 for s in nexts)
    assert plan.exercise_ids == ("bottom-to-heel", "knee-rolls", "back-extensions")
    assert [s.index for s in plan.steps] == list(range(len(plan.steps)))


def test_zero_lead_in_and_transition_are_left_out():
    plan = build_plan([HEEL, EXT], lead_in=0, transition=0)
    assert Phase.GET_READY not in phases(plan) and Phase.NEXT not in phases(plan)


def test_state_follows_the_clock_through_every_step():
    plan = build_plan([HEEL, ROLLS, EXT])
    machine = SessionMachine(plan, START)
    for step, offset in zip(plan.steps, plan.offsets, strict=False):
        state = machine.state(START + offset + step.duration / 2)
        assert state.step == step
        assert state.remaining == pytest.approx(step.duration / 2)
        assert state.planned_start == pytest.approx(START + offset)
    assert machine.state(START + plan.total).finished
    summary = machine.summary(START + plan.total)
    assert summary.finished
    assert [r.completed for r in summary.results] == [10, 10, 10]
    assert machine.summary(START + plan.total + 60).seconds == pytest.approx(plan.total)


def test_deadlines_are_exact_and_chain_from_the_plan():
    plan = build_plan([HEEL])
    machine = SessionMachine(plan, START)
    now = START
    seen = []
    while (deadline := machine.next_deadline(now)) is not None:
        seen.append(deadline)
        now = deadline  # wake exactly on time
        machine.state(now)
    assert seen == pytest.approx([START + o for o in plan.offsets[1:]])


def test_a_late_wake_lands_in_the_right_phase():
    plan = build_plan([HEEL])
    machine = SessionMachine(plan, START)
    # Sleep through get ready, stretch and most of the first hold.
    late = START + 5 + 3 + 4.5
    state = machine.state(late)
    assert state.step.phase is Phase.HOLD and state.step.repetition == 1
    assert state.remaining == pytest.approx(0.5)
    # Steps passed while asleep still count as done.
    assert machine.completed(0) and machine.completed(1)


def test_pause_freezes_time_and_resume_shifts_deadlines():
    plan = build_plan([HEEL])
    machine = SessionMachine(plan, START)
    machine.pause(START + 2)
    assert machine.next_deadline(START + 100) is None
    frozen = machine.state(START + 100)
    assert frozen.paused and frozen.elapsed == pytest.approx(2)
    machine.resume(START + 100)
    assert machine.next_deadline(START + 100) == pytest.approx(START + 103)
    assert machine.state(START + 103.5).step.phase is Phase.STRETCH


def test_skip_starts_the_next_step_now():
    plan = build_plan([HEEL])
    machine = SessionMachine(plan, START)
    machine.skip(START + 1)
    state = machine.state(START + 1)
    assert state.step.phase is Phase.STRETCH and state.elapsed == 0
    assert not machine.completed(0)  # skipped, not done
    assert machine.next_deadline(START + 1) == pytest.approx(START + 4)


def test_back_restarts_the_step_or_goes_to_the_previous_one():
    plan = build_plan([HEEL])
    machine = SessionMachine(plan, START)
    machine.state(START + 5 + 3 + 3)  # in hold, 3 s in
    machine.back(START + 11)
    state = machine.state(START + 11)
    assert state.step.phase is Phase.HOLD and state.elapsed == 0
    machine.back(START + 11.5)  # just restarted: go one further back
    assert machine.state(START + 11.5).step.phase is Phase.STRETCH
    first = SessionMachine(plan, START)
    first.back(START)
    assert first.state(START).index == 0


def test_skip_exercise_goes_to_the_next_stretch_and_then_the_end():
    plan = build_plan([HEEL, ROLLS])
    machine = SessionMachine(plan, START)
    machine.skip_exercise(START + 1)
    state = machine.state(START + 1)
    assert state.step.exercise_id == "knee-rolls" and state.step.phase is Phase.NEXT
    machine.skip_exercise(START + 2)
    assert machine.state(START + 2).finished
    assert not machine.summary(START + 2).results[1].completed


def test_stop_ends_the_session_and_keeps_what_was_done():
    plan = build_plan([HEEL])
    machine = SessionMachine(plan, START)
    after_two = START + 5 + 14 * 2 + 1
    machine.stop(after_two)
    state = machine.state(after_two + 50)
    assert state.stopped
    summary = machine.summary(after_two + 50)
    assert not summary.finished and summary.repetitions_done == 2
    assert summary.seconds == pytest.approx(after_two - START)


def test_pause_and_skip_while_paused_stays_paused():
    plan = build_plan([HEEL])
    machine = SessionMachine(plan, START)
    machine.pause(START + 1)
    machine.skip(START + 20)
    state = machine.state(START + 30)
    assert state.paused and state.step.phase is Phase.STRETCH and state.elapsed == 0
    machine.resume(START + 40)
    assert machine.state(START + 41).elapsed == pytest.approx(1)


def test_a_full_routine_with_random_wakes_never_goes_backwards():
    import random

    rng = random.Random(7)
    plan = build_plan([HEEL, ROLLS, EXT])
    machine = SessionMachine(plan, START)
    now, last = START, -1
    while not (state := machine.state(now)).finished:
        assert state.index >= last
        last = state.index
        now += rng.uniform(0, 2.5)
    assert machine.summary(now).repetitions_done == 30


def test_empty_plan_is_refused():
    with pytest.raises(ValueError):
        SessionMachine(build_plan([]), START)
