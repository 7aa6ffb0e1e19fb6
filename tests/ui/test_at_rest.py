"""What a resting Backstretch (window closed, reminders armed) has loaded: nothing it
needs only for a routine, the history or a hash, so it weighs as little as it can."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backstretch.paths import bundle_root

# Run in a process of its own, as a person starts it; reports once it has rested.
RESTING = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backstretch import cli
from backstretch.platform import rest

WATCHED = json.loads(sys.argv[1])
hand_back = rest.hand_back_memory

def report():
    with open("/proc/self/maps") as maps:
        mapped = maps.read()
    print(json.dumps({
        "modules": sorted(name for name in WATCHED["modules"] if name in sys.modules),
        "libraries": sorted(name for name in WATCHED["libraries"] if name in mapped),
    }), flush=True)
    QApplication.instance().quit()

def resting():
    hand_back()
    QTimer.singleShot(0, report)

rest.hand_back_memory = resting
cli.main(["--close-after-each-frame"])
"""

WATCHED = {
    # OpenSSL (through hashlib, hmac or secrets), SQLite and the history, QtNetwork
    # (and the Kerberos libraries it links), and what only a routine, an export or a
    # drawing needs.
    "modules": [
        "_hashlib", "hashlib", "hmac", "secrets", "ssl", "sqlite3", "csv", "html",
        "subprocess", "PySide6.QtNetwork", "backstretch.history",
        "backstretch.ui.progress.recorder",
    ],
    "libraries": [
        "libcrypto", "libssl", "libsqlite3", "_hashlib", "_sqlite3", "libQt6Network",
        "libkrb5",
    ],
}  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_a_resting_backstretch_has_loaded_neither_openssl_nor_sqlite_nor_qtnetwork(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    seen = {"general": {"safety_notice_seen": True, "background_hint_shown": True}}
    (home / "settings.json").write_text(json.dumps(seen))
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHONPATH")
    }
    env.update(
        BACKSTRETCH_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",  # no tray: closing leaves it in the background
        PYTHONPATH=str(bundle_root() / "app"),
    )
    result = subprocess.run(
        [sys.executable, "-c", RESTING, json.dumps(WATCHED)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    report = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert report, result.stdout + result.stderr
    assert json.loads(report[-1]) == {"modules": [], "libraries": []}
    assert not Path(home, "history.sqlite3").exists()
