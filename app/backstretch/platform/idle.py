"""How long the user has been away from the computer, and whether the screen is locked.

Asked only when a reminder falls due and while one waits, never in between, so waiting
in the tray still costs nothing. Back ends behind one small interface (`read()` gives a
`Reading`, or raises `CallFailed`), tried in order; the idle time comes from the first
that gives one, and the screen counts as locked if any says so:

- GNOME's Mutter idle monitor over D-Bus (also on Wayland);
- the freedesktop / KDE screen saver: `GetSessionIdleTime` and `GetActive`
  (and GNOME's own `org.gnome.ScreenSaver.GetActive`);
- the X11 screen-saver extension (not under Wayland, where X sees only X programs);
- logind's `LockedHint` for this session, on the system bus;
- Windows' `GetLastInputInfo` and macOS' `CGEventSourceSecondsSinceLastEventType`.

With none of them, `read()` gives an empty reading and reminders come at their times,
as before; `working_names()` is empty and the settings say why.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from backstretch.platform.dbus_call import Buses, CallFailed
from backstretch.platform.x11 import Display
from backstretch.wording import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Reading:
    idle: timedelta | None = None  # since the last keyboard or mouse input
    locked: bool | None = None  # None: this back end does not know


class IdleBackend:
    name = "base"  # said in the settings: "Time away is noticed through {name}"

    def read(self) -> Reading:
        raise NotImplementedError


# -- D-Bus -------------------------------------------------------------------------------


class MutterIdleMonitor(IdleBackend):
    name = QT_TRANSLATE_NOOP("Wording", "GNOME's idle monitor")

    def __init__(self, buses: Buses) -> None:
        self._bus = buses.session

    def read(self) -> Reading:
        (ms,) = self._bus.call(
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            "org.gnome.Mutter.IdleMonitor",
            "GetIdletime",
        )
        return Reading(idle=timedelta(milliseconds=int(ms)))  # type: ignore[call-overload]


class ScreenSaverIdleTime(IdleBackend):
    name = QT_TRANSLATE_NOOP("Wording", "the desktop's screen saver")

    def __init__(self, buses: Buses) -> None:
        self._bus = buses.session

    def read(self) -> Reading:
        (seconds,) = self._bus.call(
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "GetSessionIdleTime",
        )
        return Reading(idle=timedelta(seconds=int(seconds)))  # type: ignore[call-overload]


class ScreenSaverActive(IdleBackend):
    """Whether the screen saver or lock screen is on (freedesktop/KDE, or GNOME's)."""

    name = QT_TRANSLATE_NOOP("Wording", "the screen lock")
    SERVICES = (
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    )

    def __init__(self, buses: Buses) -> None:
        self._bus = buses.session

    def read(self) -> Reading:
        failure: CallFailed | None = None
        for service, path in self.SERVICES:
            try:
                (active,) = self._bus.call(service, path, service, "GetActive")
                return Reading(locked=bool(active))
            except CallFailed as exc:
                failure = exc
        raise failure or CallFailed("no screen saver")


class LogindLockedHint(IdleBackend):
    name = QT_TRANSLATE_NOOP("Wording", "logind's session lock")

    def __init__(self, buses: Buses) -> None:
        self._bus = buses.system

    def read(self) -> Reading:
        locked = self._bus.property(
            "org.freedesktop.login1",
            "/org/freedesktop/login1/session/auto",
            "org.freedesktop.login1.Session",
            "LockedHint",
        )
        return Reading(locked=bool(locked))


# -- X11, Windows, macOS -------------------------------------------------------------------


class X11ScreenSaverIdle(IdleBackend):
    name = QT_TRANSLATE_NOOP("Wording", "the X server's screen-saver extension")

    def __init__(self, display: Display | None) -> None:
        self._display = display

    def read(self) -> Reading:
        answer = self._display.idle_ms() if self._display is not None else None
        if answer is None:
            raise CallFailed("the X server does not tell the idle time")
        ms, saver_on = answer
        return Reading(idle=timedelta(milliseconds=ms), locked=saver_on or None)


class WindowsLastInput(IdleBackend):
    name = QT_TRANSLATE_NOOP("Wording", "Windows")

    class _LastInputInfo(ctypes.Structure):
        _fields_ = [("size", ctypes.c_uint), ("time", ctypes.c_uint)]

    def __init__(self, user32: Any = None, kernel32: Any = None) -> None:
        windll = getattr(ctypes, "windll", None)
        self._user32 = user32 or (windll.user32 if windll else None)
        self._kernel32 = kernel32 or (windll.kernel32 if windll else None)

    def read(self) -> Reading:
        if self._user32 is None or self._kernel32 is None:
            raise CallFailed("not Windows")
        info = self._LastInputInfo()
        info.size = ctypes.sizeof(info)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            raise CallFailed("GetLastInputInfo failed")
        # Both are milliseconds since boot in 32 bits: the difference survives a wrap.
        ms = (int(self._kernel32.GetTickCount()) - info.time) & 0xFFFFFFFF
        return Reading(idle=timedelta(milliseconds=ms))


class MacLastEvent(IdleBackend):
    name = QT_TRANSLATE_NOOP("Wording", "macOS")
    _HID_SYSTEM_STATE = 1
    _ANY_INPUT = 0xFFFFFFFF

    def __init__(self, graphics: Any = None) -> None:
        if graphics is None and sys.platform == "darwin":
            with contextlib.suppress(OSError):
                graphics = ctypes.CDLL(
                    "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
                )
        self._since = None
        if graphics is not None:
            self._since = graphics.CGEventSourceSecondsSinceLastEventType
            self._since.restype = ctypes.c_double
            self._since.argtypes = [ctypes.c_int32, ctypes.c_uint32]

    def read(self) -> Reading:
        if self._since is None:
            raise CallFailed("not macOS")
        seconds = float(self._since(self._HID_SYSTEM_STATE, self._ANY_INPUT))
        return Reading(idle=timedelta(seconds=max(0.0, seconds)))


# -- all of them -------------------------------------------------------------------------


class IdleWatch:
    """Asks every back end that may work here; remembers which answered."""

    def __init__(self, backends: list[IdleBackend]) -> None:
        self.backends = backends
        self._working: list[str] | None = None

    @classmethod
    def for_this_system(cls, buses: Buses, display: Display | None) -> IdleWatch:
        if sys.platform == "win32":
            return cls([WindowsLastInput()])
        if sys.platform == "darwin":
            return cls([MacLastEvent()])
        return cls(
            [
                MutterIdleMonitor(buses),
                ScreenSaverIdleTime(buses),
                X11ScreenSaverIdle(display),
                LogindLockedHint(buses),
                ScreenSaverActive(buses),
            ]
        )

    def read(self) -> Reading:
        idle: timedelta | None = None
        locked: bool | None = None
        working = []
        for backend in self.backends:
            if idle is not None and backend.name in _IDLE_ONLY:
                continue  # one idle time is enough
            try:
                reading = backend.read()
            except CallFailed:
                continue
            except Exception:  # a back end's surprise never stops a reminder
                continue
            working.append(backend.name)
            if idle is None and reading.idle is not None:
                idle = reading.idle
            if reading.locked is not None:
                locked = bool(locked) or reading.locked
        self._working = working
        return Reading(idle, locked)

    def working_names(self) -> list[str]:
        """The back ends that answered the last time (asked now if never asked)."""
        if self._working is None:
            self.read()
        return list(self._working or [])


_IDLE_ONLY = {
    MutterIdleMonitor.name,
    ScreenSaverIdleTime.name,
    WindowsLastInput.name,
    MacLastEvent.name,
}
