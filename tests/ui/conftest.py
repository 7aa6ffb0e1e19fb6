"""The whole app object, made the way the tests need it: no desktop services, the
user's folders private to the test, time under the test's control."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from backstretch.clock import ManualClock
from backstretch.content import load_library
from backstretch.paths import resources_dir
from backstretch.settings import Settings
from backstretch.ui.application import Application


@pytest.fixture
def make_application(qtbot, private_home, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no desktop services

    def make(**options) -> Application:
        app = Application(
            QApplication.instance(),
            load_library(resources_dir()),
            Settings(private_home).load(),
            ManualClock(),
            **options,
        )
        # Ended before its window closes, as on quitting: a close by the test's end is
        # not a person closing the window (which may ask what to do).
        qtbot.addWidget(app.window, before_close_func=lambda _window: app.shutdown())
        return app

    return make
