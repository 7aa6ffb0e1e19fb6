"""The cues reach a real sound server: a private PulseAudio with a null sink, whose
monitor is recorded while the app runs a stretch, so the test hears what a user would.

PipeWire desktops speak the same protocol (pipewire-pulse); this is the path Qt takes
where it does not find PipeWire's own library.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backstretch.routine import RoutineOptions
from backstretch.settings import GuidanceOptions, Settings
from tests.integration.desktop import wait_for

pytestmark = pytest.mark.integration

RATE = 44100
WINDOW = RATE // 100  # 10 ms of samples
LOUD = 300  # peak of a 10 ms window that counts as sound (full scale is 32767)


@pytest.fixture
def sound_server(tmp_path):
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        pytest.skip("needs pulseaudio and parec (tools/system-deps.sh test installs them)")
    folder = tmp_path / "pulse"
    folder.mkdir()
    socket = folder / "native"
    env = dict(os.environ, HOME=str(folder), XDG_RUNTIME_DIR=str(folder))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    server = subprocess.Popen(
        ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--use-pid-file=no",
         "--load=module-null-sink sink_name=speakers rate=44100",
         f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(socket.exists, 10, "PulseAudio to listen")
        yield dict(os.environ, PULSE_SERVER=f"unix:{socket}")
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_and_record(home: Path, env: dict[str, str], recording: Path) -> subprocess.CompletedProcess:
    """Run one stretch while recording what the sound server plays."""
    recorder = subprocess.Popen(
        ["parec", "-d", "speakers.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
         "--channels=1", str(recording)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(recording.exists, 10, "the recorder to start")
        return subprocess.run(
            [sys.executable, "-m", "backstretch", "--start", "--exercise", "knee-rolls",
             "--speed", "10", "--quit-after-routine"],
            env=dict(env, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home)),
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)


def loudness(recording: Path) -> tuple[float, int]:
    """(seconds with sound in them, loudest sample) of a raw 16-bit recording."""
    data = recording.read_bytes()
    samples = array.array("h", data[: len(data) // 2 * 2])
    peaks = [
        max(map(abs, samples[i : i + WINDOW]), default=0) for i in range(0, len(samples), WINDOW)
    ]
    return sum(peak >= LOUD for peak in peaks) * WINDOW / RATE, max(peaks, default=0)


def prepare_home(home: Path, sound: bool) -> None:
    settings = Settings(home).load()
    # Short holds and rests keep the run brief; each phase still has its own cue.
    settings.routine = RoutineOptions(repetitions=8, hold_seconds=3, rest_seconds=2)
    settings.guidance = GuidanceOptions(sound=sound)
    settings.save()


def test_each_phase_is_heard_and_mute_is_silent(sound_server, tmp_path):
    heard_home, muted_home = tmp_path / "heard", tmp_path / "muted"
    prepare_home(heard_home, sound=True)
    prepare_home(muted_home, sound=False)

    heard = run_and_record(heard_home, sound_server, tmp_path / "heard.raw")
    assert heard.returncode == 0, heard.stderr
    # Qt's QSoundEffect spun the main thread on these warnings with this server.
    assert "QSocketNotifier" not in heard.stderr
    seconds, peak = loudness(tmp_path / "heard.raw")
    # At ten times speed the cues (each under 1.5 s) follow each other closely: sound
    # all through the routine's 16 sides, not one cue and then silence.
    assert seconds > 8, f"only {seconds:.1f} s of sound were heard"
    assert peak > 3000

    muted = run_and_record(muted_home, sound_server, tmp_path / "muted.raw")
    assert muted.returncode == 0, muted.stderr
    assert loudness(tmp_path / "muted.raw") == (0.0, 0)
