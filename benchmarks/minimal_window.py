"""Baseline for start-up: the smallest PySide6 window, measured like the app."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

from backstretch.ui.first_frame import quit_after_first_paint

if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QLabel("Hello")
    window.resize(1280, 800)
    quit_after_first_paint(window)
    window.show()
    sys.exit(app.exec())
