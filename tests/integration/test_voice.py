"""Spoken guidance through a real speech-dispatcher, started privately for the test.

Its output module is speech-dispatcher's own generic module configured to append each
text it is asked to speak to a file (with ALSA's null device for audio), so the test
reads exactly what the engine received from the running app.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.desktop import wait_for

pytestmark = pytest.mark.integration

SPEECHD_MODULES = Path("/usr/lib/speech-dispatcher-modules")


def start_speech_dispatcher(folder: Path) -> tuple[subprocess.Popen[bytes], Path, Path]:
    conf, home, log = folder / "conf", folder / "home", folder / "log"
    for path in (conf / "modules", home, log):
        path.mkdir(parents=True)
    spoken = folder / "spoken.txt"
    (home / ".asoundrc").write_text("pcm.!default {\n  type null\n}\n")
    (conf / "speechd.conf").write_text(
        'LogLevel 3\nAddModule "recorder" "sd_generic" "recorder.conf"\n'
        'DefaultModule recorder\nDefaultLanguage "en"\n'
        'AudioOutputMethod "alsa"\nAudioALSADevice "default"\n'
    )
    (conf / "modules" / "recorder.conf").write_text(
        f"GenericExecuteSynth \"printf '%s\\\\n' \\'$DATA\\' >> {spoken}\"\n"
        'AddVoice "en" "male1" "recorder"\nDefaultVoice "recorder"\n'
        'GenericLanguage "en" "english" "utf-8"\n'
    )
    socket = folder / "speechd.sock"
    server = subprocess.Popen(
        ["speech-dispatcher", "-s", "-t", "0", "-C", str(conf), "-c", "unix_socket",
         "-S", str(socket), "-P", str(folder / "pid"), "-L", str(log)],
        env=dict(os.environ, HOME=str(home)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_for(socket.exists, 10, "speech-dispatcher to listen")
    return server, socket, spoken


@pytest.fixture
def speech(tmp_path):
    if shutil.which("speech-dispatcher") is None or not (SPEECHD_MODULES / "sd_generic").exists():
        pytest.skip("needs speech-dispatcher (tools/system-deps.sh test installs it)")
    server, socket, spoken = start_speech_dispatcher(tmp_path / "speechd")
    yield socket, spoken
    server.terminate()
    server.wait(timeout=10)


def test_the_running_app_speaks_each_phase_through_the_engine(speech, tmp_path):
    socket, spoken = speech
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text(json.dumps({"guidance": {"voice": True}}))
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BACKSTRETCH_HOME=str(home),
        SPEECHD_ADDRESS=f"unix_socket:{socket}",
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "backstretch", "--start", "--exercise", "knee-rolls",
         "--speed", "2", "--quit-after-routine"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:

        def heard() -> str:
            return " ".join(spoken.read_text().split()) if spoken.exists() else ""

        wait_for(lambda: "Hold." in heard(), 30, "the hold to be spoken")
    finally:
        app.terminate()
        app.wait(timeout=10)
    text = heard()
    assert "Knee rolls. Get ready." in text
    assert "Knee rolls, repetition 1 of" in text and "left side" in text
    assert "Slowly roll your knees" in text  # the instruction comes from the content file


def test_a_real_voice_speaks_out_loud_not_the_placeholder(tmp_path):
    """speech-dispatcher with espeak-ng (what the .deb recommends) into a private sound
    server: the app's words come out as sound; with only the dummy module, the app says
    it has no voice instead of letting the placeholder play."""
    from backstretch.platform.speech import NOT_A_VOICE, speechd_voices
    from tests.helpers.sound import loudness, sound_server

    if shutil.which("speech-dispatcher") is None or not (SPEECHD_MODULES / "sd_espeak-ng").exists():
        pytest.skip("needs speech-dispatcher-espeak-ng (tools/system-deps.sh test installs it)")
    assert speechd_voices([SPEECHD_MODULES]) >= {"sd_espeak-ng"}
    assert not speechd_voices([SPEECHD_MODULES]) & NOT_A_VOICE
    with sound_server(tmp_path / "sound") as sound_env:
        folder = tmp_path / "speechd"
        conf, home, log = folder / "conf", folder / "home", folder / "log"
        for path in (conf / "modules", home, log):
            path.mkdir(parents=True)
        system_conf = Path("/etc/speech-dispatcher/modules/espeak-ng.conf")
        if system_conf.exists():
            shutil.copy(system_conf, conf / "modules")
        (conf / "speechd.conf").write_text(
            'LogLevel 3\nAddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n'
            'DefaultModule espeak-ng\nDefaultLanguage "en"\nAudioOutputMethod "pulse"\n'
        )
        socket = folder / "speechd.sock"
        server = subprocess.Popen(
            ["speech-dispatcher", "-s", "-t", "0", "-C", str(conf), "-c", "unix_socket",
             "-S", str(socket), "-P", str(folder / "pid"), "-L", str(log)],
            env=dict(sound_env, HOME=str(home)),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        recording = tmp_path / "heard.raw"
        recorder = None
        try:
            wait_for(socket.exists, 10, "speech-dispatcher to listen")
            recorder = subprocess.Popen(
                ["parec", "-d", sound_env["SINK_MONITOR"], "--raw", "--format=s16le",
                 "--rate=44100", "--channels=1", str(recording)],
                env=sound_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            wait_for(recording.exists, 10, "the recorder to start")
            app_home = tmp_path / "home"
            app_home.mkdir()
            (app_home / "settings.json").write_text(
                json.dumps({"guidance": {"voice": True, "sound": False}})
            )
            app = subprocess.Popen(
                [sys.executable, "-m", "backstretch", "--start", "--exercise", "knee-rolls",
                 "--speed", "2", "--quit-after-routine"],
                env=dict(sound_env, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(app_home),
                         SPEECHD_ADDRESS=f"unix_socket:{socket}"),
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                # The cues are off: whatever sound arrives is the voice.
                wait_for(lambda: loudness(recording)[0] > 1.5, 40, "the voice to be heard")
            finally:
                app.terminate()
                app.wait(timeout=10)
        finally:
            if recorder is not None:
                recorder.terminate()
                recorder.wait(timeout=10)
            server.terminate()
            server.wait(timeout=10)
    seconds, peak = loudness(recording)
    assert seconds > 1.5 and peak > 1000
