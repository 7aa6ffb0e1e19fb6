"""A private desktop for integration tests: Xvfb, a session D-Bus and dunst."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


# A session bus of the test's own: no <servicedir>, so nothing the system installed (its
# dunst, its speech-dispatcher...) can be started by D-Bus activation behind the test's
# back, racing the programs the test started itself.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def bus_command(folder: Path) -> list[str]:
    """dbus-daemon for a private session bus in `folder`, printing its address."""
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder))
    return ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"]


class Desktop:
    """Starts the servers, gives an environment that points at them, stops them after."""

    def __init__(self, folder: Path, *, tray: bool = True) -> None:
        for tool in ("Xvfb", "dbus-daemon", "dunst", "dunstctl"):
            if shutil.which(tool) is None:
                pytest.skip(f"{tool} is not installed (tools/system-deps.sh test installs it)")
        self.folder = folder
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env = dict(os.environ)
        self.env.pop("QT_QPA_PLATFORM", None)
        self.env["QT_QPA_PLATFORM"] = "xcb"
        number = 100 + os.getpid() % 400
        self.env["DISPLAY"] = f":{number}"
        self._start(["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 10, "Xvfb")
        address_file = folder / "bus-address"
        with address_file.open("w") as out:
            self._start(bus_command(folder), stdout=out)
        wait_for(lambda: address_file.read_text().strip() != "", 10, "the session bus")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address_file.read_text().strip()
        self.menu_file = folder / "dunst-menu.txt"
        self.choice_file = folder / "dunst-choice.txt"
        chooser = folder / "choose.sh"
        # dunst's context menu asks a dmenu-like program to pick an action: this one
        # records the menu and picks the line that holds the label the test chose.
        chooser.write_text(
            "#!/bin/sh\n"
            f"cat > '{self.menu_file}'\n"
            f"grep -m1 -F \"$(cat '{self.choice_file}')\" '{self.menu_file}'\n"
        )
        chooser.chmod(0o755)
        config = folder / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {chooser}\n")
        self._start(["dunst", "-config", str(config)], stdout=subprocess.DEVNULL)
        wait_for(self._dunst_running, 10, "dunst")
        self.has_tray = tray and shutil.which("trayer") is not None
        if self.has_tray:  # a system tray on the X server, as a desktop panel has
            self._start(["trayer", "--edge", "top", "--align", "right", "--width", "10"])
            time.sleep(0.3)

    def _start(self, command, stdout=subprocess.DEVNULL) -> None:
        process = subprocess.Popen(command, env=self.env, stdout=stdout, stderr=subprocess.DEVNULL)
        self.processes.append(process)

    def _dunst_running(self) -> bool:
        return self.dunstctl("is-paused").returncode == 0

    def dunstctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, check=False
        )

    def notifications_shown(self) -> int:
        result = self.dunstctl("count", "displayed")
        return int(result.stdout.strip() or 0) if result.returncode == 0 else 0

    def choose_action(self, label: str) -> list[str]:
        """Pick an action of the newest notification, as a user would; returns the menu."""
        self.choice_file.write_text(label)
        self.menu_file.unlink(missing_ok=True)
        self.dunstctl("context")  # dunst runs the chooser in the background
        wait_for(lambda: self.menu_file.exists() and self.menu_file.stat().st_size, 10, "menu")
        return self.menu_file.read_text().splitlines()

    def visible_windows(self, name: str) -> list[str]:
        result = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env=self.env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        return result.stdout.split()

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
