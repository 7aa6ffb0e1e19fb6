"""Routine options the user can change, and how they turn content into a plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields

from backstretch.content import Exercise
from backstretch.session import Plan, StretchTiming, build_plan

# Ranges the options dialog offers and the settings loader accepts.
LIMITS: dict[str, tuple[float, float]] = {
    "repetitions": (1, 30),
    "hold_seconds": (1, 60),
    "rest_seconds": (0, 60),
    "lead_in_seconds": (0, 60),
    "transition_seconds": (0, 60),
}


@dataclass(frozen=True)
class RoutineOptions:
    """None means "as the stretch recommends" (its content file's value)."""

    repetitions: int | None = None
    hold_seconds: float | None = None
    rest_seconds: float | None = None
    lead_in_seconds: float = 5.0
    transition_seconds: float = 5.0
    # Which stretches the routine runs, in what order. Stretches are named by id; one
    # that is not in `order` (a newly added file) joins at the end, so new content is
    # never hidden, and `left_out` lists the ones the user switched off.
    order: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()

    def to_mapping(self) -> dict[str, object]:
        data = asdict(self)
        data["order"], data["left_out"] = list(self.order), list(self.left_out)
        return data

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> tuple[RoutineOptions, list[str]]:
        """Valid values are kept; a bad one falls back to its default and is reported."""
        values: dict[str, object] = {}
        problems: list[str] = []
        defaults = cls()
        for name in ("order", "left_out"):
            if name in data:
                ids = data[name]
                if isinstance(ids, list) and all(isinstance(i, str) for i in ids):
                    values[name] = tuple(ids)
                else:
                    problems.append(f"{name} must be a list of stretch names")
        for item in fields(cls):
            if item.name not in data or item.name in ("order", "left_out"):
                continue
            value = data[item.name]
            low, high = LIMITS[item.name]
            optional = getattr(defaults, item.name) is None
            if value is None and optional:
                values[item.name] = None
            elif isinstance(value, int | float) and not isinstance(value, bool):
                if low <= value <= high:
                    values[item.name] = int(value) if item.name == "repetitions" else float(value)
                else:
                    problems.append(f"{item.name} must be between {low:g} and {high:g}")
            else:
                problems.append(f"{item.name} must be a number")
        return cls(**values), problems  # type: ignore[arg-type]


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
