"""Writes each session into the history as it happens: a repetition is on disk the
moment it completes, so a crash or a killed process loses nothing done before it.

Another program may hold the file's write lock for a while (a backup tool, the sqlite3
shell). The store then gives up within a frame (HistoryBusy) instead of freezing the
window, and the write waits in a queue, in order, with every time taken when it
happened; a timer tries the queue again until the lock is gone. Before the app quits the
queue is given a last, longer chance, so a session gets its end.

The file is opened by the first write or read, not before: a Backstretch waiting for
its first reminder has no SQLite loaded. Opening waits as briefly as a write, and a lock
held by another program then is waited out the same way, in the queue.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from backstretch.fields import section_mapping
from backstretch.history import (
    HistoryBusy,
    HistoryStore,
    HistoryUnavailable,
    SessionRecord,
    StretchStatus,
)
from backstretch.history.store import WRITE_TIMEOUT_MS
from backstretch.localtime import now
from backstretch.progress import should_suggest_pause
from backstretch.routine import RoutineOptions
from backstretch.session import Plan, SessionState, Summary
from backstretch.ui.session.driver import SessionDriver

# The first retry comes soon (most locks are brief); later ones back off to this.
FIRST_RETRY_MS = 200
LONGEST_RETRY_MS = 5000
# After this long behind a lock the user is told (once) that the records are waiting.
TELL_AFTER_MS = 15_000
# At quit nothing waits for a frame: the last writes may wait this long for the lock.
QUIT_WAIT_MS = 3000
# Opening on the GUI thread waits no longer than a write does.
OPEN_WAIT_S = WRITE_TIMEOUT_MS / 1000


@dataclass
class _Session:
    """One routine's row, whose id is known once its queued start has been written."""

    id: int | None = None


Write = Callable[[HistoryStore], object]


