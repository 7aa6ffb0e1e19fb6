"""The idle and do-not-disturb back ends, each behind its one small interface, with
fakes of what they ask (the real services are in tests/integration/test_presence.py)."""

from __future__ import annotations

import ctypes
import os
import stat
import sys
from datetime import timedelta

import pytest

from backstretch.platform.dbus_call import CallFailed
from backstretch.platform.do_not_disturb import (
    VIDEO4LINUX_MAJOR,
    BusyCheck,
    CameraInUse,
    DoNotDisturb,
)
from backstretch.platform.idle import (
    IdleBackend,
    IdleWatch,
    MacLastEvent,
    Reading,
    WindowsLastInput,
)
from backstretch.platform.presence import PresenceSource
from backstretch.reminders import Hold, ReminderSettings


class Fixed(IdleBackend):
    def __init__(self, name: str, reading: Reading | None) -> None:
        self.name = name
        self.reading = reading
        self.asked = 0

    def read(self) -> Reading:
        self.asked += 1
        if self.reading is None:
            raise CallFailed("not here")
        return self.reading


def test_the_first_idle_time_wins_and_any_lock_counts():
    watch = IdleWatch(
        [
            Fixed("absent", None),
            Fixed("the screen saver", Reading(idle=timedelta(seconds=40))),
            Fixed("X", Reading(idle=timedelta(seconds=99), locked=False)),
            Fixed("logind", Reading(locked=True)),
        ]
    )
    assert watch.read() == Reading(idle=timedelta(seconds=40), locked=True)
    assert watch.working_names() == ["the screen saver", "X", "logind"]


def test_with_no_back_end_nothing_is_known():
    watch = IdleWatch([Fixed("absent", None)])
    assert watch.read() == Reading()
    assert watch.working_names() == []


def test_windows_idle_time_survives_the_tick_count_wrapping():
    class User32:
        def GetLastInputInfo(self, pointer):
            info = ctypes.cast(pointer, ctypes.POINTER(WindowsLastInput._LastInputInfo)).contents
            assert info.size == ctypes.sizeof(info)
            info.time = 0xFFFFFF00  # input just before the 49.7-day wrap
            return 1

    class Kernel32:
        def GetTickCount(self):
            return 0x100  # now, just after it

    assert WindowsLastInput(User32(), Kernel32()).read().idle == timedelta(milliseconds=0x200)


def test_macos_idle_time_comes_from_core_graphics():
    asked = []

    class Function:
        restype = argtypes = None

        def __call__(self, state, kind):
            asked.append((state, kind))
            return 12.5

    class Graphics:
        CGEventSourceSecondsSinceLastEventType = Function()

    assert MacLastEvent(Graphics()).read().idle == timedelta(seconds=12.5)
    assert asked == [(1, 0xFFFFFFFF)]  # the HID state, any input event


def test_windows_and_macos_back_ends_say_they_cannot_elsewhere():
    if sys.platform != "win32":
        with pytest.raises(CallFailed):
            WindowsLastInput().read()
    if sys.platform != "darwin":
        with pytest.raises(CallFailed):
            MacLastEvent().read()


class Busy(BusyCheck):
    def __init__(self, reason: Hold, answer: bool | None) -> None:
        self.reason = reason
        self.name = reason.value
        self.answer = answer
        self.asked = 0

    def busy(self) -> bool:
        self.asked += 1
        if self.answer is None:
            raise CallFailed("cannot tell")
        return self.answer


def test_only_the_chosen_do_not_disturb_checks_are_asked():
    camera, full, system = (
        Busy(Hold.CAMERA, True),
        Busy(Hold.FULL_SCREEN, False),
        Busy(Hold.SYSTEM, None),
    )
    dnd = DoNotDisturb([camera, full, system])
    assert dnd.busy({Hold.FULL_SCREEN, Hold.SYSTEM}) == frozenset()
    assert camera.asked == 0
    assert dnd.busy({Hold.CAMERA}) == {Hold.CAMERA}


def test_the_presence_asks_only_what_the_settings_need():
    idle = Fixed("idle", Reading(idle=timedelta(minutes=9)))
    camera = Busy(Hold.CAMERA, True)
    source = PresenceSource(IdleWatch([idle]), DoNotDisturb([camera]))
    settings = ReminderSettings(natural_breaks=False, wait_for_camera=False)
    presence = source.look(settings)
    assert presence.idle is None and presence.busy == frozenset()
    assert idle.asked == 0 and camera.asked == 0
    presence = source.look(ReminderSettings())
    assert presence.idle == timedelta(minutes=9) and presence.busy == {Hold.CAMERA}


needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="making a character device (mknod) needs root",
)


@needs_root
def test_a_video_device_held_open_is_a_camera_in_use(tmp_path):
    # A fake /proc: one process of ours whose fd 7 is a video4linux character device
    # (major 81, as the kernel numbers every /dev/video*), another's fd 3 a plain file.
    device = tmp_path / "video0"
    os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(VIDEO4LINUX_MAJOR, 0))
    other = tmp_path / "notes.txt"
    other.write_text("")
    proc = tmp_path / "proc"
    for pid, target in (("100", other), ("200", device)):
        (proc / pid / "fd").mkdir(parents=True)
        (proc / pid / "fd" / ("3" if pid == "100" else "7")).symlink_to(target)
    (proc / "self").mkdir()
    assert CameraInUse(proc, uid=os.getuid()).busy() is True
    (proc / "200" / "fd" / "7").unlink()
    assert CameraInUse(proc, uid=os.getuid()).busy() is False


@needs_root
def test_another_kind_of_character_device_is_not_a_camera(tmp_path):
    device = tmp_path / "tty-like"
    os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(4, 64))
    (tmp_path / "proc" / "100" / "fd").mkdir(parents=True)
    (tmp_path / "proc" / "100" / "fd" / "4").symlink_to(device)
    assert CameraInUse(tmp_path / "proc", uid=os.getuid()).busy() is False


def test_only_the_users_own_processes_are_looked_at(tmp_path):
    (tmp_path / "proc" / "100" / "fd").mkdir(parents=True)
    (tmp_path / "proc" / "100" / "fd" / "4").symlink_to("/dev/null")
    assert CameraInUse(tmp_path / "proc", uid=os.getuid() + 1).busy() is False


def test_the_real_proc_is_looked_at_quickly():
    import time

    check = CameraInUse()
    started = time.perf_counter()
    check.busy()
    assert time.perf_counter() - started < 0.5
