"""Exercises as data: load and validate resources/exercises/*.toml.

Adding a stretch is adding a file. Every field is checked, and a problem names the
file and the field, so a broken file is easy to fix and never takes the others down:
`load_library` keeps every valid stretch and reports the ones it skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from backstretch.figure.spec import FigureSpec, parse_figure
from backstretch.session import Phase
from backstretch.toml_table import ContentError, Table, read_toml

__all__ = ["ContentError", "Exercise", "Library", "RoutineInfo", "load_exercise", "load_library"]

SIDES = ("none", "alternating")
# Phases that carry an instruction of their own; "next" and "done" are worded by the app.
INSTRUCTION_PHASES = (Phase.GET_READY, Phase.STRETCH, Phase.HOLD, Phase.RELEASE, Phase.REST)
TIMED_PARTS = ("move", "hold", "release", "rest")


@dataclass(frozen=True)
class Repetitions:
    """How many repetitions a stretch advises, and its range."""

    default: int
    minimum: int
    maximum: int

    def clamp(self, wanted: int | None) -> int:
        if wanted is None:
            return self.default
        return max(self.minimum, min(self.maximum, wanted))


@dataclass(frozen=True)
class Seconds:
    """How long each timed part of a repetition lasts."""

    move: float
    hold: float
    release: float
    rest: float


@dataclass(frozen=True)
class Exercise:
    """One stretch as the content describes it: words, counts, timing and figure."""

    id: str
    title: str
    order: int
    summary: str
    sides: str
    repetitions: Repetitions
    seconds: Seconds
    starting_summary: str
    starting_steps: tuple[str, ...]
    action: tuple[str, ...]
    instructions: Mapping[Phase, str]
    tips: tuple[str, ...]
    cautions: tuple[str, ...]
    figure: FigureSpec
    source: Path

    @property
    def sided(self) -> bool:
        return self.sides == "alternating"

    def instruction(self, phase: Phase | str, side: str | None = None) -> str:
        """The short instruction shown (and spoken) during `phase`."""
        try:
            text = self.instructions.get(Phase(phase), "")
        except ValueError:
            return ""
        return text.replace("{side}", side or "side")


@dataclass(frozen=True)
class RoutineInfo:
    """The routine's own words: title, introduction, tips and red flags."""

    title: str
    intro: str
    general_tips: tuple[str, ...]
    red_flags: tuple[str, ...]  # signs that need a doctor the same day, not a stretch


@dataclass(frozen=True)
class Library:
    """The stretches that could be loaded, what could not, and the routine's words."""

    exercises: tuple[Exercise, ...]
    problems: tuple[ContentError, ...]
    routine: RoutineInfo

    def by_id(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)


_TOP_FIELDS = (
    "id",
    "title",
    "order",
    "summary",
    "sides",
    "repetitions",
    "seconds",
    "starting_position",
    "action",
    "instructions",
    "tips",
    "cautions",
    "figure",
)


def load_exercise(path: Path) -> Exercise:
    """Read and validate one exercise file; raise ContentError naming the bad field."""
    top = Table(read_toml(path), path)
    top.reject_unknown(_TOP_FIELDS)

    reps = top.table("repetitions")
    reps.reject_unknown(("default", "min", "max"))
    minimum = reps.integer("min", 1, 50)
    maximum = reps.integer("max", minimum, 50)
    repetitions = Repetitions(reps.integer("default", minimum, maximum), minimum, maximum)

    secs = top.table("seconds")
    secs.reject_unknown(TIMED_PARTS)
    seconds = Seconds(
        move=secs.seconds("move", 0.5, 30),
        hold=secs.seconds("hold", 1, 120),
        release=secs.seconds("release", 0.5, 30),
        rest=secs.seconds("rest", 0, 120),
    )

    start = top.table("starting_position")
    start.reject_unknown(("summary", "steps"))

    words = top.table("instructions")
    words.reject_unknown(INSTRUCTION_PHASES)
    instructions = {phase: words.text(phase.value) for phase in INSTRUCTION_PHASES}

    exercise_id = top.text("id")
    if exercise_id != path.stem:
        raise top.error("id", f"must match the file name ({path.stem!r}), not {exercise_id!r}")

    figure = parse_figure(top.get("figure"), "figure", path)

    return Exercise(
        id=exercise_id,
        title=top.text("title"),
        order=top.integer("order", 0, 1000),
        summary=top.text("summary"),
        sides=top.choice("sides", SIDES),
        repetitions=repetitions,
        seconds=seconds,
        starting_summary=start.text("summary"),
        starting_steps=start.texts("steps"),
        action=top.texts("action"),
        instructions=instructions,
        tips=top.texts("tips", allow_empty=True),
        cautions=top.texts("cautions", allow_empty=True),
        figure=figure,
        source=path,
    )


def load_routine_info(path: Path) -> RoutineInfo:
    top = Table(read_toml(path), path)
    top.reject_unknown(("title", "intro", "general_tips", "red_flags"))
    return RoutineInfo(
        top.text("title"), top.text("intro"), top.texts("general_tips"), top.texts("red_flags")
    )


def load_library(resources: Path) -> Library:
    """Load every exercise under resources/exercises; skip broken ones and say why."""
    exercises: list[Exercise] = []
    problems: list[ContentError] = []
    folder = resources / "exercises"
    for path in sorted(folder.glob("*.toml")):
        try:
            exercises.append(load_exercise(path))
        except ContentError as exc:
            problems.append(exc)
    if not exercises and not problems:
        problems.append(ContentError(folder, "", "no exercise files found"))
    exercises.sort(key=lambda exercise: (exercise.order, exercise.title))
    try:
        routine = load_routine_info(resources / "routine.toml")
    except ContentError as exc:
        problems.append(exc)
        routine = RoutineInfo("Back stretch routine", "", (), ())
    return Library(tuple(exercises), tuple(problems), routine)
