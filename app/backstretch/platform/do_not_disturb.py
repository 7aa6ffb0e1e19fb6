"""Whether the user should not be interrupted now, and why.

Asked, like the idle time, only when a reminder falls due and while one waits. Each
check answers for one reason (`busy()` is True, False, or raises `CallFailed` where it
cannot tell); a check the user did not choose is not asked at all.

- The system's own do-not-disturb: GNOME's `show-banners` setting (read through GIO's
  GSettings with ctypes, so no process is started) and the notification server's
  `Inhibited` property, where the server has one (KDE Plasma, and others).
- A full-screen window in front, on X11 (`_NET_ACTIVE_WINDOW` whose `_NET_WM_STATE`
  holds `_NET_WM_STATE_FULLSCREEN`); Backstretch's own window does not count.
- A camera in use, on Linux: a video4linux device held open by one of the user's
  processes (see `CameraInUse`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from backstretch.platform.dbus_call import Buses, CallFailed
from backstretch.platform.x11 import Display
from backstretch.reminders import Hold


class BusyCheck:
    reason = Hold.SYSTEM
    name = "base"  # said in the settings

    def busy(self) -> bool:
        raise NotImplementedError


_G_BUS_TYPE_SESSION = 2


def _session_bus_known() -> bool:
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and os.path.exists(os.path.join(runtime, "bus"))


class GnomeBanners(BusyCheck):
    """GNOME's Do Not Disturb switch is the `show-banners` key of this schema."""

    reason = Hold.SYSTEM
    name = "GNOME's Do Not Disturb"
    SCHEMA = b"org.gnome.desktop.notifications"
    KEY = b"show-banners"

    def __init__(self) -> None:
        self._settings: int | None = None
        self._connection: int | None = None
        self._gio: Any = None
        self._looked = False

    def _open(self) -> None:
        self._looked = True
        path = ctypes.util.find_library("gio-2.0") or "libgio-2.0.so.0"
        try:
            gio = ctypes.CDLL(path)
        except OSError:
            return
        gio.g_settings_schema_source_get_default.restype = ctypes.c_void_p
        gio.g_settings_schema_source_lookup.restype = ctypes.c_void_p
        gio.g_settings_schema_source_lookup.argtypes = [
            ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        ]  # fmt: skip
        gio.g_settings_schema_has_key.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        gio.g_settings_new_full.restype = ctypes.c_void_p
        gio.g_settings_new_full.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
        gio.g_settings_get_boolean.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        gio.g_settings_schema_unref.argtypes = [ctypes.c_void_p]
        if not _session_bus_known():
            return  # GSettings would try to start a bus of its own: not for us
        # GSettings watches its keys over the session bus, through GLib's shared
        # connection; by default GLib ends the whole process when that connection
        # closes. Backstretch outlives a restarted bus instead.
        gio.g_bus_get_sync.restype = ctypes.c_void_p
        gio.g_bus_get_sync.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p]
        gio.g_dbus_connection_set_exit_on_close.argtypes = [ctypes.c_void_p, ctypes.c_int]
        connection = gio.g_bus_get_sync(_G_BUS_TYPE_SESSION, None, None)
        if not connection:
            return
        gio.g_dbus_connection_set_exit_on_close(connection, 0)
        self._connection = connection  # one reference kept for as long as we read
        source = gio.g_settings_schema_source_get_default()
        if not source:
            return
        # Looked up first: asking GSettings for a schema that is not installed aborts.
        schema = gio.g_settings_schema_source_lookup(source, self.SCHEMA, 1)
        if not schema:
            return
        try:
            if gio.g_settings_schema_has_key(schema, self.KEY):
                self._settings = gio.g_settings_new_full(schema, None, None)
                self._gio = gio
        finally:
            gio.g_settings_schema_unref(schema)

    def busy(self) -> bool:
        if not self._looked:
            self._open()
        if self._settings is None:
            raise CallFailed("GNOME's notification settings are not installed")
        return not self._gio.g_settings_get_boolean(self._settings, self.KEY)


