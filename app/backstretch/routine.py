"""Routine options the user can change, and how they turn content into a plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backstretch.content import Exercise
from backstretch.fields import bounded
from backstretch.session import Plan, StretchTiming, build_plan


@dataclass(frozen=True)
class RoutineOptions:
    """None means "as the stretch recommends" (its content file's value). The ranges are
    the ones the settings file accepts and the option widgets offer."""

    repetitions: int | None = bounded(None, 1, 30)
    hold_seconds: float | None = bounded(None, 1, 60)
    rest_seconds: float | None = bounded(None, 0, 60)
    lead_in_seconds: float = bounded(5.0, 0, 60)
    transition_seconds: float = bounded(5.0, 0, 60)
    # Which stretches the routine runs, in what order. Stretches are named by id; one
    # that is not in `order` (a newly added file) joins at the end, so new content is
    # never hidden, and `left_out` lists the ones the user switched off.
    order: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()


def timing_for(exercise: Exercise, options: RoutineOptions) -> StretchTiming:
    seconds = exercise.seconds
    return StretchTiming(
        exercise_id=exercise.id,
        repetitions=exercise.repetitions.clamp(options.repetitions),
        sided=exercise.sided,
        move=seconds.move,
        hold=options.hold_seconds if options.hold_seconds is not None else seconds.hold,
        release=seconds.release,
        rest=options.rest_seconds if options.rest_seconds is not None else seconds.rest,
    )


def choose_exercises(exercises: Sequence[Exercise], options: RoutineOptions) -> list[Exercise]:
    """The stretches the routine runs, in the user's order."""
    rank = {exercise_id: number for number, exercise_id in enumerate(options.order)}
    chosen = [e for e in exercises if e.id not in options.left_out]
    # sorted() is stable: stretches the user never ordered keep the content's order.
    return sorted(chosen, key=lambda e: rank.get(e.id, len(rank)))


def plan_routine(exercises: Sequence[Exercise], options: RoutineOptions) -> Plan:
    return build_plan(
        [timing_for(exercise, options) for exercise in exercises],
        lead_in=options.lead_in_seconds,
        transition=options.transition_seconds,
    )
