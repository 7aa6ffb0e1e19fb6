"""The idle and do-not-disturb back ends against real services, and the app waiting
for the moment: fakes of the desktop's D-Bus services on a private bus, the X11
screen-saver extension under Xvfb with real input from xdotool, a full-screen window
under a real window manager (openbox), GNOME's own settings schema, and a process
holding a (fake, but real to the kernel) video device open."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from backstretch.platform.dbus_call import Buses, CallFailed
from backstretch.platform.do_not_disturb import (
    VIDEO4LINUX_MAJOR,
    CameraInUse,
    DoNotDisturb,
    FullScreenWindow,
)
from backstretch.platform.idle import IdleWatch, Reading
from backstretch.platform.x11 import Display
from backstretch.reminders import Hold
from tests.helpers.fake_bus import FakeDesktop, PrivateBus, wait_until

pytestmark = pytest.mark.integration


@pytest.fixture
def bus(tmp_path, monkeypatch):
    private = PrivateBus(tmp_path / "bus")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", private.address)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", private.address)
    yield private
    private.stop()


@pytest.fixture
def buses():
    both = Buses()
    yield both
    both.close()


@pytest.fixture
def desktop(bus):
    fake = FakeDesktop(bus.address)
    yield fake
    fake.stop()


# -- D-Bus services ---------------------------------------------------------------------------


def test_the_idle_time_and_locks_come_from_the_desktops_services(desktop, buses):
    watch = IdleWatch.for_this_system(buses, None)
    desktop.state.idle_ms = 754_000
    assert watch.read() == Reading(idle=timedelta(milliseconds=754_000), locked=False)
    assert watch.working_names() == [
        "GNOME's idle monitor", "logind's session lock", "the screen lock",
    ]  # fmt: skip
    assert "GetSessionIdleTime" not in desktop.state.calls  # one idle time is enough
    desktop.state.locked = True  # logind's LockedHint
    assert watch.read().locked is True
    desktop.state.locked, desktop.state.screensaver_active = False, True
    assert watch.read().locked is True


def test_kdes_screen_saver_gives_the_idle_time_where_mutter_is_absent(bus, buses):
    fake = FakeDesktop(bus.address, ("org.freedesktop.ScreenSaver",))
    try:
        fake.state.idle_ms = 61_000
        reading = IdleWatch.for_this_system(buses, None).read()
        assert reading.idle == timedelta(seconds=61)  # whole seconds, as KDE says it
    finally:
        fake.stop()


def test_with_no_service_on_the_bus_nothing_is_known(bus, buses):
    watch = IdleWatch.for_this_system(buses, None)
    started = time.monotonic()
    assert watch.read() == Reading() and watch.working_names() == []
    assert time.monotonic() - started < 1.0  # absent services answer at once


def test_the_notification_servers_inhibited_is_do_not_disturb(desktop, buses):
    dnd = DoNotDisturb.for_this_system(buses, None)
    assert Hold.SYSTEM not in dnd.busy({Hold.SYSTEM})
    desktop.state.inhibited = True
    assert dnd.busy({Hold.SYSTEM}) == {Hold.SYSTEM}


GNOME_SCHEMA = """<schemalist>
  <schema id="org.gnome.desktop.notifications" path="/org/gnome/desktop/notifications/">
    <key name="show-banners" type="b"><default>true</default></key>
  </schema>
