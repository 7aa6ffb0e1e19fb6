"""The corner reminder window appears while someone types elsewhere and takes none of
their keystrokes: on a real X server with a window manager."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.desktop import wait_for

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def x_desktop(tmp_path):
    for tool in ("Xvfb", "openbox", "xdotool"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (tools/system-deps.sh test installs it)")
    number = 500 + os.getpid() % 400
    env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "app"), str(ROOT)])
    servers = [
        subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
    servers.append(
        subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    )
    time.sleep(0.5)
    yield env
    for server in reversed(servers):
        server.terminate()
        server.wait(timeout=10)


def test_typing_goes_on_into_the_field_while_the_reminder_shows(x_desktop):
    probe = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.focus_probe"],
        env=x_desktop,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert probe.stdout is not None
    line = probe.stdout.readline()
    if line.strip() != "READY":
        _, errors = probe.communicate(timeout=15)
        raise AssertionError(errors[-2000:])
    # A user typing at that moment: a letter, then Enter and Space (what would press a
    # focused Start now).
    subprocess.run(["xdotool", "type", "--delay", "50", "a"], env=x_desktop, check=True)
    subprocess.run(["xdotool", "key", "Return", "space"], env=x_desktop, check=True)
    rest, errors = probe.communicate(timeout=15)
    assert probe.returncode == 0, errors[-2000:]
    result = json.loads(rest.splitlines()[-1])
    assert result["field_active_before"]
    assert result["reminder_visible"] and result["reminder_visible_after"]
    assert result["answers"] == []  # no keystroke answered the reminder
    assert not result["reminder_active"]
    assert result["focus_window"] == "Typing here"
    assert result["text"] == "a "  # the keys reached the field
