"""What the session sounds like: which cue each phase change plays, when the countdown
ticks, and the words a voice says. Pure Python, driven by the session state, so the
timing follows the session clock (pauses, skips, --speed) and tests need no sound card.
"""

from __future__ import annotations

from collections.abc import Callable

from backstretch import wording
from backstretch.content import Exercise
from backstretch.session import Phase, SessionState, Step

TICK = "tick"
# Each phase's cue, and the countdown tick: the sound files in assets/sounds/ are
# named after these.
PHASE_CUES: dict[Phase, str] = {phase: phase.value for phase in Phase}
CUE_NAMES = (*PHASE_CUES.values(), TICK)
DONE = PHASE_CUES[Phase.DONE]
TICK_SECONDS = (3, 2, 1)  # seconds left in a hold at which a tick (or a number) sounds
LATE_TICK_SECONDS = 0.25  # a tick this late still sounds; later, it would mislead


def entry_cue(state: SessionState) -> str | None:
    """The cue for arriving at this state's step (or the end of the routine)."""
    if state.finished:
        return DONE
    if state.stopped or state.step is None:
        return None
    return PHASE_CUES[state.step.phase]


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


def spoken_text(state: SessionState, exercise_for: Callable[[str], Exercise]) -> str:
    """What a voice says on arriving at this step: from the content files, so a new
    stretch speaks without code."""
    if state.finished:
        return wording.routine_done()
    step = state.step
    if step is None or state.stopped:
        return ""
    exercise = exercise_for(step.exercise_id)
    side = wording.side_name(step.side) if step.side else None
    instruction = exercise.instruction(step.phase, side)
    return wording.spoken(step, exercise.title, instruction)
