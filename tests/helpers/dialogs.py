"""Answering the modal questions the app asks, as a person at the keyboard would."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def press_in_next_dialog(key: Qt.Key, seen: list[str] | None = None) -> None:
    """Press `key` in the modal dialog about to open (it blocks until answered)."""

    tries = iter(range(500))  # five seconds, then the test fails on its own

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if next(tries, None) is not None:
                QTimer.singleShot(10, press)
            return
        if seen is not None:
            seen.append(getattr(dialog, "text", lambda: "")())
        QTest.keyClick(dialog, key)

    QTimer.singleShot(0, press)
