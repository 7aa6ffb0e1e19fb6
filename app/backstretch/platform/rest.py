"""Hand back what a closed window no longer needs, while Backstretch waits for reminders.

Python keeps freed memory in its own arenas and in the C library's heap, and PySide's
start-up leaves the source text of every module it checked in `linecache`; none of it
is needed between reminders. Whatever is given back here is rebuilt on demand (a
traceback reads the sources again), so nothing shown later differs.
"""

from __future__ import annotations

import ctypes
import gc
import linecache
import sys


def _trim_heap() -> None:
    """Return the C library's free heap pages to the system (glibc only).

    The C library is looked up among what the process has loaded already (dlopen of
    NULL): ctypes.util.find_library would load subprocess and run ldconfig, and keep
    about 0.4 MiB of modules for that one answer."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None)
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return
    trim(0)


def hand_back_memory() -> None:
    linecache.clearcache()
    gc.collect()
    _trim_heap()
