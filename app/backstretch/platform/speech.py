"""Spoken guidance: Qt's text to speech with the platform's engine (speech-dispatcher on
Linux), in a voice of the app's language. Missing speech is said in
`unavailable_reason`, never a failure."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject

from backstretch import wording

# Where distributions put speech-dispatcher's output modules (one program per module).
SPEECHD_MODULE_FOLDERS = (
    Path("/usr/lib/speech-dispatcher-modules"),
    Path("/usr/libexec/speech-dispatcher-modules"),
    Path("/usr/lib64/speech-dispatcher-modules"),
    *Path("/usr/lib").glob("*-linux-gnu*/speech-dispatcher-modules"),
)
# Modules that speak no text: the dummy one plays a recorded "not configured" message,
# the generic one only runs a command that someone has to configure first.
NOT_A_VOICE = {"sd_dummy", "sd_generic"}


def speechd_voices(folders: Iterable[Path]) -> set[str] | None:
    """The speech-dispatcher modules that really speak, or None where no module folder
    exists (another layout, another system: nothing to tell from here)."""
    found: set[str] | None = None
    for folder in folders:
        try:
            names = {entry.name for entry in folder.iterdir() if entry.name.startswith("sd_")}
        except OSError:
            continue
        found = (found or set()) | (names - NOT_A_VOICE)
    return found


class Voice(QObject):
    """Qt's text to speech with the platform's engine (speech-dispatcher on Linux).

    The engine is started on the first sentence, so a user who never turns the voice
    on never pays for it. `shared()` gives the one instance the app uses.
    """

    _shared: Voice | None = None

    def __init__(
        self, parent: QObject | None = None, engine: Callable[[QObject], Any] | None = None
    ) -> None:
        """`engine` makes another text-to-speech object than Qt's (a recording one)."""
        super().__init__(parent)
        self.unavailable_reason: str | None = None
        self.engine = ""
        self._speech: Any = None
        self._factory: Callable[[str, QObject], Any]
        if engine is not None:
            self._factory = lambda _name, parent: engine(parent)
            return
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.unavailable_reason = wording.speech_not_in_build(str(exc))
            return
        self._factory = QTextToSpeech
        engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
        if not engines:
            self.unavailable_reason = wording.no_speech_engine(sys.platform.startswith("linux"))
            return
        self.engine = engines[0]
        # Debian installs speech-dispatcher without a voice (the voices are only
        # recommended): it would play its placeholder message instead of the words. A
        # server chosen with SPEECHD_ADDRESS is taken as its owner set it up.
        if self.engine == "speechd" and "SPEECHD_ADDRESS" not in os.environ:
            voices = speechd_voices(SPEECHD_MODULE_FOLDERS)
            if voices is not None and not voices:
                self.unavailable_reason = wording.no_speechd_voice()

    @classmethod
    def shared(cls) -> Voice:
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    @property
    def available(self) -> bool:
        return self.unavailable_reason is None

    def say(self, text: str) -> None:
        if not self.available or not text:
            return
        if self._speech is None:
            self._speech = self._start()
            if self._speech is None:
                return
        self._speech.say(text)  # replaces whatever was still being said

    def _start(self) -> Any:
        """The engine, speaking the app's language (QLocale's default, set with the
        translation); None, with the reason said, if it has no voice for it."""
        speech = self._factory(self.engine, self)
        wanted = QLocale()
        offered = list(speech.availableLocales())
        if not offered:
            return speech  # an engine that names no voices speaks in its default one
        matching = [locale for locale in offered if locale.language() == wanted.language()]
        if not matching:
            self.unavailable_reason = wording.no_voice_for_language(wanted.nativeLanguageName())
            return None
        # The user's own region if the engine has it ("de_AT"), else the first.
        exact = [locale for locale in matching if locale.territory() == wanted.territory()]
        speech.setLocale((exact or matching)[0])
        return speech

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()
