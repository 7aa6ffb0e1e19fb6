"""Which cue each phase change plays, when the hold ticks, and what the voice says."""

from __future__ import annotations

import importlib.util
import math
import struct
import sys
import wave
from pathlib import Path

import pytest

from backstretch.content import load_library
from backstretch.cues import CUE_NAMES, entry_cue, next_tick, spoken_text, tick_marks
from backstretch.paths import assets_dir, resources_dir
from backstretch.routine import RoutineOptions, plan_routine
from backstretch.session import Phase, SessionMachine

ROOT = Path(__file__).resolve().parents[2]
LIBRARY = load_library(resources_dir())


def machine(exercise_id: str = "knee-rolls") -> tuple[SessionMachine, float]:
    plan = plan_routine([LIBRARY.by_id(exercise_id)], RoutineOptions(repetitions=2))
    return SessionMachine(plan, 0.0), 0.0


def first_state(m: SessionMachine, phase: Phase, now: float = 0.0):
    while m.state(now).step.phase is not phase:
        now += m.state(now).remaining + 1e-6
    return m.state(now), now


def test_every_phase_has_its_own_cue_and_the_end_has_one():
    m, _ = machine()
    seen = []
    now = 0.0
    while not (state := m.state(now)).finished:
        seen.append(entry_cue(state))
        now += state.remaining + 1e-6
    assert entry_cue(m.state(now)) == "done"
    assert {"get_ready", "stretch", "hold", "release", "rest"} <= set(seen)
    assert set(seen) <= set(CUE_NAMES)


def test_the_hold_ticks_in_its_last_three_seconds_by_the_session_clock():
    m, _ = machine()
    hold, start = first_state(m, Phase.HOLD)
    duration = hold.step.duration
    assert tick_marks(hold.step) == (3, 2, 1)
    mark, wait = next_tick(hold)
    assert mark == 3 and wait == pytest.approx(duration - 3, abs=1e-4)
    # After the 3 has sounded, the next is the 2, one session second later.
    later = m.state(start + duration - 3 + 0.001)
    assert next_tick(later, below=3) == (2, pytest.approx(0.999, abs=1e-4))
    # Paused, the session clock stands still and so does the tick.
    m.toggle_pause(start + duration - 2.5)
    assert next_tick(m.state(start + duration + 60), below=3)[1] == pytest.approx(0.5, abs=1e-4)


def test_a_tick_long_past_is_dropped_rather_than_played_late():
    m, _ = machine()
    hold, start = first_state(m, Phase.HOLD)
    late = m.state(start + hold.step.duration - 1.5)  # woke after the 3 and the 2
    assert next_tick(late) == (1, pytest.approx(0.5, abs=1e-4))


def test_other_phases_do_not_tick():
    m, _ = machine()
    for phase in (Phase.GET_READY, Phase.STRETCH, Phase.RELEASE, Phase.REST):
        state, _ = first_state(m, phase)
        assert tick_marks(state.step) == () and next_tick(state) is None


def test_spoken_guidance_comes_from_the_content_files():
    m, _ = machine("knee-rolls")
    exercise = LIBRARY.by_id("knee-rolls")
    ready, _ = first_state(m, Phase.GET_READY)
    assert spoken_text(ready, LIBRARY.by_id).startswith(f"{exercise.title}. Get ready.")
    stretch, _ = first_state(m, Phase.STRETCH)
    text = spoken_text(stretch, LIBRARY.by_id)
    assert f"repetition 1 of {stretch.step.repetitions}, left side" in text
    assert exercise.instruction("stretch", "left") in text
    hold, _ = first_state(m, Phase.HOLD)
    assert spoken_text(hold, LIBRARY.by_id).startswith("Hold.")


def load_make_sounds():
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_sounds"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def levels(path: Path) -> tuple[float, float, float]:
    """Duration (s), RMS and peak (dBFS) of a 16-bit mono WAV file."""
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44_100)
        frames = wav.readframes(wav.getnframes())
        duration = wav.getnframes() / wav.getframerate()
    samples = [v / 32768 for (v,) in struct.iter_unpack("<h", frames)]
    rms = math.sqrt(sum(v * v for v in samples) / len(samples))
    return duration, 20 * math.log10(rms), 20 * math.log10(max(abs(v) for v in samples))


@pytest.mark.parametrize("name", CUE_NAMES)
def test_each_sound_is_a_short_valid_wav_at_an_even_loudness(name):
    duration, rms, peak = levels(assets_dir() / "sounds" / f"{name}.wav")
    assert duration <= 1.6
    assert peak <= -0.9  # never clips
    if name == "tick":
        assert duration <= 0.1 and rms < -24  # soft, well below the cues
    else:
        assert -21.5 <= rms <= -19.5  # within 1.5 dB of every other cue


def test_the_sound_files_are_made_by_the_script_byte_for_byte(tmp_path):
    make_sounds = load_make_sounds()
    for path in make_sounds.make_sounds(tmp_path):
        assert path.read_bytes() == (assets_dir() / "sounds" / path.name).read_bytes(), path.name
