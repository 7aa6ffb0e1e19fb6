"""Baseline: the smallest PySide6 window, measured like the app. It quits after its
first frame (start-up) or, with --stay, waits like an idle app (idle cost)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

from backstretch.ui.first_frame import quit_after_first_paint

if __name__ == "__main__":
    stay = "--stay" in sys.argv
    app = QApplication([arg for arg in sys.argv if arg != "--stay"])
    window = QLabel("Hello")
    window.resize(1280, 800)
    if not stay:
        quit_after_first_paint(window)
    window.show()
    sys.exit(app.exec())