class HistoryRecorder(QObject):
    problem = Signal(str)  # history could not be written: said once, the session goes on

    def __init__(self, path: Path, driver: SessionDriver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.store: HistoryStore | None = None  # opened by the first write or read
        self._unavailable = False  # no history this time (said once), or closed
        self._session: _Session | None = None
        self._last_session: _Session | None = None  # for the rating given after it ended
        self._current_exercise: str | None = None
        self._planned: dict[str, int] = {}
        self._done: dict[str, int] = {}
        self._pending: deque[Write] = deque()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._flush)
        self._retry_ms = FIRST_RETRY_MS
        self._waited_ms = 0
        self._told_waiting = False
        driver.repetition_completed.connect(self._on_repetition)
        driver.phase_changed.connect(self._on_phase)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)  # the last writes, then the file closes

    @property
    def pending(self) -> int:
        """Writes waiting for the file's lock."""
        return len(self._pending)

    def begin(self, plan: Plan, options: RoutineOptions, pain_before: int | None = None) -> None:
        planned: dict[str, int] = {}
        for step in plan.steps:
            planned.setdefault(step.exercise_id, step.repetitions)
        self._planned, self._done = planned, {}
        self._current_exercise = None
        session = self._session = self._last_session = _Session()
        started, mapping, plan_rows = now(), section_mapping(options), list(planned.items())

        def start(store: HistoryStore) -> None:
            session.id = store.start_session(started, mapping, plan_rows, pain_before)

        self._write(start)

    def _on_repetition(self, exercise_id: str, repetition: int) -> None:
        session = self._session
        if session is None:
            return
        self._done[exercise_id] = max(self._done.get(exercise_id, 0), repetition)
        at = now()
        self._write(lambda s: s.record_repetition(_id(session), exercise_id, repetition, at))

    def _on_phase(self, state: SessionState) -> None:
        step = state.step
        session = self._session
        if session is None or step is None:
            return
        previous, self._current_exercise = self._current_exercise, step.exercise_id
        if previous is not None and previous != step.exercise_id:
            # Moving on: "done" if it ran its course, otherwise the user skipped ahead.
            ran = self._done.get(previous, 0) >= self._planned.get(previous, 0)
            status = StretchStatus.DONE if ran else StretchStatus.SKIPPED
            self._write(lambda s: s.end_stretch(_id(session), previous, status))

    def end(self, summary: Summary) -> None:
        """The routine ended (connected to the window's routine_ended, ahead of whoever
        quits on it, so the last write is queued before the store closes)."""
        session, self._session = self._session, None
        if session is not None:
            at, finished = now(), summary.finished
            self._write(lambda s: s.finish_session(_id(session), at, finished))

    def rate_before(self, rating: int | None) -> None:
        """The before-routine rating, given once the routine had begun (it started from
        a reminder or the tray, where nobody asked)."""
        session = self._session
        if session is not None:
            self._write(lambda s: s.set_pain_before(_id(session), rating))

    def rate_after(self, rating: int | None) -> bool:
        """Store the after-routine rating; True if the ratings suggest pausing."""
        session = self._last_session
        if session is None or self._unavailable:
            return False
        self._write(lambda s: s.set_pain_after(_id(session), rating))
        if self.store is None:  # not open yet: behind another program's lock
            return False
        try:
            records = self.store.sessions()  # reading is not blocked by another's lock
        except HistoryUnavailable:
            return False
        return should_suggest_pause(records)

    def records(self) -> list[SessionRecord]:
        """Every session so far; none (and one message) if the history cannot be read."""
        if self._unavailable:
            return []
        try:
            store = self._opened(OPEN_WAIT_S)
        except HistoryBusy as exc:
            self.problem.emit(str(exc))
            return []
        except HistoryUnavailable as exc:
            self._give_up(
                QCoreApplication.translate(
                    "Application", "{problem} Sessions are not recorded."
                ).format(problem=exc)
            )
            return []
        try:
            return store.sessions()
        except HistoryUnavailable as exc:
            self.problem.emit(str(exc))
            return []

    def close(self) -> None:
        """The last writes, then the file closes (the app is ending). Nothing is
        written after it; a second call does nothing."""
        if self._unavailable and self.store is None:
            return
        self.finish_writes()
        self._unavailable = True
        if self.store is not None:
            self.store.close()
            self.store = None

    def finish_writes(self) -> None:
        """Give the queue a last chance, waiting a little for the lock (before quitting)."""
        self._retry.stop()
        if self._unavailable or not self._pending:
            return
        with contextlib.suppress(HistoryUnavailable):  # the flush below says it
            self._opened(QUIT_WAIT_MS / 1000).wait_for_lock(QUIT_WAIT_MS)
        self._flush()
        self._retry.stop()
        if self._pending:
            self.problem.emit(
                self.tr(
                    "The stretch history in {path} stayed in use by another program; the "
                    "last {count} record(s) of this routine could not be written."
                ).format(path=self.path, count=len(self._pending))
            )

    def _opened(self, wait_s: float) -> HistoryStore:
        """The open store, opened now if it is not (a damaged file set aside, and said)."""
        if self.store is None:
            self.store = HistoryStore.open(self.path, wait_s)
            if self.store.problem:
                self.problem.emit(self.store.problem)
        return self.store

    def _give_up(self, message: str) -> None:
        """No history this time: one message, and the routines go on unrecorded."""
        self._unavailable = True
        self._pending.clear()
        self._retry.stop()
        self.problem.emit(message)

    def _write(self, action: Write) -> None:
        if self._unavailable:
            return
        self._pending.append(action)
        if not self._retry.isActive():  # otherwise it waits its turn behind the others
            self._flush()

    def _flush(self) -> None:
        while self._pending and not self._unavailable:
            try:
                self._pending[0](self._opened(OPEN_WAIT_S))
            except HistoryBusy:
                self._wait_for_lock()
                return
            except HistoryUnavailable as exc:
                self._give_up(
                    self.tr("{problem} The routine goes on, but is not recorded.").format(
                        problem=exc
                    )
                )
                return
            self._pending.popleft()
        self._retry_ms, self._waited_ms = FIRST_RETRY_MS, 0

    def _wait_for_lock(self) -> None:
        self._waited_ms += self._retry_ms
        if self._waited_ms >= TELL_AFTER_MS and not self._told_waiting:
            self._told_waiting = True
            self.problem.emit(
                self.tr(
                    "The stretch history in {path} is in use by another program; this "
                    "routine's records wait and are written once it is free."
                ).format(path=self.path)
            )
        self._retry.start(self._retry_ms)
        self._retry_ms = min(self._retry_ms * 2, LONGEST_RETRY_MS)


def _id(session: _Session) -> int:
    # Writes run in order, so the session's start was written before any of its rows.
    assert session.id is not None, "a session's rows were written before its start"
    return session.id
