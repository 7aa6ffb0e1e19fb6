"""The Qt side of a session: timers that wake the pure machine, and signals for the UI.

The driver never counts. It arms one precise single-shot timer for the next phase
deadline the machine reports and, when woken (by that timer, a user action or a late
wake-up), asks the machine what is current. A separate frame timer runs only while a
view wants animation and the session is running; paused or hidden, nothing ticks.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer, Signal

from backstretch.clock import Clock
from backstretch.session import Plan, SessionMachine, SessionState, Summary
from backstretch.ui.qt_numbers import PRECISE_TIMER, set_by_number

FRAME_INTERVAL_MS = 33  # 30 frames a second: smooth for slow stretches, half the work of 60
FRAME_QUIET_S = 0.040  # no new frame this close to a phase change


class SessionDriver(QObject):
    phase_changed = Signal(object)  # SessionState, once per step shown
    frame = Signal(object)  # SessionState, for animation and the countdown
    paused_changed = Signal(bool)
    repetition_completed = Signal(str, int)  # exercise id, repetition number
    ended = Signal(object)  # Summary: the routine finished or was stopped

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.machine: SessionMachine | None = None
        self._shown_index: int | None = None
        self._reported = 0  # steps checked for completed repetitions
        self._phase_timer = QTimer(self)
        self._phase_timer.setSingleShot(True)
        set_by_number(self._phase_timer, timerType=PRECISE_TIMER)
        self._phase_timer.timeout.connect(self.wake)
        self._frame_timer = QTimer(self)
        self._frame_timer.setInterval(FRAME_INTERVAL_MS)
        self._frame_timer.timeout.connect(self._on_frame)
        self._animate = False

    # -- lifecycle ---------------------------------------------------------------

    def start(self, plan: Plan) -> None:
        self.machine = SessionMachine(plan, self.clock.now())
        self._shown_index = None
        self._reported = 0
        self.wake()

    @property
    def running(self) -> bool:
        return self.machine is not None

    def state(self) -> SessionState | None:
        return self.machine.state(self.clock.now()) if self.machine else None

    def set_animating(self, animate: bool) -> None:
        """Views ask for frames only while they are visible."""
        self._animate = animate
        self._update_frame_timer()

    # -- the heartbeat -------------------------------------------------------------

    def wake(self) -> None:
        machine = self.machine
        if machine is None:
            return
        now = self.clock.now()
        state = machine.state(now)
        self._report_repetitions(state.index)
        if state.finished or state.stopped:
            self._finish(now)
            return
        if state.index != self._shown_index:
            self._shown_index = state.index
            self.phase_changed.emit(state)
        self.frame.emit(state)
        self._arm(now)
        self._update_frame_timer()

    def _arm(self, now: float) -> None:
        assert self.machine is not None
        deadline = self.machine.next_deadline(now)
        self._phase_timer.stop()
        if deadline is None:
            return
        delay = self.clock.real_delay(deadline - now)
        if math.isfinite(delay):
            # Round up: waking a hair early would only mean arming again.
            self._phase_timer.start(max(0, math.ceil(delay * 1000)))

    def _on_frame(self) -> None:
        if self.machine is None:
            return
        now = self.clock.now()
        state = self.machine.state(now)
        if state.index != self._shown_index:
            self.wake()  # a deadline passed between timer wakes: let wake() announce it
            return
        deadline = self.machine.next_deadline(now)
        if deadline is not None and self.clock.real_delay(deadline - now) < FRAME_QUIET_S:
            # A phase change is due before the next frame: leave the event loop free for
            # it rather than start a repaint it would have to wait behind.
            return
        self.frame.emit(state)

    def _update_frame_timer(self) -> None:
        machine = self.machine
        wanted = self._animate and machine is not None and not machine.paused
        if wanted and not self._frame_timer.isActive():
            self._frame_timer.start()
        elif not wanted and self._frame_timer.isActive():
            self._frame_timer.stop()

    def _report_repetitions(self, index: int) -> None:
        assert self.machine is not None
        steps = self.machine.plan.steps
        for position in range(self._reported, min(index, len(steps))):
            step = steps[position]
            if step.ends_repetition and self.machine.completed(position):
                self.repetition_completed.emit(step.exercise_id, step.repetition)
        self._reported = index  # after a step back, those steps count again when redone

    def _finish(self, now: float) -> None:
        assert self.machine is not None
        summary: Summary = self.machine.summary(now)
        self._phase_timer.stop()
        self.machine = None
        self._update_frame_timer()
        self.ended.emit(summary)

    # -- what the user asks for ------------------------------------------------------

    def _act(self, action: str) -> None:
        if self.machine is None:
            return
        getattr(self.machine, action)(self.clock.now())
        self.wake()

    def toggle_pause(self) -> None:
        if self.machine is None:
            return
        self._act("toggle_pause")
        self.paused_changed.emit(self.machine.paused if self.machine else False)

    def pause(self) -> None:
        if self.machine is not None and not self.machine.paused:
            self.toggle_pause()

    def resume(self) -> None:
        if self.machine is not None and self.machine.paused:
            self.toggle_pause()

    def skip(self) -> None:
        self._act("skip")

    def back(self) -> None:
        self._act("back")

    def skip_exercise(self) -> None:
        self._act("skip_exercise")

    def stop(self) -> None:
        self._act("stop")