class NotificationsInhibited(BusyCheck):
    reason = Hold.SYSTEM
    name = "the notification server's do-not-disturb"

    def __init__(self, buses: Buses) -> None:
        self._bus = buses.session

    def busy(self) -> bool:
        return bool(
            self._bus.property(
                "org.freedesktop.Notifications",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications",
                "Inhibited",
            )
        )


class FullScreenWindow(BusyCheck):
    reason = Hold.FULL_SCREEN
    name = "the window manager"

    def __init__(self, display: Display | None, own_pid: int | None = None) -> None:
        self._display = display
        self._own_pid = os.getpid() if own_pid is None else own_pid

    def busy(self) -> bool:
        answer = None
        if self._display is not None:
            answer = self._display.active_window_full_screen(self._own_pid)
        if answer is None:
            raise CallFailed("the window manager does not say which window is active")
        return answer


# Linux gives every video4linux device (cameras as /dev/video*, and their metadata and
# sub-devices) this character-device major number (Documentation/admin-guide/devices.txt).
VIDEO4LINUX_MAJOR = 81


class CameraInUse(BusyCheck):
    """A camera is in use when one of the user's processes holds a video4linux device
    open. The check follows each open file of each of the user's processes in
    /proc/PID/fd and asks what it is: a character device whose major number is 81 is a
    video4linux device, whatever its name. (A process that only keeps a camera open
    without streaming also counts; so does PipeWire streaming it for a browser.)"""

    reason = Hold.CAMERA
    name = "the cameras' open files"

    def __init__(self, proc: Path = Path("/proc"), uid: int | None = None) -> None:
        self._proc = proc
        self._uid = uid
        self._me = str(os.getpid())

    def _processes(self) -> Iterable[os.DirEntry[str]]:
        uid = os.getuid() if self._uid is None else self._uid
        with os.scandir(self._proc) as entries:
            for entry in entries:
                if not entry.name.isdigit() or entry.name == self._me:
                    continue
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_uid == uid:
                        yield entry

    def busy(self) -> bool:
        if not self._proc.is_dir() or not hasattr(os, "getuid"):
            raise CallFailed("no /proc to look in")
        for process in self._processes():
            try:
                files = os.scandir(os.path.join(process.path, "fd"))
            except OSError:  # gone, or not ours to read
                continue
            with files:
                for entry in files:
                    try:
                        target = os.readlink(entry.path)
                        if not target.startswith("/"):  # a socket, pipe or anon inode
                            continue
                        info = os.stat(entry.path)
                    except OSError:
                        continue
                    if stat.S_ISCHR(info.st_mode) and os.major(info.st_rdev) == VIDEO4LINUX_MAJOR:
                        return True
        return False


class DoNotDisturb:
    """The checks that may work here; asks only those whose reason the user chose."""

    def __init__(self, checks: list[BusyCheck]) -> None:
        self.checks = checks
        self._working: dict[Hold, list[str]] | None = None

    @classmethod
    def for_this_system(cls, buses: Buses, display: Display | None) -> DoNotDisturb:
        import sys

        if not sys.platform.startswith("linux"):
            return cls([])
        return cls(
            [
                GnomeBanners(),
                NotificationsInhibited(buses),
                FullScreenWindow(display),
                CameraInUse(),
            ]
        )

    def busy(self, chosen: Iterable[Hold]) -> frozenset[Hold]:
        wanted = set(chosen)
        found: set[Hold] = set()
        working: dict[Hold, list[str]] = {}
        for check in self.checks:
            if check.reason not in wanted or check.reason in found:
                continue
            try:
                answer = check.busy()
            except CallFailed:
                continue
            except Exception:  # a check's surprise never stops a reminder
                continue
            working.setdefault(check.reason, []).append(check.name)
            if answer:
                found.add(check.reason)
        self._working = working
        return frozenset(found)

    def working_names(self) -> dict[Hold, list[str]]:
        """Per reason, the checks that answered last time (asked now if never asked)."""
        if self._working is None:
            self.busy(set(Hold))
        return dict(self._working or {})
