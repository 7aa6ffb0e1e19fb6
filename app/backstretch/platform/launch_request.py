"""What a later launch asks of the running Backstretch: a typed message, versioned.

It travels as one line of JSON over the instance socket:

    {"version": 1, "start": true, "exercise": "knee-rolls", "hidden": false}

`decode` takes nothing on trust: the line comes from whatever connected to the socket,
so anything malformed, too long, of another version or with values of the wrong type
raises InvalidRequest, and the server ignores it. Fields added by a later version of
the same protocol are ignored, so an older instance still understands a newer launch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

PROTOCOL_VERSION = 1
# A request is well under 200 bytes; anything near this is not one.
MAX_REQUEST_BYTES = 4096
MAX_EXERCISE_ID = 200


class InvalidRequest(ValueError):
    """A line on the socket that is not a request this version understands."""


@dataclass(frozen=True)
class LaunchRequest:
    """What a later launch asks of the running Backstretch."""

    start: bool = False  # begin the routine (or `exercise` alone)
    exercise: str | None = None  # only with start
    hidden: bool = False  # started at login: stay in the tray

    def __post_init__(self) -> None:
        if not isinstance(self.start, bool) or not isinstance(self.hidden, bool):
            raise InvalidRequest("start and hidden are true or false")
        if self.exercise is not None:
            if not self.start:
                raise InvalidRequest("an exercise is only asked for with start")
            if not _is_exercise_id(self.exercise):
                raise InvalidRequest(f"not a stretch name: {self.exercise!r:.80}")

    def encode(self) -> bytes:
        message = {
            "version": PROTOCOL_VERSION,
            "start": self.start,
            "exercise": self.exercise,
            "hidden": self.hidden,
        }
        return json.dumps(message, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> LaunchRequest:
        if len(line) > MAX_REQUEST_BYTES:
            raise InvalidRequest(f"{len(line)} bytes, more than a request ever holds")
        # Only the running Backstretch decodes (and has storage loaded): a launch that
        # hands over only encodes, and starts quicker without it.
        from backstretch.storage import Unreadable, parse_json

        try:
            message = parse_json(line.decode("utf-8"))
        except UnicodeDecodeError:
            raise InvalidRequest("not UTF-8 text") from None
        except Unreadable as exc:
            raise InvalidRequest(exc.reason) from None
        if not isinstance(message, dict):
            raise InvalidRequest("not a JSON object")
        version = message.get("version")
        if version != PROTOCOL_VERSION or isinstance(version, bool):
            raise InvalidRequest(f"protocol version {version!r:.40}, not {PROTOCOL_VERSION}")
        start, hidden = message.get("start", False), message.get("hidden", False)
        exercise = message.get("exercise")
        if not isinstance(start, bool) or not isinstance(hidden, bool):
            raise InvalidRequest("start and hidden are true or false")
        if exercise is not None and not isinstance(exercise, str):
            raise InvalidRequest("exercise is a stretch name or null")
        return cls(start=start, exercise=exercise, hidden=hidden)


def _is_exercise_id(text: object) -> bool:
    # A stretch's id is its file's name: printable, one line, not empty.
    return (
        isinstance(text, str)
        and 0 < len(text) <= MAX_EXERCISE_ID
        and text.isprintable()
        and text.strip() == text
    )
