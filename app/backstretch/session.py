"""The stretch session: a plan of timed phases and the machine that walks it.

Pure Python on purpose: no Qt, no real clock. Every call takes `now`, a monotonic time
in seconds, so a test can run a whole routine in microseconds and a Qt timer only has
to ask "what is current now?".

Deadlines are never counted down by ticks. The machine keeps one anchor (a step index
and the time that step began) and derives every later deadline from the plan's
cumulative offsets, so a late wake-up lands in the right phase and nothing drifts.
Pausing freezes `now`; resuming moves the anchor by the paused time; skip, back and
skip-stretch simply re-anchor.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class Phase(StrEnum):
    """Every phase the screen, the sounds and the figure know; each table keyed by
    phase is keyed by this enum and checked complete by a test."""

    NEXT = "next"  # "what comes next" between two stretches
    GET_READY = "get_ready"  # lead-in: get into the starting position
    STRETCH = "stretch"  # move slowly into the stretch
    HOLD = "hold"
    RELEASE = "release"  # come back to the starting position
    REST = "rest"
    DONE = "done"  # the routine is over: shown at the end, never a step of a plan


class Side(StrEnum):
    """Which way a sided stretch (knee rolls) goes; the right is the left mirrored."""

    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class StretchTiming:
    """What the plan needs to know about one stretch."""

    exercise_id: str
    repetitions: int
    sided: bool
    move: float
    hold: float
    release: float
    rest: float


@dataclass(frozen=True)
class Step:
    """One phase of one repetition of one stretch, as planned."""

    index: int
    phase: Phase
    exercise_index: int
    exercise_id: str
    repetition: int  # 1-based; 0 before the first repetition (next, get ready)
    repetitions: int
    side: Side | None  # None for a stretch without sides
    duration: float
    # True on the step that completes a repetition (the last release of it).
    ends_repetition: bool = False


@dataclass(frozen=True)
class Plan:
    """Every step of a routine, and when each begins."""

    steps: tuple[Step, ...]
    offsets: tuple[float, ...]  # start of each step from the plan start; last = total

    @property
    def total(self) -> float:
        return self.offsets[-1]

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for step in self.steps:
            seen.setdefault(step.exercise_id)
        return tuple(seen)

    def first_step_of(self, exercise_index: int) -> int:
        for step in self.steps:
            if step.exercise_index >= exercise_index:
                return step.index
        return len(self.steps)


def _phases_of(
    stretch: StretchTiming, lead_in: float, transition: float
) -> Iterator[tuple[Phase, float, int, Side | None]]:
    """One stretch's phases in order: (phase, duration, repetition, side)."""
    if transition > 0:
        yield Phase.NEXT, transition, 0, None
    if lead_in > 0:
        yield Phase.GET_READY, lead_in, 0, None
    sides: tuple[Side | None, ...] = (Side.LEFT, Side.RIGHT) if stretch.sided else (None,)
    for rep in range(1, stretch.repetitions + 1):
        for side in sides:
            yield Phase.STRETCH, stretch.move, rep, side
            yield Phase.HOLD, stretch.hold, rep, side
            yield Phase.RELEASE, stretch.release, rep, side
            last = rep == stretch.repetitions and side == sides[-1]
            if stretch.rest > 0 and not last:  # the next stretch or the end follows
                yield Phase.REST, stretch.rest, rep, side


def build_plan(
    stretches: Sequence[StretchTiming], lead_in: float = 5.0, transition: float = 5.0
) -> Plan:
    """Expand stretches into timed steps.

    Each stretch: (what's next, for all but the first), get ready, then per repetition
    and side: stretch, hold, release, rest. Knee rolls go left then right within one
    repetition. No rest after the very last release of a stretch: the next stretch's
    lead-in or the end follows.
    """
    steps: list[Step] = []
    for number, stretch in enumerate(stretches):
        last_side = Side.RIGHT if stretch.sided else None
        for phase, duration, repetition, side in _phases_of(
            stretch, lead_in, transition if number > 0 else 0.0
        ):
            steps.append(
                Step(
                    index=len(steps),
                    phase=phase,
                    exercise_index=number,
                    exercise_id=stretch.exercise_id,
                    repetition=repetition,
                    repetitions=stretch.repetitions,
                    side=side,
                    duration=duration,
                    # The release of the last side completes a repetition.
                    ends_repetition=phase is Phase.RELEASE and side == last_side,
                )
            )
    offsets = [0.0]
    for step in steps:
        offsets.append(offsets[-1] + step.duration)
    return Plan(tuple(steps), tuple(offsets))


@dataclass(frozen=True)
class SessionState:
    """Where a running routine is: its step, and the time in and left of it."""

    step: Step | None  # None once the routine is over
    index: int
    elapsed: float  # seconds into the current step
    remaining: float  # seconds left in the current step
    planned_start: float  # when the current step began (monotonic seconds)
    routine_progress: float  # 0..1 through the whole plan
    paused: bool
    finished: bool
    stopped: bool
    next_step: Step | None

    @property
    def progress(self) -> float:
        """0..1 through the current step."""
        if self.step is None or self.step.duration <= 0:
            return 1.0
        return min(1.0, max(0.0, self.elapsed / self.step.duration))


@dataclass
class ExerciseResult:
    """The repetitions of one stretch planned and done."""

    exercise_id: str
    planned: int
    completed: int = 0


