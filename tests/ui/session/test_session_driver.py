"""The QTimer driver on a real event loop: it wakes on time and never double-announces."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from backstretch.clock import ManualClock, ScaledClock
from backstretch.session import StretchTiming, build_plan
from backstretch.ui.session.driver import FRAME_INTERVAL_MS, SessionDriver

PLAN = build_plan(
    [
        StretchTiming("a", 2, False, move=1, hold=2, release=1, rest=1),
        StretchTiming("b", 1, True, move=1, hold=1, release=1, rest=1),
    ],
    lead_in=1,
    transition=1,
)


def test_real_timers_walk_the_whole_plan_in_order(qtbot):
    # 50 ms per plan second: fast, yet a stall on a busy machine cannot swallow a step.
    driver = SessionDriver(ScaledClock(speed=20))
    shown, ended = [], []
    driver.phase_changed.connect(lambda state: shown.append(state.index))
    driver.ended.connect(ended.append)
    driver.start(PLAN)
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert shown == list(range(len(PLAN.steps)))  # every step once, in order
    assert ended[0].finished and ended[0].repetitions_done == 3


def test_repetitions_are_reported_as_they_complete(qtbot):
    clock = ManualClock()
    driver = SessionDriver(clock)
    done = []
    driver.repetition_completed.connect(lambda eid, rep: done.append((eid, rep)))
    driver.start(PLAN)
    clock.advance(PLAN.total + 1)
    driver.wake()
    assert done == [("a", 1), ("a", 2), ("b", 1)]


def test_frames_run_only_while_animating_and_not_paused(qtbot):
    # The session clock stands still, so no phase changes; the frame timer is the
    # driver's one repeating timer, asked whether it runs rather than waited for.
    driver = SessionDriver(ManualClock())
    (frame_timer,) = [timer for timer in driver.findChildren(QTimer) if not timer.isSingleShot()]
    frames = []
    driver.frame.connect(frames.append)
    driver.start(PLAN)
    assert len(frames) == 1 and not frame_timer.isActive()  # the wake itself, no animation
    driver.set_animating(True)
    assert frame_timer.isActive() and frame_timer.interval() == FRAME_INTERVAL_MS
    with qtbot.waitSignal(driver.frame, timeout=1000):
        pass  # the timer really produces frames: one 33 ms wait
    driver.pause()
    assert not frame_timer.isActive()
    driver.resume()
    assert frame_timer.isActive()
    driver.set_animating(False)  # the view was hidden
    assert not frame_timer.isActive()
    driver.set_animating(True)
    driver.stop()
    assert not frame_timer.isActive()


def test_stop_ends_with_a_summary(qtbot):
    clock = ManualClock()
    driver = SessionDriver(clock)
    ended = []
    driver.ended.connect(ended.append)
    driver.start(PLAN)
    clock.advance(1 + 1 + 2 + 1 + 0.5)  # into the first rest: repetition 1 done
    driver.stop()
    assert not ended[0].finished and ended[0].repetitions_done == 1
    assert not driver.running


class RealTimeManualClock(ManualClock):
    """Moves only when told, but converts session seconds to real ones at speed 1."""

    def real_delay(self, session_seconds: float) -> float:
        return session_seconds


def test_no_frame_is_painted_just_before_a_phase_change(qtbot):
    # A repaint started a few ms before a deadline would make the phase change wait
    # behind it: close to a deadline the driver lets the frame go.
    clock = RealTimeManualClock()
    driver = SessionDriver(clock)
    frames = []
    driver.frame.connect(frames.append)
    driver.start(PLAN)  # get ready: 1 s
    frames.clear()
    clock.advance(0.5)
    driver._on_frame()
    assert len(frames) == 1  # half a second to go: animate as usual
    clock.advance(0.48)
    driver._on_frame()
    assert len(frames) == 1  # 20 ms to go: keep the loop free
    clock.advance(0.03)
    driver._on_frame()  # the deadline passed: the new phase is announced at once
    assert driver.state().index == 1
