"""The compiled catalogues and the pseudo-language, built once per test run when the
.ts sources or the English content are newer, and a fixture that speaks a language."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication

from backstretch import languages
from backstretch.paths import resources_dir
from backstretch.platform.translation import Translation
from tests.helpers.translation_tool import ROOT, SHIPPED, tool

LANGUAGES = (*SHIPPED, languages.PSEUDO)


def ensure_built() -> None:
    folder = resources_dir() / "translations"
    sources = [*folder.glob("backstretch_??.ts"), *(ROOT / "app").rglob("*.py")]
    sources += [*(resources_dir() / "exercises").glob("*.toml"), resources_dir() / "routine.toml"]
    built = [folder / f"backstretch_{language}.qm" for language in LANGUAGES]
    newest = max(path.stat().st_mtime for path in sources)
    if all(path.exists() and path.stat().st_mtime >= newest for path in built):
        return
    tool().build()


@contextlib.contextmanager
def speaking(language: str) -> Iterator[Translation]:
    """The app's texts, Qt's and the formats in `language` while the block runs."""
    ensure_built()
    app = QCoreApplication.instance()
    assert app is not None
    translation = Translation(app)
    try:
        assert translation.install(language, preferred=[]) == language
        yield translation
    finally:
        translation.uninstall()
