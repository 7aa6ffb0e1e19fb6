"""A private sound server with a null sink whose monitor can be recorded, so a test
hears what a user would; and running the app while recording it.

Two servers, as Linux desktops have them: PulseAudio, and PipeWire with WirePlumber
(where Qt also finds PipeWire's own library on the machine).
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
from tests.helpers.desktop import wait_for

RATE = 44100
WINDOW = RATE // 100  # 10 ms of samples
LOUD = 300  # peak of a 10 ms window that counts as sound (full scale is 32767)


SERVERS = ("pulseaudio", "pipewire")


@contextmanager
def sound_server(folder: Path, kind: str = "pulseaudio") -> Iterator[dict[str, str]]:
    """Environment variables for programs to play to a private server in `folder`.

    The sink the recorder listens to is `speakers` (PulseAudio) or PipeWire's own
    null sink; `SINK_MONITOR` in the returned environment names its monitor.
    """
    tools = {"pulseaudio": ["pulseaudio"], "pipewire": ["pipewire", "wireplumber",
             "pipewire-pulse", "dbus-daemon"]}[kind]  # fmt: skip
    for tool in [*tools, "parec", "pactl"]:
        if shutil.which(tool) is None:
            pytest.skip(f"needs {tool} (tools/system-deps.sh test installs it)")
    folder.mkdir(mode=0o700)  # a runtime directory is private to its user
    env = dict(os.environ, HOME=str(folder), XDG_RUNTIME_DIR=str(folder))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    servers: list[subprocess.Popen[bytes]] = []

    def start(command: list[str], stdout: object = subprocess.DEVNULL) -> None:
        servers.append(subprocess.Popen(command, env=env, stdout=stdout, stderr=subprocess.DEVNULL))

    try:
        if kind == "pulseaudio":
            socket = folder / "native"
            start(
                ["pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1",
                 "--use-pid-file=no", "--load=module-null-sink sink_name=speakers rate=44100",
                 f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1"]
            )  # fmt: skip
            monitor = "speakers.monitor"
        else:
            # WirePlumber, the session manager that links streams to the sink, needs
            # a session bus; pipewire-pulse serves the recorder.
            address = folder / "bus-address"
            with address.open("w") as out:
                start(["dbus-daemon", "--session", "--nofork", "--print-address=1"], out)
            wait_for(lambda: address.read_text().strip() != "", 10, "the session bus")
            env["DBUS_SESSION_BUS_ADDRESS"] = address.read_text().strip()
            start(["pipewire"])
            wait_for((folder / "pipewire-0").exists, 10, "PipeWire to listen")
            start(["wireplumber"])
            start(["pipewire-pulse"])
            socket = folder / "pulse" / "native"
            monitor = "auto_null.monitor"
        wait_for(socket.exists, 10, f"{kind} to listen")
        sinks = ["pactl", "--server", f"unix:{socket}", "list", "short", "sinks"]
        sink = monitor.removesuffix(".monitor")
        wait_for(
            lambda: sink in subprocess.run(sinks, capture_output=True, text=True).stdout,
            10,
            f"the {sink} sink",
        )
        yield dict(
            os.environ,
            XDG_RUNTIME_DIR=str(folder),  # where PipeWire's own clients look
            PULSE_SERVER=f"unix:{socket}",
            SINK_MONITOR=monitor,
        )
    finally:
        for server in reversed(servers):
            server.terminate()
            server.wait(timeout=10)


APP = (sys.executable, "-m", "backstretch")


def run_and_record(
    home: Path, env: dict[str, str], recording: Path, program: Sequence[str] = APP
) -> subprocess.CompletedProcess:
    """Run one stretch while recording what the sound server plays."""
    recorder = subprocess.Popen(
        ["parec", "-d", env["SINK_MONITOR"], "--raw", "--format=s16le", f"--rate={RATE}",
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
