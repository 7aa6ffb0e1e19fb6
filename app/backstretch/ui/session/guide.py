"""Guidance by ear: a sound for every phase change, ticks at the end of a hold, and an
optional voice reading the instructions, so a routine can be followed with eyes closed.

Sound and speech come from Qt's Multimedia and TextToSpeech modules. Either may be
missing (a build without them, no audio libraries, no speech engine): each back end
then says why in `unavailable_reason`, and the session runs silently instead of failing.
"""

from __future__ import annotations

import math
import sys
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLoggingCategory,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from backstretch import wording
from backstretch.content import Library
from backstretch.cues import (
    CUE_NAMES,
    DONE,
    NUMBER_WORDS,
    TICK,
    entry_cue,
    next_tick,
    spoken_text,
)
from backstretch.session import SessionState, Summary
from backstretch.settings import Section
from backstretch.ui.session.driver import SessionDriver
from backstretch.ui.settings_store import SettingsStore

DUE_WITHIN_SECONDS = 0.002  # timers are rounded to whole milliseconds


class SoundCues(QObject):
    """Each cue's samples read once at start; playing never waits for the disk.

    Played through one QAudioSink per cue rather than QSoundEffect: with Qt 6.11 on a
    PulseAudio server, QSoundEffect sets off an endless stream of QSocketNotifier
    warnings that keeps the main thread busy, so a routine stops moving
    (tests/integration/test_sound_output.py plays the cues through a real PulseAudio).
    """

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unavailable_reason: str | None = None
        self._cues: dict[str, tuple[Any, Any]] = {}  # name: (samples, audio format)
        self._outputs: dict[str, tuple[Any, Any]] = {}  # name: (sink, its source buffer)
        self._volume = 0.7
        # Qt Multimedia narrates its search for audio back ends (PipeWire, FFmpeg,
        # PulseAudio) on the terminal; whether sound works is said in our own words.
        QLoggingCategory.setFilterRules("qt.multimedia.*=false")
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices
        except ImportError as exc:
            self.unavailable_reason = f"Sound is not available in this build ({exc})."
            return
        self._devices = QMediaDevices
        self._sink_class = QAudioSink
        missing = [name for name in CUE_NAMES if not (folder / f"{name}.wav").exists()]
        if missing:
            self.unavailable_reason = f"Sound files are missing: {', '.join(missing)}."
            return
        if QMediaDevices.defaultAudioOutput().isNull():
            self.unavailable_reason = "No audio output was found on this system."
            return
        for name in CUE_NAMES:
            try:
                samples, rate, channels = _read_wav(folder / f"{name}.wav")
            except (OSError, EOFError, wave.Error, ValueError) as exc:
                self.unavailable_reason = f"The sound file {name}.wav cannot be read ({exc})."
                self._cues.clear()
                return
            audio_format = QAudioFormat()
            audio_format.setSampleRate(rate)
            audio_format.setChannelCount(channels)
            audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            self._cues[name] = (QByteArray(samples), audio_format)

    @property
    def available(self) -> bool:
        return self.unavailable_reason is None

    def set_volume(self, percent: int) -> None:
        # Perceived loudness is roughly logarithmic: a cubic curve makes the slider even.
        self._volume = (max(0, min(100, percent)) / 100) ** 3
        for sink, _ in self._outputs.values():
            sink.setVolume(self._volume)

    def play(self, name: str) -> None:
        """Start the cue and return at once; the same cue again restarts it."""
        cue = self._cues.get(name)
        if cue is None:
            return
        samples, audio_format = cue
        if name in self._outputs:
            sink, previous = self._outputs[name]
            sink.stop()
            previous.deleteLater()
        else:
            # Made on first use, on the output of that moment; later plays reuse it.
            sink = self._sink_class(self._devices.defaultAudioOutput(), audio_format, self)
        source = QBuffer(sink)
        source.setData(samples)  # shares the bytes, does not copy them
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        sink.setVolume(self._volume)
        sink.start(source)
        self._outputs[name] = (sink, source)


