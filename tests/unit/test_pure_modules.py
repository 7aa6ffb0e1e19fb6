"""The logic modules stay free of Qt, so they can be tested and reused without it."""

from __future__ import annotations

import subprocess
import sys

import pytest

PURE = [
    "backstretch.session",
    "backstretch.reminders",
    "backstretch.reminder_periods",
    "backstretch.content",
    "backstretch.routine",
    "backstretch.clock",
    "backstretch.settings",
    "backstretch.storage",
    "backstretch.paths",
    "backstretch.phase_log",
    "backstretch.history",
    "backstretch.progress",
    "backstretch.cues",
    # Asked before Qt loads: is a Backstretch already running?
    "backstretch.platform.instance_address",
]


@pytest.mark.parametrize("module", PURE)
def test_module_does_not_import_qt(module):
    code = f"import sys, {module}; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
