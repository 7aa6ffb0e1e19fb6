"""Start-at-login entries: written and removed for real on Linux, checked as text elsewhere."""

from __future__ import annotations

import configparser
import plistlib
import sys

import pytest

from backstretch.platform import autostart

COMMAND = ["/usr/lib/backstretch/backstretch", "--hidden"]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG autostart is Linux")
def test_linux_entry_is_written_and_removed_under_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    path = tmp_path / "cfg" / "autostart" / "org.backstretch.Backstretch.desktop"
    assert autostart.xdg_autostart_path() == path and not path.exists()
    autostart.set_enabled(True, COMMAND)
    assert path.exists()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path)
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "/usr/lib/backstretch/backstretch --hidden"
    autostart.set_enabled(False)
    assert not path.exists()
    autostart.set_enabled(False)  # removing twice is fine


def test_exec_line_quotes_paths_with_spaces():
    entry = autostart.xdg_entry(["/home/a b/python", "-m", "backstretch", "--hidden"])
    assert "Exec='/home/a b/python' -m backstretch --hidden" in entry


def test_windows_run_value_quotes_the_executable():
    value = autostart.windows_run_value(
        [r"C:\Users\Ann Lee\AppData\Local\Programs\Backstretch\backstretch.exe", "--hidden"]
    )
    assert (
        value == r'"C:\Users\Ann Lee\AppData\Local\Programs\Backstretch\backstretch.exe" --hidden'
    )


def test_macos_launch_agent_runs_at_load():
    agent = plistlib.loads(autostart.macos_launch_agent(COMMAND))
    assert agent["Label"] == "org.backstretch.Backstretch"
    assert agent["ProgramArguments"] == COMMAND and agent["RunAtLoad"] is True


def test_launch_command_starts_hidden():
    assert autostart.launch_command()[-1] == "--hidden"
