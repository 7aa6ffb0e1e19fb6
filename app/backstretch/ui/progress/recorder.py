"""Writes each session into the history as it happens: a repetition is on disk the
moment it completes, so a crash or a killed process loses nothing done before it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from backstretch.fields import section_mapping
from backstretch.history import HistoryStore, HistoryUnavailable, SessionRecord, StretchStatus
from backstretch.localtime import now
from backstretch.progress import should_suggest_pause
from backstretch.routine import RoutineOptions
from backstretch.session import Plan, SessionState, Summary
from backstretch.ui.session.driver import SessionDriver

T = TypeVar("T")


class HistoryRecorder(QObject):
    problem = Signal(str)  # history could not be written: said once, the session goes on

    def __init__(
        self, store: HistoryStore, driver: SessionDriver, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store: HistoryStore | None = store
        self.session_id: int | None = None
        self.last_session_id: int | None = None  # for the rating given after it ended
        self._current_exercise: str | None = None
        self._planned: dict[str, int] = {}
        self._done: dict[str, int] = {}
        driver.repetition_completed.connect(self._on_repetition)
        driver.phase_changed.connect(self._on_phase)

    def begin(self, plan: Plan, options: RoutineOptions, pain_before: int | None = None) -> None:
        planned: dict[str, int] = {}
        for step in plan.steps:
            planned.setdefault(step.exercise_id, step.repetitions)
        self._planned, self._done = planned, {}
        self._current_exercise = None
        self.session_id = self._write(
            lambda store: store.start_session(
                now(), section_mapping(options), list(planned.items()), pain_before
            )
        )
        self.last_session_id = self.session_id

    def _on_repetition(self, exercise_id: str, repetition: int) -> None:
        if self.session_id is not None:
            session = self.session_id
            self._done[exercise_id] = max(self._done.get(exercise_id, 0), repetition)
            self._write(lambda s: s.record_repetition(session, exercise_id, repetition, now()))

    def _on_phase(self, state: SessionState) -> None:
        step = state.step
        if self.session_id is None or step is None:
            return
        previous, self._current_exercise = self._current_exercise, step.exercise_id
        if previous is not None and previous != step.exercise_id:
            session = self.session_id
            # Moving on: "done" if it ran its course, otherwise the user skipped ahead.
            ran = self._done.get(previous, 0) >= self._planned.get(previous, 0)
            status = StretchStatus.DONE if ran else StretchStatus.SKIPPED
            self._write(lambda s: s.end_stretch(session, previous, status))

    def end(self, summary: Summary) -> None:
        """The routine ended (connected to the window's routine_ended, ahead of whoever
        quits on it, so the last write happens before the store closes)."""
        if self.session_id is not None:
            session, self.session_id = self.session_id, None
            self._write(lambda s: s.finish_session(session, now(), summary.finished))

    def rate_after(self, rating: int | None) -> bool:
        """Store the after-routine rating; True if the ratings suggest pausing."""
        session = self.last_session_id
        if session is None:
            return False
        self._write(lambda s: s.set_pain_after(session, rating))
        records = self._write(lambda s: s.sessions())
        return records is not None and should_suggest_pause(records)

    def records(self) -> list[SessionRecord]:
        """Every session so far (none, and one message, if the history cannot be read)."""
        return self._write(lambda store: store.sessions()) or []

    def _write(self, action: Callable[[HistoryStore], T]) -> T | None:
        if self.store is None:
            return None
        try:
            return action(self.store)
        except HistoryUnavailable as exc:
            self.store = None  # one message, then the session runs without history
            self.problem.emit(f"{exc} The routine goes on, but is not recorded.")
            return None
