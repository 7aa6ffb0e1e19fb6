"""Declared settings fields: each field's type, default and range are written once, on the
dataclass that holds it, and both the settings file reader and the widgets use them.

A section is a frozen dataclass; a field with a range is declared with `bounded(...)`.
A field of a type of its own (the weekly reminder periods) reads itself: the type has a
`from_setting(value)` class method (None for a bad value), a `to_setting()` method and
an `EXPECTED` member saying what a bad value should have been.
`read_section` turns a JSON mapping into the section, keeping every valid value and
reporting each bad one as a `FieldProblem` (the wording module says it in words); a
bad value falls back to its default. Pure Python: no Qt.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import time
from enum import Enum, StrEnum
from typing import Any, NewType, TypeVar

T = TypeVar("T")
# A language as the translations are named: "de", "pt_BR"; "" follows the system.
LanguageTag = NewType("LanguageTag", str)
SYSTEM_LANGUAGE = LanguageTag("")

_RANGE = "range"
# Longest list a settings field may hold: a settings file is small, whatever it claims.
MAX_ITEMS = 200


class Expected(StrEnum):
    """What a bad value should have been, for the message that reports it."""

    TRUE_OR_FALSE = "true_or_false"
    WHOLE_NUMBER = "whole_number"
    NUMBER = "number"
    CHOICE = "choice"
    NAMES = "names"  # a list of stretch names
    TIME = "time"
    TIMES = "times"
    WEEKDAYS = "weekdays"
    LANGUAGE = "language"
    PERIODS = "periods"  # a list per weekday of periods like 09:00-12:00


@dataclass(frozen=True)
class FieldProblem:
    """What was wrong with one field of a file, to be put into words by wording.py."""

    field: str
    expected: Expected
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()


def bounded(default: T, low: float, high: float) -> T:
    """A field whose value must lie in [low, high]; None (where allowed) means "not set"."""
    return dataclasses.field(default=default, metadata={_RANGE: (low, high)})


def limits(section: type, name: str) -> tuple[float, float]:
    """The declared range of a field, for a widget that edits it."""
    for item in dataclasses.fields(section):
        if item.name == name and _RANGE in item.metadata:
            low, high = item.metadata[_RANGE]
            return low, high
    raise KeyError(f"{section.__name__}.{name} has no declared range")


def parse_clock_time(text: str) -> time | None:
    """'9:00', '09:00', '9.00' or '9h00' as a time of day; None if it is not one."""
    match = re.fullmatch(r"(\d{1,2})[:.h](\d{2})", text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return time(int(match[1]), int(match[2]))


def clock_text(moment: time) -> str:
    return moment.strftime("%H:%M")


# -- reading one value -------------------------------------------------------------------

_Reader = Callable[[object, tuple[float, float] | None], object]
_BAD = object()  # a value that cannot be used


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _within(value: float, bounds: tuple[float, float] | None) -> bool:
    return bounds is None or bounds[0] <= value <= bounds[1]


def _read_bool(value: object, bounds: tuple[float, float] | None) -> object:
    return value if isinstance(value, bool) else _BAD


def _read_int(value: object, bounds: tuple[float, float] | None) -> object:
    return value if _is_integer(value) and _within(value, bounds) else _BAD  # type: ignore[arg-type]


def _read_float(value: object, bounds: tuple[float, float] | None) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _BAD
    # Huge integers and non-finite floats fail the range check (or have none to fail).
    number = float(value) if isinstance(value, int) and abs(value) < 10**300 else value
    if not isinstance(number, float) or number != number or not _within(number, bounds):
        return _BAD
    return number


def _read_names(value: object, bounds: tuple[float, float] | None) -> object:
    if (
        isinstance(value, list)
        and len(value) <= MAX_ITEMS
        and all(isinstance(item, str) and 0 < len(item) <= 200 for item in value)
    ):
        return tuple(value)
    return _BAD


def _read_time(value: object, bounds: tuple[float, float] | None) -> object:
    parsed = parse_clock_time(value) if isinstance(value, str) and len(value) < 10 else None
    return parsed if parsed is not None else _BAD


def _read_times(value: object, bounds: tuple[float, float] | None) -> object:
    if not isinstance(value, list) or not value or len(value) > MAX_ITEMS:
        return _BAD
    times = [_read_time(item, None) for item in value]
    if any(item is _BAD for item in times):
        return _BAD
    return tuple(sorted(set(typing.cast(list[time], times))))


def _read_weekdays(value: object, bounds: tuple[float, float] | None) -> object:
    if (
        isinstance(value, list)
        and 0 < len(value) <= 7
        and all(_is_integer(day) and 0 <= day <= 6 for day in value)
    ):
        return frozenset(value)
    return _BAD


def _read_language(value: object, bounds: tuple[float, float] | None) -> object:
    if isinstance(value, str) and (value == "" or re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", value)):
        return LanguageTag(value)
    return _BAD


_READERS: dict[str, tuple[_Reader, Expected]] = {
    "bool": (_read_bool, Expected.TRUE_OR_FALSE),
    "int": (_read_int, Expected.WHOLE_NUMBER),
    "float": (_read_float, Expected.NUMBER),
    "tuple[str, ...]": (_read_names, Expected.NAMES),
    "time": (_read_time, Expected.TIME),
    "tuple[time, ...]": (_read_times, Expected.TIMES),
    "frozenset[int]": (_read_weekdays, Expected.WEEKDAYS),
    "LanguageTag": (_read_language, Expected.LANGUAGE),
}


@dataclass(frozen=True)
class _Field:
    """How one field of a settings section is read: its kind, bounds and choices."""

    name: str
    kind: str  # a key of _READERS, or "enum"
    optional: bool  # None is a valid value ("as recommended")
    bounds: tuple[float, float] | None
    enum: type[Enum] | None
    own: Any = None  # a type that reads itself (see the module's docstring)


_FIELDS: dict[type, tuple[_Field, ...]] = {}


def _fields_of(section: type) -> tuple[_Field, ...]:
    if section in _FIELDS:
        return _FIELDS[section]
    hints = typing.get_type_hints(section)
    result = []
    for item in dataclasses.fields(section):
        hint = hints[item.name]
        args = typing.get_args(hint)
        optional = type(None) in args
        if optional:
            (hint,) = [arg for arg in args if arg is not type(None)]
        enum = hint if isinstance(hint, type) and issubclass(hint, Enum) else None
        own = hint if isinstance(hint, type) and hasattr(hint, "from_setting") else None
        if enum is not None:
            kind = "enum"
        elif own is not None:
            kind = "own"
        elif typing.get_origin(hint) is None:
            kind = hint.__name__
        else:  # a generic alias such as tuple[datetime.time, ...]
            kind = str(hint).replace("datetime.", "")
        if kind not in ("enum", "own") and kind not in _READERS:
            raise TypeError(f"{section.__name__}.{item.name}: no reader for {hint}")
        result.append(_Field(item.name, kind, optional, item.metadata.get(_RANGE), enum, own))
    _FIELDS[section] = tuple(result)
    return _FIELDS[section]


def read_section(section: type[T], data: Mapping[str, object]) -> tuple[T, list[FieldProblem]]:
    """The section from `data`: each valid value kept, each bad one reported."""
    values: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for spec in _fields_of(section):
        if spec.name not in data:
            continue
        value = data[spec.name]
        if value is None and spec.optional:
            values[spec.name] = None
            continue
        if spec.enum is not None:
            choices = tuple(str(member.value) for member in spec.enum)
            if isinstance(value, str) and value in choices:
                values[spec.name] = spec.enum(value)
            else:
                problems.append(FieldProblem(spec.name, Expected.CHOICE, choices=choices))
            continue
        if spec.own is not None:
            own_value = spec.own.from_setting(value)
            if own_value is None:
                problems.append(FieldProblem(spec.name, spec.own.EXPECTED))
            else:
                values[spec.name] = own_value
            continue
        read, expected = _READERS[spec.kind]
        parsed = read(value, spec.bounds)
        if parsed is _BAD:
            low, high = spec.bounds or (None, None)
            problems.append(FieldProblem(spec.name, expected, low, high))
        else:
            values[spec.name] = parsed
    return section(**values), problems


def section_mapping(value: object) -> dict[str, object]:
    """A section as JSON-ready values (times as "HH:MM", sets and tuples as lists)."""
    result: dict[str, object] = {}
    for item in dataclasses.fields(value):  # type: ignore[arg-type]
        field_value = getattr(value, item.name)
        if isinstance(field_value, Enum):
            field_value = field_value.value
        elif hasattr(field_value, "to_setting"):
            field_value = field_value.to_setting()
        elif isinstance(field_value, time):
            field_value = clock_text(field_value)
        elif isinstance(field_value, frozenset):
            field_value = sorted(field_value)
        elif isinstance(field_value, tuple):
            field_value = [clock_text(v) if isinstance(v, time) else v for v in field_value]
        result[item.name] = field_value
    return result
