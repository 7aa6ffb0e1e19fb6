"""Sound cues: a short sound for every phase change and a tick at the end of a hold.

Qt Multimedia may be missing (a build without it, no audio libraries, no audio device):
then `unavailable_reason` says why, and the session runs silently instead of failing.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLoggingCategory, QObject

from backstretch import wording
from backstretch.cues import CUE_NAMES


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
            self.unavailable_reason = wording.sound_not_in_build(str(exc))
            return
        self._devices = QMediaDevices
        self._sink_class = QAudioSink
        missing = [name for name in CUE_NAMES if not (folder / f"{name}.wav").exists()]
        if missing:
            self.unavailable_reason = wording.sound_files_missing(missing)
            return
        if QMediaDevices.defaultAudioOutput().isNull():
            self.unavailable_reason = wording.no_audio_output()
            return
        for name in CUE_NAMES:
            try:
                samples, rate, channels = _read_wav(folder / f"{name}.wav")
            except (OSError, EOFError, wave.Error, ValueError) as exc:
                self.unavailable_reason = wording.sound_file_unreadable(f"{name}.wav", str(exc))
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
