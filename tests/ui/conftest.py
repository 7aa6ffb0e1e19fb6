"""The whole app object, made the way the tests need it: no desktop services, the
user's folders private to the test, time under the test's control. Every app made here
is taken down after its test, and no test may leave a window on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from backstretch.clock import ManualClock
from backstretch.content import load_library
from backstretch.paths import resources_dir
from backstretch.settings import Settings
from backstretch.ui.application import Application


@pytest.fixture(autouse=True)
def no_window_left_open(qapp):
    """Fail a test that leaves a visible top-level window behind.

    Set up before `qtbot` and the app fixture, so this runs after both have closed what
    they own: whatever is still visible then was opened and forgotten.
    """
    yield
    left = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    names = ", ".join(
        type(widget).__name__ + (f" {title!r}" if (title := widget.windowTitle()) else "")
        for widget in left
    )
    for widget in left:  # so that the tests after this one start clean
        widget.hide()  # not close(): a window that asks before closing would wait here
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if left:
        pytest.fail(f"the test left windows open: {names}", pytrace=False)


def close_application(app: Application) -> None:
    """End everything the app started (its own shutdown), then delete what it made."""
    app.shutdown()
    app.window.deleteLater()
    app.deleteLater()  # it owns the reminder service, its timer, the tray and notifiers
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_application(qtbot, private_home, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no desktop services
    made: list[Application] = []

    def make(**options) -> Application:
        app = Application(
            QApplication.instance(),
            load_library(resources_dir()),
            Settings(private_home).load(),
            ManualClock(),
            **options,
        )
        made.append(app)
        return app

    yield make
    for app in made:
        close_application(app)
