"""A private D-Bus with fakes of the desktop services reminders ask: GNOME's Mutter idle
monitor, the freedesktop screen saver, logind's session (with LockedHint) and a
notification server with `Inhibited`. Each answers as the real one does (same names,
paths, interfaces and signatures); the test sets what they say.

The bus is a real dbus-daemon, started with a configuration that has no service
activation, so only these fakes are on it. It stands in for both the session and the
system bus (the app is given its address for both).
"""

from __future__ import annotations

import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.desktop import bus_command


class PrivateBus:
    """dbus-daemon --session --print-address --nofork, with no service activation."""

    def __init__(self, folder: Path) -> None:
        if shutil.which("dbus-daemon") is None:
            pytest.skip("dbus-daemon is not installed (tools/system-deps.sh test installs it)")
        folder.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            bus_command(folder),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()
        if not self.address:
            raise RuntimeError("dbus-daemon gave no address")

    def env(self, base: dict[str, str]) -> dict[str, str]:
        return dict(
            base, DBUS_SESSION_BUS_ADDRESS=self.address, DBUS_SYSTEM_BUS_ADDRESS=self.address
        )

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()


@dataclass
class DesktopState:
    """What the fake services say; a test changes it while the app runs."""

    idle_ms: int = 0
    screensaver_active: bool = False
    locked: bool = False
    inhibited: bool = False
    notifications: list[tuple[float, str, str]] = field(default_factory=list)  # time, title, body
    calls: list[str] = field(default_factory=list)  # member names, in order


class FakeDesktop:
    """The fake services, served from a thread on one connection to the private bus."""

    NAMES = (
        "org.gnome.Mutter.IdleMonitor",
        "org.freedesktop.ScreenSaver",
        "org.freedesktop.login1",
        "org.freedesktop.Notifications",
    )

    def __init__(self, address: str, names: tuple[str, ...] = NAMES) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.state = DesktopState()
        self._conn = open_dbus_connection(bus=address)
        for name in names:
            self._conn.send_and_get_reply(message_bus.RequestName(name), timeout=5)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self._next_id = 1

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType

        while not self._stop.is_set():
            try:
                message = self._conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if message.header.message_type is not MessageType.method_call:
                continue
            fields = message.header.fields
            self._answer(
                message,
                fields.get(HeaderFields.path),
                fields.get(HeaderFields.interface),
                fields.get(HeaderFields.member),
            )

    def _answer(self, message, path: str, interface: str, member: str) -> None:
        from jeepney import new_error, new_method_return

        state = self.state
        state.calls.append(member)
        reply = None
        if member == "GetIdletime" and path == "/org/gnome/Mutter/IdleMonitor/Core":
            reply = ("t", (state.idle_ms,))
        elif member == "GetSessionIdleTime" and interface == "org.freedesktop.ScreenSaver":
            reply = ("u", (state.idle_ms // 1000,))
        elif member == "GetActive" and interface == "org.freedesktop.ScreenSaver":
            reply = ("b", (state.screensaver_active,))
        elif member == "Get" and interface == "org.freedesktop.DBus.Properties":
            owner, name = message.body
            if owner == "org.freedesktop.login1.Session" and name == "LockedHint":
                reply = ("v", (("b", state.locked),))
            elif owner == "org.freedesktop.Notifications" and name == "Inhibited":
                reply = ("v", (("b", state.inhibited),))
        elif member == "GetCapabilities":
            reply = ("as", (["actions", "body"],))
        elif member == "Notify":
            state.notifications.append((time.time(), message.body[3], message.body[4]))
            reply = ("u", (self._next_id,))
            self._next_id += 1
        elif member == "CloseNotification":
            reply = (None, ())
        if reply is None:
            error = new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))
            self._conn.send(error)
        else:
            self._conn.send(new_method_return(message, reply[0], reply[1]))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._conn.close()


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")