def _read_wav(path: Path) -> tuple[bytes, int, int]:
    """16-bit PCM samples, sample rate and channels of a WAV file."""
    with wave.open(str(path)) as sound:
        if sound.getsampwidth() != 2:
            raise ValueError("not 16-bit PCM")
        return sound.readframes(sound.getnframes()), sound.getframerate(), sound.getnchannels()


class Voice(QObject):
    """Qt's text to speech with the platform's engine (speech-dispatcher on Linux).

    The engine is started on the first sentence, so a user who never turns the voice
    on never pays for it. `shared()` gives the one instance the app uses.
    """

    _shared: Voice | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unavailable_reason: str | None = None
        self.engine = ""
        self._speech: Any = None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.unavailable_reason = f"Speech is not available in this build ({exc})."
            return
        self._factory = QTextToSpeech
        engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
        if not engines:
            hint = " Install speech-dispatcher." if sys.platform.startswith("linux") else ""
            self.unavailable_reason = f"No speech engine was found on this system.{hint}"
            return
        self.engine = engines[0]

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
            self._speech = self._factory(self.engine, self)
        self._speech.say(text)  # replaces whatever was still being said

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()


class Guide(QObject):
    """Turns the session's phase changes into cues and words.

    Ticks are scheduled from the session state (seconds left in the hold) through the
    session clock, so they follow pauses, skips and --speed like the phases do.
    """

    cue = Signal(str)  # every cue played (or that would play with sound off)
    spoken = Signal(str)  # every text handed to the voice

    def __init__(
        self,
        driver: SessionDriver,
        library: Library,
        sounds: SoundCues,
        voice: Voice,
        store: SettingsStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.driver = driver
        self.library = library
        self.sounds = sounds
        self.voice = voice
        self.store = store
        self._ticked: tuple[int, int] | None = None  # (step index, mark) last ticked
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.check_tick)
        driver.phase_changed.connect(self._on_phase)
        driver.paused_changed.connect(self._on_paused)
        driver.ended.connect(self._on_ended)
        store.changed.connect(self._on_settings_changed)
        self.sounds.set_volume(store.guidance.volume)

    def _on_settings_changed(self, section: Section, _before: object) -> None:
        if section is not Section.GUIDANCE:
            return
        options = self.store.guidance
        self.sounds.set_volume(options.volume)
        if not options.voice:
            self.voice.stop()

    # -- what happens ----------------------------------------------------------------

    def _emit(self, name: str, words: str = "") -> None:
        self.cue.emit(name)
        options = self.store.guidance
        if options.sound:
            self.sounds.play(name)
        if words and options.voice:
            self.spoken.emit(words)
            self.voice.say(words)

    def _on_phase(self, state: SessionState) -> None:
        name = entry_cue(state)
        if name is not None:
            self._emit(name, spoken_text(state, self.library.by_id))
        self._arm(state)

    def _on_paused(self, paused: bool) -> None:
        if paused:
            self._timer.stop()
            self.voice.stop()
        else:
            state = self.driver.state()
            if state is not None:
                self._arm(state)

    def _on_ended(self, summary: Summary) -> None:
        self._timer.stop()
        if summary.finished:
            self._emit(DONE, wording.ROUTINE_DONE)

    # -- the countdown ---------------------------------------------------------------

    def _ticked_below(self, state: SessionState) -> int | None:
        if self._ticked is not None and self._ticked[0] == state.index:
            return self._ticked[1]
        return None

    def _arm(self, state: SessionState) -> None:
        self._timer.stop()
        if state.paused:
            return
        upcoming = next_tick(state, self._ticked_below(state))
        if upcoming is None:
            return
        delay = self.driver.clock.real_delay(upcoming[1])
        if math.isfinite(delay):
            self._timer.start(max(0, math.ceil(delay * 1000)))

    def check_tick(self) -> None:
        """Tick if a mark is due now, then wait for the next one."""
        state = self.driver.state()
        if state is None or state.paused:
            return
        upcoming = next_tick(state, self._ticked_below(state))
        if upcoming is not None and upcoming[1] <= DUE_WITHIN_SECONDS:
            mark = upcoming[0]
            self._ticked = (state.index, mark)
            self._emit(TICK, NUMBER_WORDS[mark])
        self._arm(state)
