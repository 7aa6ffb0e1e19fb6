"""Start at login: an XDG autostart entry, a per-user Run value, or a LaunchAgent.

The texts are built by pure functions so every platform's entry can be tested here;
only the Linux writer (and the Windows registry writer, on Windows) touches the system.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shlex
import sys
from pathlib import Path

from backstretch import APP_ID, APP_NAME

HIDDEN_FLAG = "--hidden"


def launch_command(hidden: bool = True) -> list[str]:
    """How to start this very Backstretch at login: the frozen executable or the
    interpreter, without its window when `hidden`."""
    flags = [HIDDEN_FLAG] if hidden else []
    if getattr(sys, "frozen", False):
        return [sys.executable, *flags]
    return [sys.executable, "-m", "backstretch", *flags]


def xdg_entry(command: list[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Reminders and guidance for back stretches",
            f"Exec={shlex.join(command)}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def windows_run_value(command: list[str]) -> str:
    return " ".join(f'"{part}"' if " " in part else part for part in command)


def macos_launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def xdg_autostart_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{APP_ID}.desktop"


def macos_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def set_enabled(enabled: bool, command: list[str] | None = None) -> None:
    """Create or remove this user's start-at-login entry."""
    from backstretch.storage import atomic_write_text

    command = command or launch_command()
    if sys.platform == "win32":
        import winreg  # type: ignore[import-not-found, unused-ignore]

        key_path = r"Software\Microsoft\Windows\CurrentVersion\Run"
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path, 0, winreg.KEY_SET_VALUE) as key:
            if enabled:
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, windows_run_value(command))
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, APP_NAME)
        return
    path = macos_agent_path() if sys.platform == "darwin" else xdg_autostart_path()
    if enabled:
        if sys.platform == "darwin":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(macos_launch_agent(command))
        else:
            atomic_write_text(path, xdg_entry(command))
    else:
        path.unlink(missing_ok=True)
