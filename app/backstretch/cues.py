"""What the session sounds like: which cue each phase change plays, when the countdown
ticks, and the words a voice says. Pure Python, driven by the session state, so the
timing follows the session clock (pauses, skips, --speed) and tests need no sound card.
"""

from __future__ import annotations

from collections.abc import Callable

from backstretch.content import Exercise
from backstretch.session import Phase, SessionState, Step

# The sound files in assets/sounds/ are named after these.
CUE_NAMES = ("get_ready", "stretch", "hold", "release", "rest", "next", "done", "tick")
TICK = "tick"
DONE = "done"
TICK_SECONDS = (3, 2, 1)  # seconds left in a hold at which a tick (or a number) sounds
NUMBER_WORDS = {3: "three", 2: "two", 1: "one"}
LATE_TICK_SECONDS = 0.25  # a tick this late still sounds; later, it would mislead


def entry_cue(state: SessionState) -> str | None:
    """The cue for arriving at this state's step (or the end of the routine)."""
    if state.finished:
        return DONE
    if state.stopped or state.step is None:
        return None
    return state.step.phase.value


def tick_marks(step: Step | None) -> tuple[int, ...]:
    """Seconds-left values at which this step ticks: the last three of a hold."""
    if step is None or step.phase is not Phase.HOLD:
        return ()
    return tuple(mark for mark in TICK_SECONDS if mark < step.duration)


def next_tick(state: SessionState, below: int | None = None) -> tuple[int, float] | None:
    """The next tick to come in this step: (its mark, session seconds until it).

    `below` is the last mark already ticked in this step, so each sounds once. A mark
    passed more than a moment ago (a late wake-up, a skip into the hold) is left out
    rather than played late.
    """
    for mark in tick_marks(state.step):
        if below is not None and mark >= below:
            continue
        wait = state.remaining - mark
        if wait > -LATE_TICK_SECONDS:
            return mark, max(0.0, wait)
    return None


def _side_words(step: Step) -> str:
    return f", {step.side} side" if step.side else ""


def spoken_text(state: SessionState, exercise_for: Callable[[str], Exercise]) -> str:
    """What a voice says on arriving at this step: from the content files, so a new
    stretch speaks without code."""
    if state.finished:
        return "Well done. That is the end of the routine."
    step = state.step
    if step is None or state.stopped:
        return ""
    exercise = exercise_for(step.exercise_id)
    instruction = exercise.instruction(step.phase.value, step.side)
    if step.phase is Phase.NEXT:
        return f"Next: {exercise.title}."
    if step.phase is Phase.GET_READY:
        return f"{exercise.title}. Get ready. {instruction}"
    if step.phase is Phase.STRETCH:
        where = f"repetition {step.repetition} of {step.repetitions}{_side_words(step)}"
        return f"{exercise.title}, {where}. {instruction}"
    if step.phase is Phase.HOLD:
        return f"Hold. {instruction}"
    if step.phase is Phase.RELEASE:
        return f"Release. {instruction}"
    return f"Rest. {instruction}"
