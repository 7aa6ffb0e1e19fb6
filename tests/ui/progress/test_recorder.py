"""History writes behind another program's lock: the window never waits for it, and
nothing done meanwhile is lost. The lock is held by a real second process."""

from __future__ import annotations

import threading
import time

import pytest

from backstretch.history import HistoryStore
from backstretch.ui.progress import recorder as recorder_module
from tests.helpers.faults import database_held_by_another_process, release


@pytest.fixture
def application(make_application):
    app = make_application(with_reminders=False)
    app.window.keeps_running = None
    return app


def step(application):
    """Show the next phase; return how long the GUI thread was busy doing so."""
    window = application.window
    window.driver.clock.advance(window.current_state().remaining + 0.001)
    started = time.monotonic()
    window.driver.wake()
    return time.monotonic() - started


def stored(private_home):
    with HistoryStore.open(private_home / "history.sqlite3") as reader:
        return reader.sessions()


def test_a_lock_mid_routine_neither_freezes_the_window_nor_loses_repetitions(
    application, qtbot, private_home
):
    window = application.window
    window.start_exercise("back-extensions")
    recorder = application.history  # opened as the routine began
    for _ in range(6):
        step(application)
    done_before = stored(private_home)[0].repetitions_done
    assert done_before >= 1

    with database_held_by_another_process(private_home / "history.sqlite3") as locker:
        longest = 0.0
        while window.driver.running:
            longest = max(longest, step(application))
            qtbot.wait(5)  # the retry timer runs; each try fails fast
        assert longest < 0.25  # was 5 s per write; the store gives up after 20 ms
        assert recorder.pending > 0  # the rest of the routine waits, in order
        # A reader is not blocked: the progress screen still shows what was written.
        assert stored(private_home)[0].repetitions_done == done_before
        release(locker)

    qtbot.waitUntil(lambda: recorder.pending == 0, timeout=10_000)
    [session] = stored(private_home)
    assert session.finished is True  # the session got its end
    assert session.repetitions_done == session.repetitions_planned > done_before


@pytest.mark.parametrize("history", ["kept from earlier days", "made by the other program"])
def test_a_routine_started_while_locked_is_recorded_once_the_lock_goes(
    application, qtbot, private_home, history
):
    # The file is opened as the routine begins: behind the lock, opening waits in the
    # queue like any write, whether the file was ours already or the other program's
    # write made it.
    window = application.window
    database = private_home / "history.sqlite3"
    if history == "kept from earlier days":
        assert stored(private_home) == []
    with database_held_by_another_process(database):
        window.start_exercise("knee-rolls")
        for _ in range(8):
            assert step(application) < 0.25
        assert application.history.pending > 0
        if history == "kept from earlier days":
            assert stored(private_home) == []  # a reader is not blocked
    qtbot.waitUntil(lambda: application.history.pending == 0, timeout=10_000)
    [session] = stored(private_home)
    assert session.repetitions_done >= 1 and session.finished is None


def release_later(locker, after):
    thread = threading.Thread(target=lambda: (time.sleep(after), release(locker)))
    thread.start()
    return thread


def test_the_last_writes_wait_for_the_lock_before_quitting(application, private_home):
    window = application.window
    window.start_exercise("back-extensions")
    with database_held_by_another_process(private_home / "history.sqlite3") as locker:
        while window.driver.running:
            step(application)
        assert application.history.pending > 0
        # The other program lets go half a second after the app begins to quit.
        thread = release_later(locker, after=0.5)
        application.history.finish_writes()
        thread.join()
    assert application.history.pending == 0
    [session] = stored(private_home)
    assert session.finished is True and session.repetitions_done == session.repetitions_planned


def test_a_lock_that_outlasts_quitting_is_said_not_hidden(application, private_home, monkeypatch):
    monkeypatch.setattr(recorder_module, "QUIT_WAIT_MS", 200)
    application.window.start_exercise("knee-rolls")
    messages = []
    application.history.problem.connect(messages.append)
    with database_held_by_another_process(private_home / "history.sqlite3"):
        while application.history.pending == 0:
            step(application)
        application.history.finish_writes()
    assert len(messages) == 1 and "could not be written" in messages[0]
