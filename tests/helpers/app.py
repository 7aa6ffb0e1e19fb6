"""The app's parts as the tests build them: a settings store on a private folder."""

from __future__ import annotations

from pathlib import Path

from backstretch.content import Library, load_library
from backstretch.paths import resources_dir
from backstretch.settings import Settings
from backstretch.ui.settings_store import SettingsStore

LIBRARY: Library = load_library(resources_dir())


def settings_store(home: Path) -> SettingsStore:
    """The one settings store, reading and saving the settings in `home`."""
    return SettingsStore(Settings(home).load())
