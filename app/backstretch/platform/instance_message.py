"""What a later launch asks of the running Backstretch: one typed message, one JSON line.

A version number travels with it, so a running Backstretch of another version can
tell it was sent something it may not understand and ignore it rather than guess.
Pure Python: both sides of the socket share it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

PROTOCOL_VERSION = 1
MAX_MESSAGE_BYTES = 4096  # a request is a few dozen bytes; anything longer is not one
_FIELDS = {"version", "start", "exercise", "hidden"}


@dataclass(frozen=True)
class LaunchRequest:
    start: bool = False  # begin the routine
    exercise: str | None = None  # with start: only this stretch
    hidden: bool = False  # started at login: stay in the background

    def encode(self) -> bytes:
        message = {"version": PROTOCOL_VERSION, **self.__dict__}
        return json.dumps(message, separators=(",", ":")).encode() + b"\n"

    @classmethod
    def decode(cls, data: bytes) -> LaunchRequest | None:
        """The request in one line, or None if it is not a request of this version."""
        if len(data) > MAX_MESSAGE_BYTES:
            return None
        try:
            message = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return None
        if not isinstance(message, dict) or set(message) != _FIELDS:
            return None
        start, exercise, hidden = message["start"], message["exercise"], message["hidden"]
        if message["version"] != PROTOCOL_VERSION or type(message["version"]) is not int:
            return None
        if not isinstance(start, bool) or not isinstance(hidden, bool):
            return None
        if exercise is not None and not (isinstance(exercise, str) and 0 < len(exercise) <= 100):
            return None
        return cls(start, exercise, hidden)
