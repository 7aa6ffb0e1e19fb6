"""One validator for the app's TOML content: exercises, the routine and figure specs.

Pure Python (no Qt). `read_toml` reads a file defensively (a regular file only, at most
`MAX_FILE_BYTES`, UTF-8, nesting too deep for the parser reported rather than raised),
and `Table` gives typed access to one table of it. Every mistake becomes a
`ContentError` that names the file and the dotted field, and nothing that could hurt
gets through: numbers are finite, texts and lists have sane sizes.
"""

from __future__ import annotations

import math
import os
import stat
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from enum import Enum
from pathlib import Path
from typing import TypeVar

# A stretch file is a few kilobytes; anything near this is not one.
MAX_FILE_BYTES = 256 * 1024
# One instruction, step or tip: a paragraph at most.
MAX_TEXT_CHARS = 2_000
# Steps, tips, keyframes, names in a list: a handful each.
MAX_LIST_ITEMS = 64

E = TypeVar("E", bound=Enum)


class ContentError(ValueError):
    """A content file that cannot be used, with the file and field that are wrong.

    `path` is None for a table that does not come from a file (a figure spec built in
    a test); the message then starts with the field.
    """

    def __init__(self, path: Path | None, field: str, message: str) -> None:
        self.path = path
        self.field = field
        self.message = message
        where = f"{path.name}: " if path is not None else ""
        where += f"{field}: " if field else ""
        super().__init__(where + message)


