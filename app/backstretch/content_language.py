"""The exercise texts and the routine's advice in the user's language.

A translation is a folder of TOML files beside the English content, one per content
file and with the same name: resources/translations/<language>/exercises/<id>.toml and
resources/translations/<language>/routine.toml. Each holds only the text fields,
shaped as in the English file. A field that is missing, empty or shaped differently
(a list with a different number of items) stays English, so a half-done translation
is still usable; `untranslated` lists every such field. A translation file that cannot
be read at all is reported in one sentence and the stretch stays English.
Pure Python: no Qt.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from backstretch.content import (
    INSTRUCTION_PHASES,
    ContentError,
    Exercise,
    Library,
    RoutineInfo,
    load_library,
)

# Longest text a translation may give one field: ten times the longest English one is
# far more than any language needs, and keeps a damaged file from filling the screen.
MAX_TEXT = 4000
MAX_FILE_BYTES = 256 * 1024

# The translatable fields of an exercise file, as dotted names, and whether each is a list.
EXERCISE_FIELDS: dict[str, bool] = {
    "title": False,
    "summary": False,
    "starting_position.summary": False,
    "starting_position.steps": True,
    "action": True,
    **{f"instructions.{phase}": False for phase in INSTRUCTION_PHASES},
    "tips": True,
    "cautions": True,
}
ROUTINE_FIELDS: dict[str, bool] = {
    "title": False,
    "intro": False,
    "general_tips": True,
    "red_flags": True,
}


@dataclass(frozen=True)
class Missing:
    """One field of one content file that has no usable translation."""

    file: str  # "routine.toml" or "exercises/knee-rolls.toml"
    field: str  # dotted, with the item for lists: "tips", "instructions.hold"
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


def folder_for(resources: Path, language: str) -> Path:
    return resources / "translations" / language


def _read(path: Path) -> tuple[Mapping[str, object], str | None]:
    """The file's tables, or an empty mapping and why it could not be used."""
    try:
        if not path.is_file():
            return {}, None if not path.exists() else "not a regular file"
        if path.stat().st_size > MAX_FILE_BYTES:
            return {}, "too large for a translation"
        with path.open("rb") as handle:
            return tomllib.load(handle), None
    except tomllib.TOMLDecodeError as exc:
        return {}, f"not valid TOML ({exc})"
    except UnicodeDecodeError:
        return {}, "not valid UTF-8 text"
    except OSError as exc:
        return {}, f"cannot be read ({exc.strerror or exc})"


def _lookup(data: Mapping[str, object], dotted: str) -> object:
    value: object = data
    for part in dotted.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _usable(value: object, english: str | tuple[str, ...]) -> str | tuple[str, ...] | None:
    """The translated value if it has the English value's shape, else None."""
    if isinstance(english, str):
        if isinstance(value, str) and value.strip() and len(value) <= MAX_TEXT:
            return value.strip()
        return None
    if (
        isinstance(value, list)
        and len(value) == len(english)
        and all(isinstance(item, str) and item.strip() and len(item) <= MAX_TEXT for item in value)
    ):
        return tuple(item.strip() for item in value)
    return None


def _why(value: object, english: str | tuple[str, ...]) -> str:
    if value is None:
        return "not translated"
    if isinstance(english, tuple) and isinstance(value, list) and len(value) != len(english):
        return f"has {len(value)} items where the English has {len(english)}"
    return "must be non-empty text" if isinstance(english, str) else "must be a list of texts"


def _english_exercise(exercise: Exercise) -> dict[str, str | tuple[str, ...]]:
    return {
        "title": exercise.title,
        "summary": exercise.summary,
        "starting_position.summary": exercise.starting_summary,
        "starting_position.steps": exercise.starting_steps,
        "action": exercise.action,
        **{f"instructions.{phase}": exercise.instructions[phase] for phase in INSTRUCTION_PHASES},
        "tips": exercise.tips,
        "cautions": exercise.cautions,
    }


def _english_routine(routine: RoutineInfo) -> dict[str, str | tuple[str, ...]]:
    return {
        "title": routine.title,
        "intro": routine.intro,
        "general_tips": routine.general_tips,
        "red_flags": routine.red_flags,
    }


def _translate_fields(
    english: dict[str, str | tuple[str, ...]], path: Path, file: str, missing: list[Missing]
) -> tuple[dict[str, str | tuple[str, ...]], str | None]:
    data, problem = _read(path)
    result: dict[str, str | tuple[str, ...]] = {}
    for field, value in english.items():
        if isinstance(value, tuple) and not value:
            continue  # nothing to translate (a stretch without cautions)
        found = _lookup(data, field)
        usable = _usable(found, value)
        if usable is None:
            missing.append(Missing(file, field, problem or _why(found, value)))
        else:
            result[field] = usable
    return result, problem


def _apply_exercise(exercise: Exercise, fields: dict[str, str | tuple[str, ...]]) -> Exercise:
    merged = {**_english_exercise(exercise), **fields}
    return replace(
        exercise,
        title=str(merged["title"]),
        summary=str(merged["summary"]),
        starting_summary=str(merged["starting_position.summary"]),
        starting_steps=tuple(merged["starting_position.steps"]),
        action=tuple(merged["action"]),
        instructions={phase: str(merged[f"instructions.{phase}"]) for phase in INSTRUCTION_PHASES},
        tips=tuple(merged["tips"]),
        cautions=tuple(merged["cautions"]),
    )


def _apply_routine(routine: RoutineInfo, fields: dict[str, str | tuple[str, ...]]) -> RoutineInfo:
    merged = {**_english_routine(routine), **fields}
    return RoutineInfo(
        title=str(merged["title"]),
        intro=str(merged["intro"]),
        general_tips=tuple(merged["general_tips"]),
        red_flags=tuple(merged["red_flags"]),
    )


def translate_library(
    library: Library, resources: Path, language: str
) -> tuple[Library, list[Missing], list[ContentError]]:
    """The library in `language`, field by field; what stayed English; unreadable files."""
    folder = folder_for(resources, language)
    missing: list[Missing] = []
    problems: list[ContentError] = []
    exercises = []
    for exercise in library.exercises:
        file = f"exercises/{exercise.id}.toml"
        fields, problem = _translate_fields(
            _english_exercise(exercise), folder / file, file, missing
        )
        if problem:
            problems.append(ContentError(folder / file, "", problem))
        exercises.append(_apply_exercise(exercise, fields))
    fields, problem = _translate_fields(
        _english_routine(library.routine), folder / "routine.toml", "routine.toml", missing
    )
    if problem:
        problems.append(ContentError(folder / "routine.toml", "", problem))
    routine = _apply_routine(library.routine, fields)
    return Library(tuple(exercises), library.problems, routine), missing, problems


def load_translated(resources: Path, language: str, source: str = "en") -> Library:
    """Every stretch under `resources` in `language`; English fields where it has none.

    A translation file that could not be read is among the library's problems.
    """
    library = load_library(resources)
    if language == source:
        return library
    translated, _missing, problems = translate_library(library, resources, language)
    return replace(translated, problems=(*translated.problems, *problems))


def untranslated(resources: Path, language: str) -> list[Missing]:
    """Every content field that has no usable translation in `language`."""
    return translate_library(load_library(resources), resources, language)[1]
