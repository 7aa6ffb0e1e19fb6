"""Backstretch on a real Wayland compositor (weston): the window, a routine, full screen
and the reminder window; and the tray over StatusNotifierItem on a private bus.

Weston's headless back end has no seat (no keyboard), so where keys matter weston runs
nested in a virtual X server, whose keyboard becomes the seat's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.desktop import wait_for

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
QT_WAYLAND = Path(__import__("PySide6").__file__).parent / "Qt/plugins/platforms/libqwayland.so"


@contextmanager
def weston(folder: Path, *, nested: bool = False) -> Iterator[dict[str, str]]:
    """A private weston; the environment for a Wayland client of it."""
    if shutil.which("weston") is None:
        pytest.skip("needs weston (tools/system-deps.sh test installs it)")
    if not QT_WAYLAND.exists():
        pytest.skip("this PySide6 has no Wayland platform plugin")
    folder.mkdir(mode=0o700)  # a runtime directory is private to its user
    env = dict(os.environ, XDG_RUNTIME_DIR=str(folder), QT_QPA_PLATFORM="wayland")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("DISPLAY", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "app"), str(ROOT)])
    env["BACKSTRETCH_HOME"] = str(folder / "home")
    servers: list[subprocess.Popen[bytes]] = []
    socket = "wayland-backstretch"
    try:
        if nested:
            if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
                pytest.skip("needs Xvfb and xdotool (tools/system-deps.sh test installs them)")
            number = 900 + os.getpid() % 90
            servers.append(
                subprocess.Popen(
                    ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                )
            )  # fmt: skip
            wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
            env["DISPLAY"] = f":{number}"
            backend = ["--backend=x11-backend.so", "--width=1366", "--height=768"]
        else:
            backend = ["--backend=headless-backend.so", "--width=1366", "--height=768"]
        with (folder / "weston.log").open("w") as log:
            servers.append(
                subprocess.Popen(
                    ["weston", *backend, f"--socket={socket}", "--idle-time=0"],
                    env=env, stdout=log, stderr=log,
                )
            )  # fmt: skip
        wait_for((folder / socket).exists, 15, "weston to listen")
        yield dict(env, WAYLAND_DISPLAY=socket)
    finally:
        for server in reversed(servers):
            server.terminate()
            server.wait(timeout=10)


def probe(env: dict[str, str], *args: str, timeout: float = 90) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.wayland_probe", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_routine_runs_to_the_end_on_wayland(tmp_path):
    with weston(tmp_path / "run") as env:
        log = tmp_path / "phases.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "backstretch", "--start", "--exercise", "knee-rolls",
             "--speed", "30", "--phase-log", str(log), "--quit-after-routine"],
            env=env, capture_output=True, text=True, timeout=90,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]  # 0: the routine ran to its end
    phases = [json.loads(line).get("phase") for line in log.read_text().splitlines()]
    assert {"get_ready", "stretch", "hold", "release"} <= set(phases)


def test_the_window_full_screen_and_the_reminder_on_wayland(tmp_path):
    shots = tmp_path / "shots"
    shots.mkdir()
    with weston(tmp_path / "run") as env:
        seen = probe(env, "--shots", str(shots))
    assert seen["platform"] == "wayland" and seen["window_opened"]
    width, height = seen["window_size"]
    assert width <= 1366 and height <= 768  # the first size fits the output
    assert len(seen["phases"]) >= 2  # the routine moves on
    assert seen["full_screen"] and seen["full_screen_size"] == [1366, 768]
    assert seen["full_screen_label"] == "Leave full screen"
    assert seen["left_full_screen"]
    assert seen["reminder_shown"] and not seen["reminder_active"]
    assert (shots / "wayland-session.png").stat().st_size > 10_000


def test_keys_typed_while_the_reminder_appears_never_answer_it(tmp_path):
    """Weston's desktop shell gives every new window the keyboard (GNOME's and KDE's
    refuse a window that does not ask, as this one does not): what it must never do
    is let a keystroke start a routine."""
    with weston(tmp_path / "run", nested=True) as env:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.wayland_probe", "--keys"],
            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert process.stdout is not None
        while (line := process.stdout.readline()) and line.strip() != "READY":
            pass
        for key in ("space", "Return", "a"):
            subprocess.run(["xdotool", "key", key], env=env, check=True)
        out, errors = process.communicate(timeout=30)
    assert process.returncode == 0, errors[-3000:]
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["reminder_shown"] and seen["reminder_visible_after"]
    assert seen["reminder_answers"] == []  # neither Space nor Enter pressed Start now


SYSTEM_PYTHON = "/usr/bin/python3"
SNI = ROOT / "tests" / "helpers" / "sni.py"


def has_dbus_python() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    check = [SYSTEM_PYTHON, "-c", "import dbus, gi.repository.GLib"]
    return subprocess.run(check, capture_output=True, check=False).returncode == 0


def test_the_tray_over_status_notifier_item_registers_and_its_menu_works(tmp_path):
    from tests.helpers.desktop import bus_command

    if not has_dbus_python():
        pytest.skip("needs python3-dbus and python3-gi (tools/system-deps.sh test installs them)")
    with weston(tmp_path / "run") as env:
        folder = tmp_path / "bus"
        folder.mkdir()
        address_file = folder / "address"
        processes: list[subprocess.Popen[str]] = []
        try:
            with address_file.open("w") as out:
                processes.append(subprocess.Popen(bus_command(folder), stdout=out, text=True))
            wait_for(lambda: address_file.read_text().strip() != "", 10, "the session bus")
            env = dict(env, DBUS_SESSION_BUS_ADDRESS=address_file.read_text().strip())
            record = tmp_path / "items.txt"
            record.touch()
            watcher = subprocess.Popen(
                [SYSTEM_PYTHON, str(SNI), "watch", str(record)],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            )  # fmt: skip
            processes.append(watcher)
            assert watcher.stdout is not None and watcher.stdout.readline().strip() == "READY"
            log = tmp_path / "phases.jsonl"
            app = subprocess.Popen(
                [sys.executable, "-m", "backstretch", "--phase-log", str(log), "--speed", "20"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
            )  # fmt: skip
            processes.append(app)
            wait_for(lambda: record.read_text().strip() != "", 30, "the item to register")
            service, path = record.read_text().split()[:2]

            def sni(command: str, *extra: str) -> subprocess.CompletedProcess[str]:
                return subprocess.run(
                    [SYSTEM_PYTHON, str(SNI), command, service, path, *extra],
                    env=env, capture_output=True, text=True, timeout=20,
                )  # fmt: skip

            menu = sni("menu")
            assert menu.returncode == 0, menu.stderr[-2000:]
            labels = json.loads(menu.stdout)
            assert {"Start routine now", "Open Backstretch", "Settings…", "Quit"} <= set(labels)
            clicked = sni("click", "Start routine now")
            assert clicked.returncode == 0, clicked.stderr
            wait_for(lambda: log.exists() and "get_ready" in log.read_text(), 20, "the routine")
            assert app.poll() is None
        finally:
            for process in reversed(processes):
                process.terminate()
                process.wait(timeout=10)
                if process.stdout is not None:
                    process.stdout.close()
