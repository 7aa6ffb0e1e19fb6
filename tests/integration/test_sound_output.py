"""The cues reach a real sound server, PulseAudio and PipeWire with WirePlumber, whose
output is recorded while the app runs a stretch (see sound.py)."""

from __future__ import annotations

import pytest

from tests.helpers.sound import SERVERS, loudness, prepare_home, run_and_record, sound_server

pytestmark = pytest.mark.integration


@pytest.fixture(params=SERVERS)
def server(request, tmp_path):
    with sound_server(tmp_path / "sound", request.param) as env:
        yield env


def test_the_routine_is_heard_throughout_and_mute_is_silent(server, tmp_path):
    heard_home, muted_home = tmp_path / "heard", tmp_path / "muted"
    prepare_home(heard_home, sound=True)
    prepare_home(muted_home, sound=False)

    heard = run_and_record(heard_home, server, tmp_path / "heard.raw")
    assert heard.returncode == 0, heard.stderr
    # Qt's QSoundEffect spun the main thread on these warnings with this server.
    assert "QSocketNotifier" not in heard.stderr
    seconds, peak = loudness(tmp_path / "heard.raw")
    # At ten times speed the cues (each under 1.5 s) follow each other closely: sound
    # all through the routine's 16 sides, not one cue and then silence.
    assert seconds > 8, f"only {seconds:.1f} s of sound were heard"
    assert peak > 3000

    muted = run_and_record(muted_home, server, tmp_path / "muted.raw")
    assert muted.returncode == 0, muted.stderr
    assert loudness(tmp_path / "muted.raw") == (0.0, 0)
