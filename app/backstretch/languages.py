"""Which language Backstretch speaks: the one chosen in the settings, else the first of
the system's languages that has a translation, else English (the source language).

Pure Python: the environment and the system's languages are passed in, so a test can
try any desktop's setup. On Linux the order is gettext's: LANGUAGE (a colon-separated
list) first, then LC_ALL, LC_MESSAGES and LANG. LANGUAGE is honoured even under the C
locale, so `LANGUAGE=de backstretch` works in a bare terminal or a container.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

SOURCE = "en"
# The generated pseudo-translation for tests: every letter accented, every text longer.
PSEUDO = "en_XA"
CATALOGUE_PREFIX = "backstretch_"
_TAG = re.compile(r"([a-z]{2,3})(?:_([A-Z]{2}))?")


def normalised(name: str) -> str | None:
    """'de_DE.UTF-8@euro' -> 'de_DE', 'pt-br' -> 'pt_BR'; None for C, POSIX and junk."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    language, _, region = base.partition("_")
    tag = language.lower() + (f"_{region.upper()}" if region else "")
    return tag if _TAG.fullmatch(tag) else None


def candidates(name: str) -> list[str]:
    """A tag and the language it belongs to: 'pt_BR' -> ['pt_BR', 'pt']."""
    tag = normalised(name)
    if tag is None:
        return []
    language = tag.split("_")[0]
    return [tag] if tag == language else [tag, language]


def posix_preferences(environ: Mapping[str, str]) -> list[str]:
    """The languages a Linux (or other POSIX) user asked for, most wanted first."""
    wanted = [name for name in environ.get("LANGUAGE", "").split(":") if name]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            wanted.append(value)
            break  # the first one set is the one in force, as for setlocale()
    return wanted


def choose(setting: str, preferred: Iterable[str], available: Iterable[str]) -> str:
    """The language to speak: `setting` if it has a translation, else the first of the
    `preferred` ones that has one (a region falls back to its language), else English."""
    shipped = {*available, SOURCE}
    for name in [setting, *preferred] if setting else preferred:
        for tag in candidates(name):
            if tag in shipped:
                return tag
    return SOURCE


def available(translations: Path) -> list[str]:
    """The languages with a compiled catalogue in `translations`, the source first."""
    found = sorted(
        path.stem.removeprefix(CATALOGUE_PREFIX)
        for path in translations.glob(f"{CATALOGUE_PREFIX}*.qm")
        if normalised(path.stem.removeprefix(CATALOGUE_PREFIX))
    )
    return [SOURCE, *found]
