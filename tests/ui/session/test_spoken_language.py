"""A whole routine spoken in each shipped language: every sentence reaches the speech
engine in that language, through a voice of that language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QObject

from backstretch import wording
from backstretch.clock import ManualClock
from backstretch.content_language import load_translated
from backstretch.paths import resources_dir
from backstretch.platform.speech import Voice
from backstretch.routine import RoutineOptions
from backstretch.settings import GuidanceOptions, Settings
from backstretch.ui.main_window import MainWindow
from backstretch.ui.session.guide import Guide
from backstretch.ui.settings_store import SettingsStore
from tests.helpers.translations import SHIPPED, speaking
from tests.ui.session.test_guidance import FakeSounds

# Words of the English guidance that no translation keeps.
ENGLISH_WORDS = {"the", "your", "and", "repetition", "slowly", "hold", "knees", "rest", "of"}
VOICES = ("en_US", "de_DE", "fr_FR", "es_ES", "es_MX")


class RecordingEngine(QObject):
    """A text-to-speech engine that keeps what it was asked to say, and in which voice."""

    def __init__(self, parent: QObject, voices=VOICES) -> None:
        super().__init__(parent)
        self.voices = [QLocale(name) for name in voices]
        self.locale: QLocale | None = None
        self.said: list[tuple[str, str]] = []

    def availableLocales(self):
        return self.voices

    def setLocale(self, locale):
        self.locale = locale

    def say(self, text):
        assert self.locale is not None or not self.voices, "spoke before a voice was chosen"
        self.said.append((self.locale.name() if self.locale else "default", text))

    def stop(self):
        pass


def speak_routine(qtbot, home, language, voices=None) -> tuple[Voice, list[RecordingEngine]]:
    engines: list[RecordingEngine] = []
    if voices is None:  # a voice for every language, a new one's too
        voices = (*VOICES, QLocale(language).name())

    def engine(parent):
        engines.append(RecordingEngine(parent, voices))
        return engines[-1]

    settings = Settings(home).load()
    settings.routine = RoutineOptions(repetitions=8)
    settings.guidance = GuidanceOptions(sound=False, voice=True)
    library = load_translated(resources_dir(), language)
    window = MainWindow(library, SettingsStore(settings), ManualClock())
    qtbot.addWidget(window)
    voice = Voice(engine=engine)
    window.guide = Guide(window.driver, library, FakeSounds(), voice, window.store, window)
    clock = window.driver.clock
    window.start_routine()
    while window.driver.running:
        clock.advance(window.current_state().remaining + 0.001)
        window.driver.wake()
    return voice, engines


@pytest.mark.parametrize("language", SHIPPED)
def test_a_whole_routine_is_spoken_in_the_language_with_its_voice(qtbot, private_home, language):
    with speaking(language):
        _voice, (engine,) = speak_routine(qtbot, private_home, language)
        done = wording.routine_done()
    assert len(engine.said) > 50
    assert {name for name, _ in engine.said} == {QLocale(language).name()}
    english = [
        (text, sorted(set(re.findall(r"[a-z]+", text.lower())) & ENGLISH_WORDS))
        for _, text in engine.said
        if set(re.findall(r"[a-z]+", text.lower())) & ENGLISH_WORDS
    ]
    assert not english, english
    assert engine.said[-1][1] == done != "Well done. That is the end of the routine."


def test_english_is_spoken_in_english(qtbot, private_home):
    _voice, (engine,) = speak_routine(qtbot, private_home, "en")
    assert {name for name, _ in engine.said} == {"en_US"}
    assert engine.said[-1][1] == "Well done. That is the end of the routine."


def test_without_a_voice_for_the_language_nothing_is_said_and_the_reason_is_given(
    qtbot, private_home
):
    with speaking("de"):
        voice, (engine,) = speak_routine(qtbot, private_home, "de", voices=("en_US",))
    assert engine.said == []
    assert voice.unavailable_reason is not None
    assert (
        voice.unavailable_reason
        == "Keine Stimme für Deutsch gefunden; installieren Sie eine für die Sprachausgabe."
    )


def test_an_engine_that_names_no_voices_speaks_in_its_default_one(qtbot, private_home):
    with speaking("fr"):
        voice, (engine,) = speak_routine(qtbot, private_home, "fr", voices=())
    assert voice.unavailable_reason is None
    assert engine.said and engine.said[-1][1] == "Bravo. La séance est terminée."
