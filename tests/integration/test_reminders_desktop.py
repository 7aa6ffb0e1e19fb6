"""Reminders reach a real notification daemon, and its buttons drive the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backstretch.platform.instance_address import server_name
from backstretch.platform.instance_lock import InstanceLock
from backstretch.platform.launch_request import LaunchRequest
from backstretch.platform.single_instance import InstanceServer
from tests.helpers.desktop import Desktop, wait_for

pytestmark = pytest.mark.integration

# A launch that prints each module it imports (to stderr).
IMPORT_TIMES = [sys.executable, "-X", "importtime", "-m", "backstretch"]


@pytest.fixture
def desktop(tmp_path):
    session = Desktop(tmp_path)
    yield session
    session.stop()


def start_app(env, home, log, *args):
    env = dict(env, BACKSTRETCH_HOME=str(home))
    with (log.parent / "app-errors.txt").open("a") as errors:
        return subprocess.Popen(
            [sys.executable, "-m", "backstretch", "--speed", "50", "--phase-log", str(log), *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )


def logged_phases(log):
    if not log.exists():
        return []
    return [json.loads(line)["phase"] for line in log.read_text().splitlines()]


def test_a_reminder_arrives_with_buttons_and_start_now_begins_the_routine(desktop, tmp_path):
    log = tmp_path / "phases.jsonl"
    app = start_app(desktop.env, tmp_path / "home", log, "--hidden", "--remind-in", "1")
    try:
        wait_for(lambda: desktop.notifications_shown() >= 1, 20, "the reminder notification")
        assert logged_phases(log) == []  # nothing starts until the user says so
        menu = desktop.choose_action("Start now")
        labels = " | ".join(menu)
        assert "Start now" in labels and "Snooze 10 min" in labels and "Skip" in labels
        assert "Time for your back stretches" in labels
        wait_for(lambda: "get_ready" in logged_phases(log), 10, "the routine to start")
    finally:
        app.terminate()
        app.wait(timeout=10)


def test_snooze_puts_the_reminder_off(desktop, tmp_path):
    log = tmp_path / "phases.jsonl"
    app = start_app(desktop.env, tmp_path / "home", log, "--hidden", "--remind-in", "1")
    try:
        wait_for(lambda: desktop.notifications_shown() >= 1, 20, "the reminder notification")
        desktop.choose_action("Snooze")
        wait_for(lambda: desktop.notifications_shown() == 0, 10, "the notification to close")
        state_file = tmp_path / "home" / "reminder-state.json"
        wait_for(
            lambda: (
                state_file.exists()
                and json.loads(state_file.read_text()).get("snoozed_until") is not None
            ),
            10,
            "the snooze to be saved",
        )
        assert logged_phases(log) == []
    finally:
        app.terminate()
        app.wait(timeout=10)


def test_a_second_launch_hands_over_and_exits(tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    socket = Path(server_name(home))
    log = tmp_path / "phases.jsonl"
    first = start_app(env, home, log)
    try:
        wait_for(socket.exists, 20, "the first instance to listen")

        def launch(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*IMPORT_TIMES, *args], env=env, capture_output=True, text=True, timeout=30
            )

        def imported(launched: subprocess.CompletedProcess[str]) -> set[str]:
            return {line.rsplit("|", 1)[-1].strip() for line in launched.stderr.splitlines()}

        mistyped = launch("--start", "--exercise", "knee-roll")
        assert mistyped.returncode == 2 and "knee-rolls" in mistyped.stderr  # the known ids
        # Abbreviated, as argparse allows: the running one gets it spelt out.
        second = launch("--start", "--exer=knee-rolls")
        assert second.returncode == 0, second.stderr[-2000:]
        # It read the stretches to check the id, then only passed the request on: no
        # window toolkit, no settings (and, on Unix, no QtNetwork: Python's own socket).
        assert {"backstretch.platform.single_instance", "backstretch.content"} <= imported(second)
        unwanted = {"PySide6.QtWidgets", "PySide6.QtNetwork", "backstretch.settings"}
        assert not imported(second) & unwanted
        wait_for(lambda: "get_ready" in logged_phases(log), 10, "the first instance to start")
        exercises = {json.loads(line).get("exercise") for line in log.read_text().splitlines()}
        assert exercises - {None} == {"knee-rolls"}
        # A plain launch (from the menu) does not even read the stretches.
        plain = launch()
        assert plain.returncode == 0, plain.stderr[-2000:]
        unwanted = {"PySide6.QtWidgets", "backstretch.content", "backstretch.settings"}
        assert not imported(plain) & unwanted
        assert first.poll() is None, (tmp_path / "app-errors.txt").read_text()
    finally:
        first.terminate()
        first.wait(timeout=10)


def test_two_launches_at_the_same_moment_leave_one_running(tmp_path):
    # Both may find nobody listening before their first frame; the one that listens
    # second must then hand over and exit instead of taking the other's socket.
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    apps = [start_app(env, home, tmp_path / f"phases-{n}.jsonl") for n in (1, 2)]
    try:
        wait_for(lambda: sum(app.poll() is not None for app in apps) == 1, 30, "one to exit")
        time.sleep(1)  # and the other to stay
        running = [app for app in apps if app.poll() is None]
        ended = [app for app in apps if app.poll() is not None]
        assert len(running) == 1 and ended[0].returncode == 0
        assert _listening(home)
    finally:
        for app in apps:
            app.terminate()
            app.wait(timeout=10)


def test_a_launch_waits_for_the_first_to_open_its_socket(qtbot, tmp_path):
    # The first Backstretch holds the lock but, still starting, does not listen yet.
    home = tmp_path / "home"
    name = server_name(home)
    lock = InstanceLock(name)
    assert lock.claim() is True
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home))
    later = subprocess.Popen([sys.executable, "-m", "backstretch", "--start"], env=env)
    try:
        qtbot.wait(1500)
        assert later.poll() is None  # waiting for us, not starting a second copy
        server = InstanceServer(name)
        with qtbot.waitSignal(server.request_received, timeout=15000) as received:
            assert server.listen()
        qtbot.waitUntil(lambda: later.poll() is not None, timeout=10000)
        assert received.args == [LaunchRequest(start=True)] and later.returncode == 0
        server.close()
    finally:
        later.kill()
        later.wait()
        lock.release()


HOLD_THE_LOCK = """
import sys, time
from PySide6.QtCore import QCoreApplication
from backstretch.platform.instance_lock import InstanceLock
app = QCoreApplication([])
lock = InstanceLock(sys.argv[1])
print(lock.claim(), flush=True)
time.sleep(60)
"""


def test_a_launch_becomes_the_first_when_the_one_it_waits_for_quits(tmp_path):
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, server_name(home)], stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        app = start_app(env, home, tmp_path / "phases.jsonl")
        try:
            time.sleep(1.5)
            assert app.poll() is None and not _listening(home)  # waiting for the holder
            holder.kill()  # it dies before it ever listened
            wait_for(lambda: _listening(home), 20, "the launch to become the first")
            assert app.poll() is None
        finally:
            app.terminate()
            app.wait(timeout=10)


def test_hidden_in_the_tray_until_launched_again(desktop, tmp_path):
    if not desktop.has_tray:
        pytest.skip("trayer is not installed (tools/system-deps.sh test installs it)")
    home = tmp_path / "home"
    log = tmp_path / "phases.jsonl"
    app = start_app(desktop.env, home, log, "--hidden")
    try:
        env = dict(desktop.env, BACKSTRETCH_HOME=str(home))
        wait_for(lambda: app.poll() is not None or _listening(home), 20, "the app to start")
        assert desktop.visible_windows("^Backstretch$") == []  # only the tray icon
        again = subprocess.run(
            [sys.executable, "-m", "backstretch"], env=env, timeout=30, check=False
        )
        assert again.returncode == 0
        wait_for(lambda: desktop.visible_windows("^Backstretch$") != [], 10, "the window")
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(timeout=10)


def _listening(home: Path) -> bool:
    return (Path(server_name(home))).exists()


def test_the_test_bus_starts_nothing_by_itself(desktop):
    """The notification daemon is the test's own dunst: the bus knows no service it
    could start on demand (the system's dunst once raced the test's and took its menu)."""
    listed = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.ListActivatableNames"],
        env=desktop.env, capture_output=True, text=True, timeout=10, check=True,
    )  # fmt: skip
    names = [line.split('"')[1] for line in listed.stdout.splitlines() if '"' in line]
    assert names == ["org.freedesktop.DBus"]
