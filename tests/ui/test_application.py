"""The whole app object as users meet it: settings opened from the library, changes
that apply at once and survive a restart, and later launches handed over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backstretch.clock import ManualClock
from backstretch.content import load_library
from backstretch.paths import resources_dir
from backstretch.settings import Settings
from backstretch.ui.application import Application


@pytest.fixture
def application(qtbot, private_home, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no desktop services
    app = Application(
        QApplication.instance(),
        load_library(resources_dir()),
        Settings(private_home).load(),
        ManualClock(),
    )
    assert app.window.confirm_quit is not None  # no tray here: quitting would ask first
    app.window.confirm_quit = None  # ... but not while pytest-qt closes the window
    qtbot.addWidget(app.window)
    yield app
    if app.reminder_window is not None:
        app.reminder_window.close()


def test_settings_open_from_the_library_and_changes_persist(application, qtbot, private_home):
    application.window.library_view.settings_button.click()
    dialog = application._settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.interval.setValue(30)
    assert Settings(private_home).load().reminders.interval_minutes == 30
    assert application.scheduler.settings.interval_minutes == 30  # applies at once


def test_leaving_out_a_stretch_in_settings_changes_the_routine(application, private_home):
    from backstretch.ui.stretch_chooser import StretchChooser

    application.open_settings()
    chooser = application._settings_dialog.findChild(StretchChooser)
    chooser.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # knee rolls
    assert application.settings.routine.left_out == ("knee-rolls",)
    assert Settings(private_home).load().routine.left_out == ("knee-rolls",)
    assert application.window.library_view.duration.text().startswith("2 stretches")
    application.window.start_routine()
    assert "knee-rolls" not in application.window.driver.machine.plan.exercise_ids


def test_a_later_launch_with_start_begins_the_routine(application):
    application.handle_arguments(["--start"])
    assert application.window.isVisible()
    assert application.window.driver.running


def test_without_a_tray_the_reminder_window_is_the_fallback(application):
    assert application.tray is None  # the offscreen platform has no tray
    assert application.reminders is not None
    assert [n.name for n in application.reminders.notifiers] == []
