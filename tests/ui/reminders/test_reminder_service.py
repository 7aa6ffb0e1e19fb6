"""The reminder service inside the whole app: finished routines count towards the daily
limit (the main window tells it), and its status line says when, why it waits, or
that the day's stretches are done."""

from __future__ import annotations

import json

import pytest

from backstretch.reminders import Hold, Waiting
from backstretch.session import Summary


@pytest.fixture
def application(make_application):
    return make_application()


def test_two_finished_routines_rest_the_reminders_until_tomorrow(application, private_home):
    service = application.reminders
    statuses = []
    service.status_changed.connect(statuses.append)
    application.window.routine_ended.emit(Summary(finished=False))  # stopped: not counted
    assert service.scheduler.routines_today(service.scheduler.last_handled) == 0
    for _ in range(2):
        application.window.routine_ended.emit(Summary(finished=True))
    assert service.status().startswith("You have done your stretches twice today: well done")
    assert statuses[-1] == service.status()
    saved = json.loads((private_home / "reminder-state.json").read_text())
    assert saved["routines"] == 2  # a restart today keeps the count


def test_the_status_says_why_a_reminder_waits(application):
    service = application.reminders
    moment = service.scheduler.last_handled
    service.scheduler.waiting = Waiting(moment, moment, Hold.CAMERA)
    assert service.status() == "Waiting until your camera is no longer in use"
    service._update_tray()  # as after any check or answer
    label = application.window.library_view.reminder_status
    assert label.text() == "Waiting until your camera is no longer in use"
    assert not label.isHidden()  # the window says it too, for desktops with no tray


def test_the_window_shows_when_the_next_reminder_comes(application):
    label = application.window.library_view.reminder_status
    assert label.text() == application.reminders.status() != ""
