"""What waits for the first frame runs once: after the paint, or after a time limit
when the window never paints (mapped on a hidden workspace, a locked screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from backstretch.ui.first_frame import after_first_paint


def test_runs_once_after_the_first_paint(qtbot):
    window = QLabel("Hello")
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append("painted"), at_latest_ms=300)
    window.show()
    qtbot.waitUntil(lambda: calls == ["painted"])
    window.update()
    window.repaint()
    qtbot.wait(400)  # later paints and the time limit do not call it again
    assert calls == ["painted"]


def test_runs_after_the_time_limit_when_the_window_never_paints(qtbot):
    window = QLabel("Never shown")
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append("late"), at_latest_ms=50)
    qtbot.waitUntil(lambda: calls == ["late"], timeout=2000)
    qtbot.wait(100)
    assert calls == ["late"]
