"""A private PulseAudio server with a null sink whose monitor can be recorded, so a
test hears what a user would; and running the app while recording it.

PipeWire desktops speak the same protocol (pipewire-pulse); this is the path Qt takes
where it does not find PipeWire's own library.
"""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from backstretch.routine import RoutineOptions
from backstretch.settings import GuidanceOptions, Settings
from tests.integration.desktop import wait_for

RATE = 44100
WINDOW = RATE // 100  # 10 ms of samples
LOUD = 300  # peak of a 10 ms window that counts as sound (full scale is 32767)


@contextmanager
def sound_server(folder: Path) -> Iterator[dict[str, str]]:
    """Environment variables for programs to play to a private server in `folder`."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        pytest.skip("needs pulseaudio and parec (tools/system-deps.sh test installs them)")
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


APP = (sys.executable, "-m", "backstretch")


def run_and_record(
    home: Path, env: dict[str, str], recording: Path, program: Sequence[str] = APP
) -> subprocess.CompletedProcess:
    """Run one stretch while recording what the sound server plays."""
    recorder = subprocess.Popen(
        ["parec", "-d", "speakers.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
         "--channels=1", str(recording)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for(recording.exists, 10, "the recorder to start")
        return subprocess.run(
            [*program, "--start", "--exercise", "knee-rolls", "--speed", "10",
             "--quit-after-routine"],
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
