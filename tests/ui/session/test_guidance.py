"""Guidance by ear on the real window: cues per phase, ticks by the session clock, the
voice, the mute button and reduced motion."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from backstretch.clock import ManualClock, ScaledClock
from backstretch.content import load_library
from backstretch.paths import resources_dir
from backstretch.platform.sound import SoundCues
from backstretch.platform.speech import Voice
from backstretch.routine import RoutineOptions, plan_routine
from backstretch.session import Phase, StretchTiming, build_plan
from backstretch.settings import GuidanceOptions, Section, Settings
from backstretch.ui.main_window import MainWindow
from backstretch.ui.session.driver import SessionDriver
from backstretch.ui.session.guide import Guide
from backstretch.ui.settings_store import SettingsStore

LIBRARY = load_library(resources_dir())
DEFAULT_GUIDANCE = GuidanceOptions()


class FakeSounds(QObject):
    unavailable_reason = None

    def __init__(self):
        super().__init__()
        self.played: list[str] = []
        self.volume = None

    def set_volume(self, percent):
        self.volume = percent

    def play(self, name):
        self.played.append(name)


class FakeVoice(QObject):
    unavailable_reason = None

    def __init__(self):
        super().__init__()
        self.said: list[str] = []

    def say(self, text):
        self.said.append(text)

    def stop(self):
        pass


def make_window(qtbot, clock, home, guidance=DEFAULT_GUIDANCE, show=True):
    settings = Settings(home).load()
    settings.routine = RoutineOptions(repetitions=2, hold_seconds=5, rest_seconds=2)
    settings.guidance = guidance
    window = MainWindow(LIBRARY, SettingsStore(settings), clock)
    qtbot.addWidget(window)
    sounds, voice = FakeSounds(), FakeVoice()
    window.guide = Guide(window.driver, LIBRARY, sounds, voice, window.store, window)
    if show:
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
    return window, sounds, voice


def repetitions(exercise_id):
    plan = plan_routine([LIBRARY.by_id(exercise_id)], RoutineOptions(repetitions=2))
    return plan.steps[-1].repetitions


def step_to(window, clock, phase):
    while window.current_state().step.phase is not phase:
        clock.advance(window.current_state().remaining + 0.001)
        window.driver.wake()
    return window.current_state()


def test_each_phase_change_plays_its_cue_and_the_end_plays_done(qtbot, private_home):
    clock = ManualClock()
    window, sounds, _ = make_window(qtbot, clock, private_home)
    window.start_exercise("bottom-to-heel")
    while window.driver.running:
        clock.advance(window.current_state().remaining + 0.001)
        window.driver.wake()
    phases = [name for name in sounds.played if name != "tick"]
    assert phases[:5] == ["get_ready", "stretch", "hold", "release", "rest"]
    assert phases[-1] == "done"
    assert phases.count("hold") == repetitions("bottom-to-heel")


def test_ticks_follow_the_session_clock_not_real_time(qtbot, private_home):
    clock = ManualClock()
    window, sounds, _ = make_window(qtbot, clock, private_home)
    window.start_exercise("bottom-to-heel")
    hold = step_to(window, clock, Phase.HOLD)
    assert hold.step.duration == 5
    clock.advance(1.5)  # 3.5 s left: nothing yet
    window.guide.check_tick()
    assert "tick" not in sounds.played
    clock.advance(0.5)  # 3 s left
    window.guide.check_tick()
    window.guide.check_tick()  # a second wake at the same moment does not tick twice
    assert sounds.played.count("tick") == 1
    window.driver.toggle_pause()
    clock.advance(30)  # paused: the clock the session sees stands still
    window.guide.check_tick()
    assert sounds.played.count("tick") == 1
    window.driver.toggle_pause()
    clock.advance(1.0)
    window.guide.check_tick()
    clock.advance(1.0)
    window.guide.check_tick()
    assert sounds.played.count("tick") == 3


def test_real_timers_tick_three_times_in_every_hold(qtbot, tmp_path):
    # On a real event loop, with no window at all: someone lying on the floor may have
    # minimised it. 100 ms of real time per session second keeps the test short while
    # a busy machine's stalls stay well inside the tolerance for a late tick.
    plan = build_plan(
        [StretchTiming("bottom-to-heel", 2, False, move=1, hold=4, release=1, rest=1)],
        lead_in=1,
        transition=1,
    )
    driver = SessionDriver(ScaledClock(speed=10))
    sounds = FakeSounds()
    Guide(driver, LIBRARY, sounds, FakeVoice(), SettingsStore(Settings(tmp_path).load()), driver)
    driver.start(plan)
    qtbot.waitUntil(lambda: not driver.running, timeout=10_000)
    repetition = ["stretch", "hold", "tick", "tick", "tick", "release"]
    # No rest after the last repetition: the routine ends there.
    assert sounds.played == ["get_ready", *repetition, "rest", *repetition, "done"]


def test_the_voice_reads_the_instructions_and_counts_down(qtbot, private_home):
    clock = ManualClock()
    guidance = GuidanceOptions(voice=True)
    window, _, voice = make_window(qtbot, clock, private_home, guidance)
    window.start_exercise("knee-rolls")
    step_to(window, clock, Phase.HOLD)
    clock.advance(window.current_state().remaining - 3)
    window.guide.check_tick()
    assert voice.said[0].startswith("Knee rolls. Get ready.")
    assert any("left side" in text for text in voice.said)
    assert voice.said[-2].startswith("Hold.") and voice.said[-1] == "three"


def test_without_voice_nothing_is_spoken(qtbot, private_home):
    clock = ManualClock()
    window, sounds, voice = make_window(qtbot, clock, private_home)
    window.start_exercise("knee-rolls")
    step_to(window, clock, Phase.HOLD)
    assert voice.said == [] and sounds.played


def test_mute_button_and_m_key_silence_cues_and_are_remembered(qtbot, private_home):
    clock = ManualClock()
    window, sounds, _ = make_window(qtbot, clock, private_home)
    window.start_exercise("bottom-to-heel")
    assert sounds.played == ["get_ready"]
    qtbot.mouseClick(window.session_view.sound_button, Qt.MouseButton.LeftButton)
    assert window.store.guidance.sound is False
    step_to(window, clock, Phase.STRETCH)
    assert sounds.played == ["get_ready"]  # muted: the cue is not played
    assert Settings(private_home).load().guidance.sound is False
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.store.guidance.sound is True
    window.session_view.volume.setValue(40)
    assert sounds.volume == 40
    assert Settings(private_home).load().guidance == replace(GuidanceOptions(), volume=40)


def test_reduced_motion_shows_key_poses_without_arrows(qtbot, private_home):
    clock = ManualClock()
    window, _, _ = make_window(qtbot, clock, private_home, GuidanceOptions(reduced_motion=True))
    window.start_exercise("back-extensions")
    step_to(window, clock, Phase.STRETCH)
    clock.advance(0.2)
    window.driver.wake()
    figure = window.session_view.figure
    assert figure.reduced_motion
    assert figure._phase[1] == 1.0  # the stretched pose at once, not a frame of the move


def test_sound_cues_say_why_they_cannot_play(qapp, tmp_path):
    cues = SoundCues(tmp_path)  # an empty folder: no sound files
    assert not cues.available
    assert cues.unavailable_reason.startswith("Sound files are missing: ")
    cues.play("hold")  # refused quietly


@pytest.mark.parametrize(
    ("engines", "engine"),
    [([], None), (["mock"], None), (["mock", "speechd"], "speechd")],
)
def test_the_voice_uses_a_real_engine_or_says_why_there_is_none(qapp, monkeypatch, engines, engine):
    from PySide6.QtTextToSpeech import QTextToSpeech

    # Qt's "mock" engine only pretends to speak: it does not count as a voice.
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: engines))
    voice = Voice()
    if engine is None:
        assert not voice.available
        assert voice.unavailable_reason.startswith("No speech engine was found")
        voice.say("Hold.")  # refused quietly, and no engine is started for it
        assert voice._speech is None
    else:
        assert voice.available and voice.unavailable_reason is None
        assert voice.engine == engine


def test_choices_made_before_the_first_session_reach_the_session_screen(qtbot, private_home):
    # The session screen is built when the first session starts; what was chosen
    # before then (settings dialog, saved settings) must show on it.
    window, _, _ = make_window(qtbot, ManualClock(), private_home)
    window.store.update(Section.GUIDANCE, sound=False, volume=35, reduced_motion=True)
    window.start_exercise("knee-rolls")
    view = window.session_view
    assert not view.sound_button.isChecked()
    assert view.volume.value() == 35
    assert view.figure.reduced_motion


def test_the_screen_shows_a_phase_before_sounds_history_or_the_log_hear_of_it(qtbot, private_home):
    # Listeners connected after the window (the phase log, the history, the sounds)
    # run after the screen has changed, even though the screen is built later.
    from backstretch import wording

    clock = ManualClock()
    window, _, _ = make_window(qtbot, clock, private_home)
    seen = []
    window.driver.phase_changed.connect(
        lambda state: seen.append(
            (wording.phase_title(state.step.phase), window.session_view.phase_label.text())
        )
    )
    window.start_exercise("back-extensions")
    step_to(window, clock, Phase.HOLD)
    assert len(seen) >= 3
    assert all(expected == shown for expected, shown in seen)
