"""Run something once a window has painted its first frame.

The command line uses it to start what the first frame does not need (history,
reminders, tray) only after the window is on screen; benchmarks/ uses it to measure
start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._callback: Callable[[], object] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let this paint finish (and reach the screen) before going on.
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(
    window: QWidget, callback: Callable[[], object], at_latest_ms: int | None = None
) -> None:
    """Call `callback` once, from the event loop, when `window` has first painted.

    With `at_latest_ms`, call it after that long even if no paint came: a window
    mapped on a hidden workspace or behind a locked screen may not paint for hours.
    """
    watcher = _FirstPaint(window, callback)
    window.installEventFilter(watcher)
    if at_latest_ms is not None:
        QTimer.singleShot(at_latest_ms, watcher, watcher.fire)


def quit_after_first_paint(window: QWidget) -> None:
    def done() -> None:
        print("first-frame", flush=True)
        QApplication.exit(0)  # not quit(): that would ask each window to close first

    after_first_paint(window, done)


class _EachShownPaint(QObject):
    """Prints "frame" at the first paint after each show, then closes the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._waiting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._waiting = True
        elif event.type() == QEvent.Type.Paint and self._waiting:
            self._waiting = False
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        print("frame", flush=True)
        self._window.close()


def close_after_each_frame(window: QWidget) -> None:
    """For benchmarks/: close `window` now, and again each time it has painted after
    being shown, printing "frame" then ("closed" says the first close is done)."""
    watcher = _EachShownPaint(window)
    window.installEventFilter(watcher)
    if window.isVisible():
        window.close()
    print("closed", flush=True)
