"""The cues reach a real sound server: a private PulseAudio whose output is recorded
while the app runs a stretch (see sound.py)."""

from __future__ import annotations

import pytest

from tests.integration.sound import loudness, prepare_home, run_and_record, sound_server

pytestmark = pytest.mark.integration


@pytest.fixture
def pulse(tmp_path):
    with sound_server(tmp_path / "pulse") as env:
        yield env


def test_each_phase_is_heard_and_mute_is_silent(pulse, tmp_path):
    heard_home, muted_home = tmp_path / "heard", tmp_path / "muted"
    prepare_home(heard_home, sound=True)
    prepare_home(muted_home, sound=False)

    heard = run_and_record(heard_home, pulse, tmp_path / "heard.raw")
    assert heard.returncode == 0, heard.stderr
    # Qt's QSoundEffect spun the main thread on these warnings with this server.
    assert "QSocketNotifier" not in heard.stderr
    seconds, peak = loudness(tmp_path / "heard.raw")
    # At ten times speed the cues (each under 1.5 s) follow each other closely: sound
    # all through the routine's 16 sides, not one cue and then silence.
    assert seconds > 8, f"only {seconds:.1f} s of sound were heard"
    assert peak > 3000

    muted = run_and_record(muted_home, pulse, tmp_path / "muted.raw")
    assert muted.returncode == 0, muted.stderr
    assert loudness(tmp_path / "muted.raw") == (0.0, 0)
