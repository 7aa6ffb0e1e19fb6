"""The few X11 questions reminders ask, through ctypes on libX11 and libXss: how long
since the last input (the MIT-SCREEN-SAVER extension), and whether the active window
is full screen (`_NET_ACTIVE_WINDOW`, `_NET_WM_STATE_FULLSCREEN`, as window managers
set them).

Backstretch opens its own connection to the X server, so nothing here touches Qt's. An
X error (a window that closed between two questions) would make Xlib's default
handler end the process, so every question runs with a handler that only notes the
error, and the handler that was there before is put back afterwards.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_SUCCESS = 0
_ANY_PROPERTY_TYPE = 0
_SCREEN_SAVER_ON = 1
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class _ScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("event_mask", ctypes.c_ulong),
    ]


def _library(name: str) -> Any:
    path = ctypes.util.find_library(name)
    return ctypes.CDLL(path or f"lib{name}.so")


class Display:
    """A connection to the X server named by DISPLAY."""

    def __init__(self, xlib: Any, handle: int, xss: Any | None) -> None:
        self._x = xlib
        self._handle = ctypes.c_void_p(handle)
        self._xss = xss
        self._root = xlib.XDefaultRootWindow(self._handle)
        self._atoms: dict[str, int] = {}
        self._failed = False

        def note_error(_display: int | None, _event: int | None) -> int:
            self._failed = True
            return 0

        self._note_error = _ERROR_HANDLER(note_error)  # kept alive while we live

    @classmethod
    def open(cls) -> Display | None:
        """The X server of this session, or None (no DISPLAY, no libX11, a Wayland
        session whose X server sees only X programs' input)."""
        if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
            return None
        try:
            xlib = _library("X11")
        except OSError:
            return None
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XInternAtom.restype = ctypes.c_ulong
        xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        xlib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p),
        ]  # fmt: skip
        xlib.XFree.argtypes = [ctypes.c_void_p]
        xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        xlib.XSetErrorHandler.restype = ctypes.c_void_p
        xlib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        handle = xlib.XOpenDisplay(None)
        if not handle:
            return None
        xss = None
        try:
            xss = _library("Xss")
            xss.XScreenSaverQueryExtension.argtypes = [
                ctypes.c_void_p,
                ctypes.POINTER(ctypes.c_int),
                ctypes.POINTER(ctypes.c_int),
            ]
            xss.XScreenSaverQueryInfo.argtypes = [
                ctypes.c_void_p,
                ctypes.c_ulong,
                ctypes.POINTER(_ScreenSaverInfo),
            ]
            event, error = ctypes.c_int(), ctypes.c_int()
            if not xss.XScreenSaverQueryExtension(
                ctypes.c_void_p(handle), ctypes.byref(event), ctypes.byref(error)
            ):
                xss = None  # the server lacks the extension
        except (OSError, AttributeError):
            xss = None
        return cls(xlib, handle, xss)

    def close(self) -> None:
        if self._handle:
            self._x.XCloseDisplay(self._handle)
            self._handle = ctypes.c_void_p(0)

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        self._failed = False
        before = self._x.XSetErrorHandler(ctypes.cast(self._note_error, ctypes.c_void_p))
        try:
            yield
        finally:
            self._x.XSync(self._handle, 0)  # errors of what was asked arrive now
            self._x.XSetErrorHandler(before)

    def _ask(self, question: Callable[[], T]) -> T | None:
        with self._guarded():
            answer = question()
        return None if self._failed else answer

    def _atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self._x.XInternAtom(self._handle, name.encode(), 0)
        return self._atoms[name]

    def _property(self, window: int, name: str) -> list[int]:
        """A 32-bit property as numbers (window ids, atoms, cardinals); [] if unset."""
        kind, size = ctypes.c_ulong(), ctypes.c_int()
        count, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.c_void_p()
        status = self._x.XGetWindowProperty(
            self._handle, window, self._atom(name), 0, 1024, 0, _ANY_PROPERTY_TYPE,
            ctypes.byref(kind), ctypes.byref(size), ctypes.byref(count), ctypes.byref(after),
            ctypes.byref(data),
        )  # fmt: skip
        if status != _SUCCESS or not data.value:
            return []
        try:
            if size.value != 32:
                return []
            # Format 32 arrives as C longs, whatever their size on this machine.
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [values[i] for i in range(count.value)]
        finally:
            self._x.XFree(data)

    # -- the questions -----------------------------------------------------------------

    @property
    def has_idle_time(self) -> bool:
        return self._xss is not None

    def idle_ms(self) -> tuple[int, bool] | None:
        """Milliseconds since the last input, and whether the screen saver is on."""
        xss = self._xss
        if xss is None:
            return None
        info = _ScreenSaverInfo()

        def query() -> tuple[int, bool] | None:
            if not xss.XScreenSaverQueryInfo(self._handle, self._root, ctypes.byref(info)):
                return None
            return int(info.idle), info.state == _SCREEN_SAVER_ON

        return self._ask(query)

    def active_window_full_screen(self, own_pid: int) -> bool | None:
        """Whether the active window is full screen (None: the window manager does not
        say which window is active). A window of process `own_pid` does not count."""

        def query() -> bool | None:
            active = self._property(self._root, "_NET_ACTIVE_WINDOW")
            if not active:
                return None
            window = active[0]
            if not window:
                return False
            if self._property(window, "_NET_WM_PID") == [own_pid]:
                return False  # Backstretch's own session, full screen on purpose
            return self._atom("_NET_WM_STATE_FULLSCREEN") in self._property(window, "_NET_WM_STATE")

        return self._ask(query)