@dataclass
class Summary:
    """How a routine went, once it has ended."""

    results: list[ExerciseResult] = field(default_factory=list)
    finished: bool = False  # ran to the end (rather than stopped)
    seconds: float = 0.0  # from start to end, pauses included

    @property
    def stretches_done(self) -> int:
        return sum(1 for result in self.results if result.completed > 0)

    @property
    def repetitions_done(self) -> int:
        return sum(result.completed for result in self.results)

    @property
    def kept_up(self) -> bool:
        """Ran to the end with something done: the only routine that is praised."""
        return self.finished and self.repetitions_done > 0


class SessionMachine:
    """Which step is current at a given time, and the transitions the user can ask for."""

    def __init__(self, plan: Plan, now: float) -> None:
        if not plan.steps:
            raise ValueError("a session needs at least one step")
        self.plan = plan
        self.started_at = now
        self._anchor_index = 0
        self._anchor_time = now
        self._paused_at: float | None = None
        self._stopped_at: float | None = None
        self._seen = 0  # steps before this index were observed as passed by time
        self._completed = [False] * len(plan.steps)

    # -- queries -----------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def stopped(self) -> bool:
        return self._stopped_at is not None

    def _effective(self, now: float) -> float:
        """Time as the plan sees it: frozen while paused or after stop."""
        if self._stopped_at is not None:
            return self._stopped_at
        if self._paused_at is not None:
            return self._paused_at
        return now

    def start_of(self, index: int) -> float:
        """Monotonic time at which step `index` starts (or started) given the anchor."""
        offsets = self.plan.offsets
        return self._anchor_time + offsets[index] - offsets[self._anchor_index]

    def _index_at(self, t: float) -> int:
        offsets = self.plan.offsets
        position = offsets[self._anchor_index] + (t - self._anchor_time)
        # The step whose [start, end) holds `position`; len(steps) once past the end.
        index = bisect.bisect_right(offsets, position) - 1
        return max(self._anchor_index, min(index, len(self.plan.steps)))

    def _observe(self, now: float) -> int:
        """Advance the record of steps completed by the passing of time."""
        index = self._index_at(self._effective(now))
        for passed in range(self._seen, index):
            self._completed[passed] = True
        self._seen = max(self._seen, index)
        return index

    def state(self, now: float) -> SessionState:
        index = self._observe(now)
        t = self._effective(now)
        steps = self.plan.steps
        total = self.plan.total
        if index >= len(steps):
            return SessionState(
                None, index, 0.0, 0.0, self.start_of(len(steps)), 1.0,
                self.paused, True, self.stopped, None,
            )  # fmt: skip
        step = steps[index]
        start = self.start_of(index)
        elapsed = max(0.0, t - start)
        done = self.plan.offsets[index] + elapsed
        return SessionState(
            step=step,
            index=index,
            elapsed=elapsed,
            remaining=max(0.0, step.duration - elapsed),
            planned_start=start,
            routine_progress=min(1.0, done / total) if total > 0 else 1.0,
            paused=self.paused,
            finished=False,
            stopped=self.stopped,
            next_step=steps[index + 1] if index + 1 < len(steps) else None,
        )

    def next_deadline(self, now: float) -> float | None:
        """When the current step ends, or None while nothing will change by itself."""
        if self.paused or self.stopped:
            return None
        index = self._observe(now)
        if index >= len(self.plan.steps):
            return None
        return self.start_of(index + 1)

    def summary(self, now: float) -> Summary:
        self._observe(now)
        results: dict[str, ExerciseResult] = {}
        for step in self.plan.steps:
            result = results.setdefault(
                step.exercise_id, ExerciseResult(step.exercise_id, step.repetitions)
            )
            if step.ends_repetition and self._completed[step.index]:
                result.completed += 1
        finished = not self.stopped and self._seen >= len(self.plan.steps)
        end = self._stopped_at if self._stopped_at is not None else now
        if finished:
            end = min(end, self.start_of(len(self.plan.steps)))
        return Summary(list(results.values()), finished, max(0.0, end - self.started_at))

    def completed(self, index: int) -> bool:
        return self._completed[index]

    # -- transitions ---------------------------------------------------------------

    def _jump(self, index: int, now: float) -> None:
        self._observe(now)
        self._anchor_index = max(0, min(index, len(self.plan.steps)))
        self._anchor_time = self._effective(now)
        self._seen = self._anchor_index

    def pause(self, now: float) -> None:
        if not self.paused and not self.stopped:
            self._observe(now)
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self._paused_at is not None and not self.stopped:
            self._anchor_time += now - self._paused_at
            self._paused_at = None

    def toggle_pause(self, now: float) -> None:
        if self.paused:
            self.resume(now)
        else:
            self.pause(now)

    def skip(self, now: float) -> None:
        """Go straight to the next step."""
        self._jump(self._observe(now) + 1, now)

    def back(self, now: float) -> None:
        """Restart the current step, or go to the previous one if it has just begun."""
        index = self._observe(now)
        if index >= len(self.plan.steps):
            index = len(self.plan.steps)
        elapsed = self._effective(now) - self.start_of(index)
        self._jump(index if elapsed > 1.5 else index - 1, now)

    def skip_exercise(self, now: float) -> None:
        """Go to the first step of the next stretch (or the end)."""
        index = self._observe(now)
        if index >= len(self.plan.steps):
            return
        current = self.plan.steps[index].exercise_index
        self._jump(self.plan.first_step_of(current + 1), now)

    def stop(self, now: float) -> None:
        if not self.stopped:
            self._observe(now)
            self._stopped_at = self._effective(now)
