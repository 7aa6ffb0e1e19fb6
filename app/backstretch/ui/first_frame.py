"""Report the first painted frame of a window: how benchmarks/ measures start-up."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let this paint finish before saying so and leaving.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print("first-frame", flush=True)
        sys.stdout.flush()
        QApplication.quit()


def quit_after_first_paint(window: QWidget) -> None:
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
