"""Where things live: bundled resources (source tree or frozen build) and user folders.

One resolver serves the source tree, an editable install and the PyInstaller build,
so no other module needs to know how the app was started.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "backstretch"


def bundle_root() -> Path:
    """The folder that holds resources/ and assets/."""
    override = os.environ.get("BACKSTRETCH_BUNDLE")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    # app/backstretch/paths.py -> the repository root
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return bundle_root() / "resources"


def assets_dir() -> Path:
    return bundle_root() / "assets"


def _platform_base(kind: str) -> Path:
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    if sys.platform == "darwin":
        return home / "Library" / "Application Support"
    if kind == "config":
        return Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")


def config_dir() -> Path:
    """Settings. BACKSTRETCH_HOME puts config and data in one folder (tests, portable use)."""
    override = os.environ.get("BACKSTRETCH_HOME")
    if override:
        return Path(override)
    return _platform_base("config") / APP_DIR_NAME


def cache_dir() -> Path:
    """What the app can rebuild at any time (pictures of the illustrations)."""
    override = os.environ.get("BACKSTRETCH_HOME")
    if override:
        return Path(override) / "cache"
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return base / APP_DIR_NAME / "cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / APP_DIR_NAME


def data_dir() -> Path:
    """History and other records the app keeps for the user."""
    override = os.environ.get("BACKSTRETCH_HOME")
    if override:
        return Path(override)
    return _platform_base("data") / APP_DIR_NAME
