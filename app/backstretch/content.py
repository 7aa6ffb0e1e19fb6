"""Exercises as data: load and validate resources/exercises/*.toml.

Adding a stretch is adding a file. Every field is checked, and a problem names the
file and the field, so a broken file is easy to fix and never takes the others down:
`load_library` keeps every valid stretch and reports the ones it skipped.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from backstretch.figure.pose import FigureDataError, FigureSpec, parse_figure

SIDES = ("none", "alternating")
# Phases that carry an instruction of their own; "next" and "done" are worded by the app.
INSTRUCTION_PHASES = ("get_ready", "stretch", "hold", "release", "rest")
TIMED_PARTS = ("move", "hold", "release", "rest")


class ContentError(ValueError):
    """A content file that cannot be used, with the file and field that are wrong."""

    def __init__(self, path: Path, field: str, message: str) -> None:
        self.path = path
        self.field = field
        self.message = message
        where = f"{path.name}: {field}: " if field else f"{path.name}: "
        super().__init__(where + message)


@dataclass(frozen=True)
class Repetitions:
    default: int
    minimum: int
    maximum: int

    def clamp(self, wanted: int | None) -> int:
        if wanted is None:
            return self.default
        return max(self.minimum, min(self.maximum, wanted))


@dataclass(frozen=True)
class Seconds:
    move: float
    hold: float
    release: float
    rest: float


@dataclass(frozen=True)
class Exercise:
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
    instructions: Mapping[str, str]
    tips: tuple[str, ...]
    cautions: tuple[str, ...]
    figure: FigureSpec
    source: Path

    @property
    def sided(self) -> bool:
        return self.sides == "alternating"

    def instruction(self, phase: str, side: str | None = None) -> str:
        """The short instruction shown (and spoken) during `phase`."""
        text = self.instructions.get(phase, "")
        return text.replace("{side}", side or "side")


@dataclass(frozen=True)
class RoutineInfo:
    title: str
    intro: str
    general_tips: tuple[str, ...]
    red_flags: tuple[str, ...]  # signs that need a doctor the same day, not a stretch


@dataclass(frozen=True)
class Library:
    exercises: tuple[Exercise, ...]
    problems: tuple[ContentError, ...]
    routine: RoutineInfo

    def by_id(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)


class _Table:
    """Typed access to one TOML table that turns every mistake into a ContentError."""

    def __init__(self, data: Mapping[str, object], path: Path, prefix: str = "") -> None:
        self._data = data
        self._path = path
        self._prefix = prefix

    def _name(self, key: str) -> str:
        return f"{self._prefix}{key}"

    def error(self, key: str, message: str) -> ContentError:
        return ContentError(self._path, self._name(key), message)

    def reject_unknown(self, allowed: tuple[str, ...]) -> None:
        for key in self._data:
            if key not in allowed:
                raise self.error(key, f"unknown field (expected one of: {', '.join(allowed)})")

    def _get(self, key: str) -> object:
        if key not in self._data:
            raise self.error(key, "missing")
        return self._data[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "must be non-empty text")
        return value.strip()

    def texts(self, key: str, *, allow_empty: bool = False) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list):
            raise self.error(key, "must be a list of texts")
        if not value and not allow_empty:
            raise self.error(key, "must not be empty")
        for number, item in enumerate(value, start=1):
            if not isinstance(item, str) or not item.strip():
                raise self.error(f"{key}[{number}]", "must be non-empty text")
        return tuple(item.strip() for item in value)

    def integer(self, key: str, low: int, high: int) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be a whole number")
        if not low <= value <= high:
            raise self.error(key, f"must be between {low} and {high}, not {value}")
        return value

    def seconds(self, key: str, low: float, high: float) -> float:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, "must be a number of seconds")
        if not low <= value <= high:
            raise self.error(key, f"must be between {low:g} and {high:g} seconds, not {value:g}")
        return float(value)

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in options:
            raise self.error(key, f"must be one of: {', '.join(options)} (not {value!r})")
        return value

    def table(self, key: str) -> _Table:
        value = self._get(key)
        if not isinstance(value, dict):
            raise self.error(key, "must be a table")
        return _Table(value, self._path, f"{self._name(key)}.")

    def raw_table(self, key: str) -> Mapping[str, object]:
        value = self._get(key)
        if not isinstance(value, dict):
            raise self.error(key, "must be a table")
        return value


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


def _read_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, "", f"not valid TOML ({exc})") from exc
    except UnicodeDecodeError as exc:
        raise ContentError(path, "", "not valid UTF-8 text") from exc
    except OSError as exc:
        raise ContentError(path, "", f"cannot be read ({exc.strerror or exc})") from exc


def load_exercise(path: Path) -> Exercise:
    """Read and validate one exercise file; raise ContentError naming the bad field."""
    top = _Table(_read_toml(path), path)
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
    instructions = {phase: words.text(phase) for phase in INSTRUCTION_PHASES}

    exercise_id = top.text("id")
    if exercise_id != path.stem:
        raise top.error("id", f"must match the file name ({path.stem!r}), not {exercise_id!r}")

    try:
        figure = parse_figure(top.raw_table("figure"), "figure")
    except FigureDataError as exc:
        raise ContentError(path, exc.field, exc.message) from exc

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
    top = _Table(_read_toml(path), path)
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
