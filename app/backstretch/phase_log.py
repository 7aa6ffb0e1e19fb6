"""`--phase-log FILE`: one JSON line per phase shown, for demos, support and benchmarks.

`t` is the real monotonic time at which the phase was shown and `planned` the real
monotonic time at which the plan scheduled it, so `t - planned` is the lateness a
person would notice, whatever the session speed.

The file is checked before anything starts (`check_phase_log`), so a path that cannot
be written is refused on the command line. One that fails later (a full disk, /dev/full)
is said once on stderr, and the routine goes on without its log.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import time
from pathlib import Path
from typing import TextIO

from backstretch.clock import Clock
from backstretch.session import Phase, SessionState
from backstretch.storage import StorageError, save_error


def check_phase_log(path: Path) -> None:
    """Raise StorageError (one sentence) if lines cannot be appended to `path`.

    A device is refused: it may take the open and fail every write (/dev/full), which
    would only show once the routine runs. A pipe (a reader on the other end) is fine.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = 0  # not there yet (or not to be looked at): opening it says why
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise StorageError(f"Cannot write the phase log to {path}: it is a device.")
    PhaseLog._open(path).close()


class PhaseLog:
    def __init__(self, path: Path, clock: Clock) -> None:
        self._clock = clock
        self.path = path
        self._stream: TextIO | None = self._open(path)

    @staticmethod
    def _open(path: Path) -> TextIO:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise save_error(path, exc, folder=True) from exc
        try:
            return path.open("a", encoding="utf-8")
        except OSError as exc:
            raise save_error(path, exc) from exc

    def record(self, state: SessionState) -> None:
        step = state.step
        if step is None:
            return
        self._write(
            {
                "t": round(time.monotonic(), 6),
                "planned": round(self._clock.to_real(state.planned_start), 6),
                "index": step.index,
                "exercise": step.exercise_id,
                "repetition": step.repetition,
                "side": step.side,
                "phase": str(step.phase),
            }
        )

    def record_end(self, finished: bool) -> None:
        ending = Phase.DONE if finished else "stopped"
        self._write({"t": round(time.monotonic(), 6), "phase": str(ending)})

    def _write(self, entry: dict[str, object]) -> None:
        if self._stream is None:
            return
        try:
            self._stream.write(json.dumps(entry) + "\n")
            self._stream.flush()  # a killed process still leaves every line it showed
        except OSError as exc:
            # Once, then the routine goes on without its log.
            print(
                f"backstretch: the phase log stopped: {save_error(self.path, exc)}", file=sys.stderr
            )
            self.close()

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            # Its last lines may not reach the disk; that was said already.
            with contextlib.suppress(OSError):
                stream.close()
