"""Guards against a Qt binding that would crash the app after a few minutes of painting.

PySide6 6.12.0 drops a reference to None on every call that returns nothing; on Python
3.11 the interpreter aborts once None's count runs out. pyproject.toml excludes it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter


def test_calls_returning_nothing_keep_none_alive():
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.restore()
    drift = sys.getrefcount(None) - before
    painter.end()
    assert abs(drift) < 100, f"the Qt binding leaks references to None ({drift})"