</schemalist>
"""
READ_BANNERS = """
from backstretch.platform.do_not_disturb import GnomeBanners
print(GnomeBanners().busy())
"""


def test_gnomes_do_not_disturb_is_read_from_its_settings(bus, tmp_path):
    if shutil.which("glib-compile-schemas") is None:
        pytest.skip("glib-compile-schemas is not installed (tools/system-deps.sh test)")
    # GNOME's own key, in a schema folder and keyfile of the test's own.
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / "org.gnome.desktop.notifications.gschema.xml").write_text(GNOME_SCHEMA)
    subprocess.run(["glib-compile-schemas", str(schemas)], check=True)
    config = tmp_path / "config"
    env = dict(
        os.environ,
        GSETTINGS_SCHEMA_DIR=str(schemas),
        GSETTINGS_BACKEND="keyfile",
        XDG_CONFIG_HOME=str(config),
    )

    def busy() -> str:
        run = subprocess.run(
            [sys.executable, "-c", READ_BANNERS], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    assert busy() == "False"
    keyfile = config / "glib-2.0" / "settings" / "keyfile"
    keyfile.parent.mkdir(parents=True, exist_ok=True)
    keyfile.write_text("[org/gnome/desktop/notifications]\nshow-banners=false\n")
    assert busy() == "True"  # Do Not Disturb switched on


# -- X11 ----------------------------------------------------------------------------------------


class X:
    """Xvfb, optionally with openbox managing its windows."""

    def __init__(self, folder: Path, manager: bool) -> None:
        for tool in ("Xvfb", "xdotool", *(["openbox"] if manager else [])):
            if shutil.which(tool) is None:
                pytest.skip(f"{tool} is not installed (tools/system-deps.sh test installs it)")
        number = 500 + os.getpid() % 400
        self.display = f":{number}"
        self.processes = [
            subprocess.Popen(
                ["Xvfb", self.display, "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        ]
        wait_until(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
        self.env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        self.env.pop("WAYLAND_DISPLAY", None)
        if manager:
            config = folder / "openbox-rc.xml"
            config.write_text("<openbox_config/>")
            self.processes.append(
                subprocess.Popen(
                    ["openbox", "--config-file", str(config)],
                    env=self.env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
            wait_until(self._managed, 10, "openbox")

    def _managed(self) -> bool:
        result = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=self.env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        return "window id" in result.stdout

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=10)

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            process.wait(timeout=5)


@pytest.fixture
def xvfb(tmp_path, monkeypatch):
    server = X(tmp_path, manager=False)
    monkeypatch.setenv("DISPLAY", server.display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    yield server
    server.stop()


@pytest.fixture
def openbox(tmp_path, monkeypatch):
    server = X(tmp_path, manager=True)
    monkeypatch.setenv("DISPLAY", server.display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    yield server
    server.stop()


def test_the_x_servers_idle_time_grows_and_real_input_resets_it(xvfb):
    display = Display.open()
    assert display is not None and display.has_idle_time
    xvfb.xdotool("mousemove", "10", "10")
    time.sleep(1.5)
    idle, saver_on = display.idle_ms()
    assert idle >= 1400 and not saver_on
    xvfb.xdotool("mousemove", "200", "300")
    assert display.idle_ms()[0] < 500
    time.sleep(1.0)
    xvfb.xdotool("key", "shift")
    assert display.idle_ms()[0] < 500
    display.close()


def test_without_a_window_manager_nobody_says_which_window_is_in_front(xvfb):
    display = Display.open()
    assert display.active_window_full_screen(own_pid=0) is None
    display.close()


# A window of another program that goes full screen, and leaves it on SIGUSR1.
FULL_SCREEN_WINDOW = """
import signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
window = QLabel("A video call")
window.setWindowTitle("Video call")
signal.signal(signal.SIGUSR1, lambda *_: QTimer.singleShot(0, window.showNormal))
timer = QTimer()
timer.start(100)  # lets Python see the signal
timer.timeout.connect(lambda: None)
window.showFullScreen()
app.exec()
"""


def in_front_and_full_screen(check: FullScreenWindow) -> bool:
    try:
        return check.busy()
    except CallFailed:  # no window has been active yet
        return False


def full_screen_window(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", FULL_SCREEN_WINDOW],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_full_screen_window_in_front_is_seen_and_so_is_its_leaving(openbox):
    display = Display.open()
    window = full_screen_window(openbox.env)
    try:
        check = FullScreenWindow(display, own_pid=os.getpid())
        wait_until(lambda: in_front_and_full_screen(check), 15, "the window in front")
        # Backstretch's own window, full screen for a session, does not count.
        assert FullScreenWindow(display, own_pid=window.pid).busy() is False
        window.send_signal(signal.SIGUSR1)
        wait_until(lambda: not in_front_and_full_screen(check), 10, "it to leave full screen")
    finally:
        window.terminate()
        window.wait(timeout=10)
        display.close()


# -- the camera ---------------------------------------------------------------------------------

HOLD_OPEN = """
import errno, os, sys, time
try:
    handle = os.open(sys.argv[1], os.O_RDONLY)
    print("open", flush=True)
except OSError as exc:
    if exc.errno not in (errno.ENXIO, errno.ENODEV):
        raise
    # No video4linux driver is loaded here to answer an open; an O_PATH open asks no
    # driver, and the process still holds the device node as one of its open files.
    handle = os.open(sys.argv[1], os.O_PATH)
    print("open without a driver", flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="making a character device (mknod) needs root",
)
def test_a_process_holding_a_video_device_open_is_a_camera_in_use(tmp_path):
    # The check knows a camera by what the kernel says an open file is: a character
    # device with video4linux's major number (81), as every /dev/video* is, whatever
    # its name or folder. This fake is such a device node, made with mknod (minor 200,
    # a number no camera here uses) in the test's folder rather than in /dev; the
    # holder is another process of the same user, as a video-call program would be.
    device = tmp_path / "video-fake"
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(VIDEO4LINUX_MAJOR, 200))
    except PermissionError:
        pytest.skip("this container does not allow making device nodes")
    check = CameraInUse()
    assert check.busy() is False
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(device)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().startswith("open")
        assert check.busy() is True
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert check.busy() is False


