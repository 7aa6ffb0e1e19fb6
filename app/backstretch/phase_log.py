"""`--phase-log FILE`: one JSON line per phase shown, for demos, support and benchmarks.

`t` is the real monotonic time at which the phase was shown and `planned` the real
monotonic time at which the plan scheduled it, so `t - planned` is the lateness a
person would notice, whatever the session speed.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TextIO

from backstretch.clock import Clock
from backstretch.session import SessionState


class PhaseLog:
    def __init__(self, path: Path, clock: Clock) -> None:
        self._clock = clock
        path.parent.mkdir(parents=True, exist_ok=True)
        self._stream: TextIO = path.open("a", encoding="utf-8")

    def record(self, state: SessionState) -> None:
        step = state.step
        if step is None:
            return
        entry = {
            "t": round(time.monotonic(), 6),
            "planned": round(self._clock.to_real(state.planned_start), 6),
            "index": step.index,
            "exercise": step.exercise_id,
            "repetition": step.repetition,
            "side": step.side,
            "phase": str(step.phase),
        }
        self._stream.write(json.dumps(entry) + "\n")
        self._stream.flush()  # a killed process still leaves every line it showed

    def record_end(self, finished: bool) -> None:
        entry = {"t": round(time.monotonic(), 6), "phase": "done" if finished else "stopped"}
        self._stream.write(json.dumps(entry) + "\n")
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()
