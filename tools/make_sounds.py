"""Synthesise the session's sound cues into assets/sounds/ (16-bit mono WAV).

    python tools/make_sounds.py [OUTPUT_FOLDER]

Soft bell tones: each note is a sine with two quiet overtones, a 10 ms attack (no
click) and an exponential decay. Rising notes mean "move into the stretch", falling
ones "release"; the hold is one warm bell, the tick a short high tap. Every cue is
scaled to the same loudness (RMS), the tick quieter, so no phase startles. Pure
arithmetic: the same script always writes the same bytes.
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
CUE_RMS_DBFS = -20.0  # every phase cue
TICK_RMS_DBFS = -28.0  # the countdown tick sits well below the cues
PEAK_LIMIT_DBFS = -1.0

# Equal-tempered pitches (Hz) of the notes used.
C4, G4, C5, E5, G5, C6 = 261.63, 392.00, 523.25, 659.26, 783.99, 1046.50


@dataclass(frozen=True)
class Note:
    start: float  # seconds
    pitch: float  # Hz
    length: float  # seconds until it has faded out
    level: float = 1.0


CUES: dict[str, tuple[Note, ...]] = {
    # Two gentle rising notes: "get ready".
    "get_ready": (Note(0.0, C5, 0.45), Note(0.18, E5, 0.5)),
    # A rising arpeggio: move into the stretch.
    "stretch": (Note(0.0, C5, 0.4), Note(0.12, E5, 0.4), Note(0.24, G5, 0.55)),
    # One warm bell with its octave below: stay there.
    "hold": (Note(0.0, G4, 0.9, 0.8), Note(0.0, G5, 0.7, 0.5)),
    # The arpeggio falling: come back.
    "release": (Note(0.0, G5, 0.4), Note(0.12, E5, 0.4), Note(0.24, C5, 0.55)),
    # A single low, short tone: rest.
    "rest": (Note(0.0, C4, 0.5),),
    # A two-tone chime: the next stretch is coming.
    "next": (Note(0.0, E5, 0.5), Note(0.25, C5, 0.7)),
    # The routine is done: arpeggio up into a held chord.
    "done": (
        Note(0.0, C5, 0.5),
        Note(0.15, E5, 0.5),
        Note(0.30, G5, 0.5),
        Note(0.45, C6, 1.0),
        Note(0.45, C5, 1.0, 0.6),
        Note(0.45, G5, 1.0, 0.5),
    ),
    # The last three seconds of a hold.
    "tick": (Note(0.0, C6 * 2, 0.06),),
}


def _note_samples(note: Note) -> list[float]:
    count = int(note.length * RATE)
    attack = int(0.010 * RATE)
    decay = 5.0 / note.length  # about -43 dB by the end: it fades rather than stops
    samples = []
    for i in range(count):
        t = i / RATE
        envelope = min(1.0, i / attack) * math.exp(-decay * t)
        phase = 2 * math.pi * note.pitch * t
        tone = math.sin(phase) + 0.25 * math.sin(2 * phase) + 0.08 * math.sin(3 * phase)
        samples.append(note.level * envelope * tone)
    return samples


def render(notes: tuple[Note, ...], rms_dbfs: float) -> list[float]:
    total = max(note.start + note.length for note in notes)
    mix = [0.0] * (int(total * RATE) + 1)
    for note in notes:
        offset = int(note.start * RATE)
        for i, value in enumerate(_note_samples(note)):
            mix[offset + i] += value
    rms = math.sqrt(sum(v * v for v in mix) / len(mix))
    gain = 10 ** (rms_dbfs / 20) / rms
    peak = max(abs(v) for v in mix) * gain
    limit = 10 ** (PEAK_LIMIT_DBFS / 20)
    if peak > limit:  # short, bright sounds: the peak decides, so nothing clips
        gain *= limit / peak
    return [v * gain for v in mix]


def write_wav(path: Path, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", round(max(-1.0, min(1.0, v)) * 32767)) for v in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def make_sounds(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in CUES.items():
        level = TICK_RMS_DBFS if name == "tick" else CUE_RMS_DBFS
        path = folder / f"{name}.wav"
        write_wav(path, render(notes, level))
        written.append(path)
    return written


def main() -> int:
    root = Path(__file__).resolve().parents[1]
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "assets" / "sounds"
    for path in make_sounds(folder):
        print(f"{path.stat().st_size:>8} bytes  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