# -- the app, waiting for the moment --------------------------------------------------------------


def start_app(env: dict[str, str], home: Path, *args: str) -> subprocess.Popen[bytes]:
    with (home.parent / "app-errors.txt").open("a") as errors:
        return subprocess.Popen(
            [sys.executable, "-m", "backstretch", "--hidden", *args],
            env=dict(env, BACKSTRETCH_HOME=str(home)),
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )


def write_settings(home: Path, **reminders: object) -> None:
    home.mkdir(parents=True, exist_ok=True)
    general = {"safety_notice_seen": True, "tray_hint_shown": True}
    settings = {"reminders": reminders, "general": general}
    (home / "settings.json").write_text(json.dumps(settings))


def waiting_reason(home: Path) -> str | None:
    state = home / "reminder-state.json"
    if not state.exists():
        return None
    waiting = json.loads(state.read_text()).get("waiting")
    return waiting["reason"] if waiting else None


def test_do_not_disturb_holds_the_reminder_until_it_ends(desktop, tmp_path):
    home = tmp_path / "home"
    write_settings(home)
    desktop.state.inhibited = True
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = start_app(env, home, "--remind-in", "1")
    try:
        wait_until(lambda: waiting_reason(home) == "system", 20, "the reminder to wait")
        time.sleep(2)
        assert desktop.state.notifications == []
        desktop.state.inhibited = False
        ended = time.time()
        wait_until(lambda: desktop.state.notifications, 15, "the reminder")
        assert desktop.state.notifications[0][0] - ended < 11  # at the next look
        assert len(desktop.state.notifications) == 1
    finally:
        app.terminate()
        app.wait(timeout=10)


def test_back_from_lunch_a_fixed_time_reminder_welcomes_the_user_back(desktop, tmp_path):
    home = tmp_path / "home"
    write_settings(home, mode="fixed")
    desktop.state.idle_ms = 40 * 60_000  # away for 40 minutes
    desktop.state.locked = True
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = start_app(env, home, "--remind-in", "1")
    try:
        wait_until(lambda: waiting_reason(home) == "away", 20, "the reminder to wait")
        time.sleep(1)
        assert desktop.state.notifications == []
        desktop.state.locked, desktop.state.idle_ms = False, 2000  # back, and moving
        wait_until(lambda: desktop.state.notifications, 15, "the welcome back")
        time.sleep(1)
        titles = [title for _, title, _ in desktop.state.notifications]
        assert titles == ["Welcome back — time for your stretches"]
    finally:
        app.terminate()
        app.wait(timeout=10)


def test_a_full_screen_video_call_is_not_interrupted(openbox, bus, tmp_path):
    from backstretch.platform.instance_address import server_name

    fake = FakeDesktop(bus.address, ("org.freedesktop.Notifications",))
    home = tmp_path / "home"
    write_settings(home, natural_breaks=False)  # nobody types on Xvfb
    env = bus.env(openbox.env)
    display = Display.open()
    check = FullScreenWindow(display, own_pid=os.getpid())
    # Backstretch first (without a tray its window opens), then the call, in front.
    app = start_app(env, home, "--remind-in", "10")
    call = None
    try:
        wait_until(lambda: Path(server_name(home)).exists(), 20, "Backstretch to start")
        call = full_screen_window(env)
        wait_until(lambda: in_front_and_full_screen(check), 15, "the call to be full screen")
        wait_until(lambda: waiting_reason(home) == "full_screen", 25, "the reminder to wait")
        assert fake.state.notifications == []
        call.send_signal(signal.SIGUSR1)  # the call leaves full screen
        left = time.time()
        wait_until(lambda: fake.state.notifications, 15, "the reminder after the call")
        assert fake.state.notifications[0][0] - left < 11  # at the next look
        assert fake.state.notifications[0][1] == "Time for your back stretches"
    finally:
        app.terminate()
        app.wait(timeout=10)
        if call is not None:
            call.terminate()
            call.wait(timeout=10)
        display.close()
        fake.stop()
