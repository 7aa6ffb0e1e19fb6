"""The Qt side of translation: loads the app's catalogue and Qt's own for the chosen
language, and points the wording module at them.

`install` runs once at start-up, before the first widget is made. Qt's catalogue
(qtbase_xx.qm) translates the standard buttons and file dialogs; dates, times, numbers
and weekday names follow the language through QLocale.
"""

from __future__ import annotations

import os
import sys
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from backstretch import languages, wording
from backstretch.paths import bundle_root, resources_dir


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogues are: Qt's configured folder, then the frozen build's."""
    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [configured, bundle_root() / "PySide6" / "Qt" / "translations"]


def preferred_languages() -> list[str]:
    if sys.platform.startswith("linux"):
        return languages.posix_preferences(os.environ)
    return list(QLocale.system().uiLanguages())


def locale_for(language: str) -> QLocale:
    """The system's own locale where it is of that language (Austrian German keeps its
    own month names, British English its 24-hour clock); the language's main one else.
    The pseudo-language writes numbers and dates as English does."""
    wanted = QLocale(languages.SOURCE if language == languages.PSEUDO else language)
    system = QLocale.system()
    return system if system.language() == wanted.language() else wanted


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    translated = QCoreApplication.translate(context, text, disambiguation, n)
    # Qt gives back the source text when no catalogue has the message; the English
    # fallback then says "1 stretch" rather than "1 stretches".
    if translated == wording.english(context, text, None, n):
        return wording.english(context, text, disambiguation, n)
    return translated


def formats_for(locale: QLocale) -> wording.Formats:
    def number(value: float) -> str:
        return locale.toString(value, "g", 6)

    def clock(moment: time) -> str:
        return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)

    def day_month(day: date, pattern: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    def weekday(number: int) -> str:
        return locale.dayName(number + 1, QLocale.FormatType.LongFormat)

    def short_weekday(number: int) -> str:
        return locale.dayName(number + 1, QLocale.FormatType.ShortFormat)

    return wording.Formats(
        number=number,
        clock=clock,
        day_month=day_month,
        weekday=weekday,
        short_weekday=short_weekday,
    )


class Translation:
    """The catalogues installed for one language; `install` replaces the previous ones."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = languages.SOURCE
        self.catalogue: Path | None = None  # the app's, if the language has one
        self.qt_catalogue: Path | None = None  # Qt's own, if one was found

    def uninstall(self) -> None:
        """English again, as before `install`."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self.catalogue = self.qt_catalogue = None
        self.language = languages.SOURCE
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        wording.use_translation(None)
        wording.use_formats(None)

    def would_speak(self, setting: str, preferred: list[str] | None = None) -> str:
        """The language `install(setting)` would choose."""
        wanted = preferred_languages() if preferred is None else preferred
        return languages.choose(setting, wanted, languages.available(translations_dir()))

    def install(self, setting: str, preferred: list[str] | None = None) -> str:
        """Speak the language chosen in the settings (or the system's); return it."""
        folder = translations_dir()
        language = self.would_speak(setting, preferred)
        self.uninstall()
        if language != languages.SOURCE:
            own = QTranslator(self._app)
            if own.load(f"{languages.CATALOGUE_PREFIX}{language}", str(folder)):
                self._app.installTranslator(own)
                self._translators.append(own)
                self.catalogue = Path(own.filePath())
            for qt_folder in qt_translations_dirs():
                qt = QTranslator(self._app)
                if qt.load(f"qtbase_{language}", str(qt_folder)):
                    self._app.installTranslator(qt)
                    self._translators.append(qt)
                    self.qt_catalogue = Path(qt.filePath())
                    break
        locale = locale_for(language)
        QLocale.setDefault(locale)
        wording.use_translation(_translate if language != languages.SOURCE else None)
        wording.use_formats(formats_for(locale))
        self.language = language
        return language


def language_name(language: str) -> str:
    """A language in its own words, as its translators name it: 'Deutsch', 'Français'."""
    if language == languages.SOURCE:
        return wording.LANGUAGE_NAME
    catalogue = QTranslator()
    if catalogue.load(f"{languages.CATALOGUE_PREFIX}{language}", str(translations_dir())):
        name = catalogue.translate("Wording", wording.LANGUAGE_NAME, wording.LANGUAGE_NAME_NOTE)
        if name:
            return name
    return QLocale(language).nativeLanguageName() or language
