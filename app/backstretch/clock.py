"""Clocks for the session: real, sped up (demos, tests, benchmarks) and manual (tests).

A clock reads "session time" in seconds. The Qt driver also needs the way back to
real time, to arm a timer for a session deadline and to log when a phase was planned.
"""

from __future__ import annotations

import math
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Session time in seconds (monotonic)."""

    def real_delay(self, session_seconds: float) -> float:
        """Real seconds until `session_seconds` of session time have passed (inf: never)."""

    def to_real(self, session_time: float) -> float:
        """The real monotonic time at which the session clock reads `session_time`."""


class ScaledClock:
    """Monotonic time running `speed` times faster than real time from its creation."""

    def __init__(self, speed: float = 1.0) -> None:
        if not speed > 0 or math.isinf(speed):
            raise ValueError(f"speed must be a positive number, not {speed}")
        self.speed = speed
        self._origin = time.monotonic()

    def now(self) -> float:
        return self._origin + (time.monotonic() - self._origin) * self.speed

    def real_delay(self, session_seconds: float) -> float:
        return session_seconds / self.speed

    def to_real(self, session_time: float) -> float:
        return self._origin + (session_time - self._origin) / self.speed


class ManualClock:
    """A clock that moves only when told to: for tests that step through a routine."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds

    def real_delay(self, session_seconds: float) -> float:
        return math.inf

    def to_real(self, session_time: float) -> float:
        return session_time
