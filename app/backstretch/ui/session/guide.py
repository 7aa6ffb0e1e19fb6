"""Guidance by ear: a sound for every phase change, ticks at the end of a hold, and an
optional voice reading the instructions, so a routine can be followed with eyes closed.
The sounds and the voice themselves are in platform/sound.py and platform/speech.py.

Sound and speech come from Qt's Multimedia and TextToSpeech modules. Either may be
missing (a build without them, no audio libraries, no speech engine): each back end
then says why in `unavailable_reason`, and the session runs silently instead of failing.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QObject,
    Qt,
    QTimer,
    Signal,
)

from backstretch import wording
from backstretch.content import Library
from backstretch.cues import (
    DONE,
    TICK,
    entry_cue,
    next_tick,
    spoken_text,
)
from backstretch.platform.sound import SoundCues
from backstretch.platform.speech import Voice
from backstretch.session import SessionState, Summary
from backstretch.settings import Section
from backstretch.ui.session.driver import SessionDriver
from backstretch.ui.settings_store import SettingsStore

DUE_WITHIN_SECONDS = 0.002  # timers are rounded to whole milliseconds


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
            self._emit(DONE, wording.routine_done())

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
            self._emit(TICK, wording.countdown(mark))
        self._arm(state)