def read_toml(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> dict[str, object]:
    """Parse one TOML file, or raise ContentError saying in one sentence what is wrong.

    Only a regular file is read (a FIFO would hang, a device never end), and only up
    to `max_bytes`.
    """
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the check below refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ContentError(path, "", f"cannot be read ({exc.strerror or exc})") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ContentError(path, "", "is not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, max_bytes + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise ContentError(path, "", f"cannot be read ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if size > max_bytes:
        raise ContentError(path, "", f"is larger than {max_bytes // 1024} KiB")
    try:
        text = b"".join(chunks).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(path, "", "not valid UTF-8 text") from exc
    return parse_toml(text, path)


def parse_toml(text: str, path: Path | None) -> dict[str, object]:
    """Parse TOML text; every parser failure becomes a ContentError."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(path, "", f"not valid TOML ({exc})") from exc
    except RecursionError as exc:
        raise ContentError(path, "", "not valid TOML (nested too deeply)") from exc
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise ContentError(path, "", f"not valid TOML ({exc})") from exc


def number_or_none(value: object) -> float | None:
    """The value as a finite float, or None when it is not one (booleans are not)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        return None
    return number if math.isfinite(number) else None


class Table:
    """Typed access to one TOML table that turns every mistake into a ContentError."""

    def __init__(self, data: Mapping[str, object], path: Path | None, prefix: str = "") -> None:
        self._data = data
        self.path = path
        self._prefix = prefix

    @classmethod
    def of(cls, value: object, path: Path | None, where: str) -> Table:
        """`value` as a table named `where`, or a ContentError if it is not one."""
        if not isinstance(value, Mapping):
            raise ContentError(path, where, "must be a table")
        return cls(value, path, f"{where}." if where else "")

    # -- names and errors --

    def name(self, key: str) -> str:
        """The dotted field name of `key` in this table."""
        return f"{self._prefix}{key}"

    @property
    def where(self) -> str:
        """This table's own dotted name."""
        return self._prefix.rstrip(".")

    def error(self, key: str, message: str) -> ContentError:
        return ContentError(self.path, self.name(key), message)

    # -- keys --

    def __contains__(self, key: str) -> bool:
        return key in self._data

    def keys(self) -> Iterator[str]:
        return iter(self._data)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        known = tuple(allowed)
        for key in self._data:
            if key not in known:
                raise self.error(key, f"unknown field (expected one of: {', '.join(known)})")

    def get(self, key: str) -> object:
        """The raw value; a ContentError if it is missing."""
        if key not in self._data:
            raise self.error(key, "missing")
        return self._data[key]

    # -- values --

    def text(self, key: str, *, max_chars: int = MAX_TEXT_CHARS) -> str:
        return self._text(self.get(key), key, max_chars)

    def _text(self, value: object, key: str, max_chars: int) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "must be non-empty text")
        if len(value) > max_chars:
            raise self.error(key, f"is too long ({len(value):,} characters; at most {max_chars:,})")
        return value.strip()

    def _list(self, key: str, what: str, max_items: int) -> list[object]:
        value = self.get(key)
        if not isinstance(value, list):
            raise self.error(key, f"must be a list of {what}")
        if len(value) > max_items:
            raise self.error(key, f"has too many items ({len(value)}; at most {max_items})")
        return value

    def texts(
        self,
        key: str,
        *,
        allow_empty: bool = False,
        max_items: int = MAX_LIST_ITEMS,
        max_chars: int = MAX_TEXT_CHARS,
    ) -> tuple[str, ...]:
        value = self._list(key, "texts", max_items)
        if not value and not allow_empty:
            raise self.error(key, "must not be empty")
        return tuple(
            self._text(item, f"{key}[{number}]", max_chars)
            for number, item in enumerate(value, start=1)
        )

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, "must be a whole number")
        if not low <= value <= high:
            raise self.error(key, f"must be between {low} and {high}, not {value}")
        return value

    def boolean(self, key: str) -> bool:
        value = self.get(key)
        if not isinstance(value, bool):
            raise self.error(key, "must be true or false")
        return value

    def number(
        self, key: str, low: float = -math.inf, high: float = math.inf, *, unit: str = ""
    ) -> float:
        """A finite number (int or float) between `low` and `high`."""
        what = f"a number of {unit}" if unit else "a number"
        value = number_or_none(self.get(key))
        if value is None:
            raise self.error(key, f"must be {what}")
        if not low <= value <= high:
            suffix = f" {unit}" if unit else ""
            raise self.error(key, f"must be between {low:g} and {high:g}{suffix}, not {value:g}")
        return value

    def seconds(self, key: str, low: float, high: float) -> float:
        return self.number(key, low, high, unit="seconds")

    def numbers(self, key: str, count: int, *, what: str) -> tuple[float, ...]:
        """Exactly `count` finite numbers, e.g. a point [x, y]."""
        value = self.get(key)
        items = [number_or_none(v) for v in value] if isinstance(value, list) else []
        if len(items) != count or any(v is None for v in items):
            raise self.error(key, f"must be {count} numbers, {what}")
        return tuple(v for v in items if v is not None)

    def choice(self, key: str, options: Iterable[str], what: str = "value") -> str:
        return self._choice(self.get(key), key, tuple(options), what)

    def _choice(self, value: object, key: str, options: tuple[str, ...], what: str) -> str:
        if not isinstance(value, str):
            raise self.error(key, f"must be text naming a {what}")
        if value not in options:
            shown = ", ".join(options) if len(options) <= 24 else ", ".join(options[:24]) + ", …"
            raise self.error(key, f"unknown {what} {value!r} (expected one of: {shown})")
        return value

    def choices(
        self, key: str, options: Iterable[str], what: str, *, max_items: int = MAX_LIST_ITEMS
    ) -> tuple[str, ...]:
        """A list of names, each one of `options`."""
        known = tuple(options)
        value = self._list(key, f"{what} names", max_items)
        return tuple(
            self._choice(item, f"{key}[{number}]", known, what)
            for number, item in enumerate(value, start=1)
        )

    def enum(self, key: str, kind: type[E], what: str) -> E:
        """A value of an enum whose values are texts (a Phase, a Side)."""
        name = self.choice(key, (str(member.value) for member in kind), what)
        return kind(name)

    def table(self, key: str) -> Table:
        return Table.of(self.get(key), self.path, self.name(key))

    def optional_table(self, key: str) -> Table | None:
        return self.table(key) if key in self._data else None
