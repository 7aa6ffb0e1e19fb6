"""On a desktop without a tray (GNOME's), Backstretch starts at login with no window,
reminds from the background, and comes back when opened from the menu."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from backstretch.platform.instance_address import server_name
from tests.helpers.desktop import Desktop, wait_for

pytestmark = pytest.mark.integration


@pytest.fixture
def desktop(tmp_path):
    session = Desktop(tmp_path, tray=False)
    yield session
    session.stop()


def test_hidden_without_a_tray_starts_with_no_window_and_still_reminds(desktop, tmp_path):
    home = tmp_path / "home"
    env = dict(desktop.env, BACKSTRETCH_HOME=str(home))
    errors = (tmp_path / "errors.txt").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "backstretch", "--hidden", "--remind-in", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=errors,
    )
    try:
        wait_for(lambda: desktop.notifications_shown() >= 1, 20, "the reminder notification")
        assert app.poll() is None, (tmp_path / "errors.txt").read_text()
        assert desktop.visible_windows("^Backstretch$") == []  # no window at login
        # Opened from the applications menu: a plain launch hands over and exits, and
        # the running one shows its window.
        wait_for(lambda: os.path.exists(server_name(home)), 10, "the socket")
        opened = subprocess.run(
            [sys.executable, "-m", "backstretch"], env=env, capture_output=True, timeout=30
        )
        assert opened.returncode == 0, opened.stderr[-2000:]
        wait_for(lambda: desktop.visible_windows("^Backstretch$") != [], 10, "the window")
        time.sleep(0.5)
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(timeout=10)
        errors.close()
