"""The app as a screen reader meets it: a real AT-SPI bus on a private desktop, the app
started as a real process with Qt's accessibility on, and its accessible tree walked
from outside with pyatspi (Debian's python3-pyatspi, run by the system Python)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.desktop import Desktop, wait_for

pytestmark = pytest.mark.integration

WALKER = Path(__file__).parents[1] / "helpers" / "atspi_walk.py"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"


def system_python_has_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return probe.returncode == 0


@pytest.fixture
def accessible_desktop(tmp_path):
    if not BUS_LAUNCHER.exists() or not system_python_has_pyatspi():
        pytest.skip("needs at-spi2-core and python3-pyatspi (tools/system-deps.sh test)")
    (tmp_path / "desktop").mkdir()
    desktop = Desktop(tmp_path / "desktop")
    desktop._start([str(BUS_LAUNCHER), "--launch-immediately"])
    desktop.env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    yield desktop
    desktop.stop()


def walk(desktop: Desktop, press: str | None = None) -> dict:
    result = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER), "backstretch", *([press] if press else [])],
        env=desktop.env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    return json.loads(result.stdout) if result.returncode == 0 and result.stdout else {}


def named(tree: dict, role: str) -> set[str]:
    return {name for r, name, _, showing in tree.get("nodes", []) if r == role and showing}


def test_a_screen_reader_finds_start_the_controls_and_the_phase(accessible_desktop, tmp_path):
    env = dict(accessible_desktop.env, BACKSTRETCH_HOME=str(tmp_path / "home"))
    app = subprocess.Popen(
        [sys.executable, "-m", "backstretch", "--speed", "0.2", "--quit-after-routine"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        library: dict = {}

        def library_ready() -> bool:
            library.update(walk(accessible_desktop))
            return any("Start routine" in name for name in named(library, "push button"))

        wait_for(library_ready, 30, "the Start routine button in the accessible tree")
        assert "Reminders and settings…" in named(library, "push button")
        # Press it through AT-SPI, as a screen reader user does.
        start = next(n for n in named(library, "push button") if "Start routine" in n)
        assert walk(accessible_desktop, press=start)["pressed"]

        session: dict = {}

        def session_ready() -> bool:
            session.clear()
            session.update(walk(accessible_desktop))
            return "Pause (Space)" in named(session, "push button")

        wait_for(session_ready, 30, "the session controls")
        buttons = named(session, "push button")
        for control in (
            "Back (Left arrow)",
            "Skip phase (Right arrow)",
            "Stop the routine (Escape)",
        ):
            assert control in buttons
        labels = named(session, "label")
        assert "GET READY" in labels
        figure = [n for n in session["nodes"] if n[1] == "Stretch illustration"]
        assert figure and figure[0][2]  # described by the current instruction
    finally:
        app.terminate()
        app.wait(timeout=10)
