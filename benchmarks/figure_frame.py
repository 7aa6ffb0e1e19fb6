"""How long one figure frame takes to draw, beside a baseline revision in the same run.

    python benchmarks/figure_frame.py [--baseline REV] [--frames 200] [--size 640x400]

Not a test: it prints a table. Each tree (this checkout, and REV exported with
`git archive` into a temporary folder) is measured in its own process with the
offscreen platform: the median time of `--frames` frames of a moving phase (the widget
draws at 30 frames a second), and the first frame of each stretch, which also pays for
the camera box worked out once per stretch (the cards at start-up). Each tree runs twice,
taking turns, and the better run of each counts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_MEASURE = r"""
import json, statistics, sys, time
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
app = QGuiApplication([])
from backstretch.content import load_library
from backstretch.figure.render import paint_figure
from backstretch.paths import resources_dir
frames, width, height = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
result = {}
for exercise in load_library(resources_dir()).exercises:
    side = "left" if exercise.sided else None
    def draw(progress, phase="stretch"):
        image.fill(QColor(0, 0, 0, 0))
        painter = QPainter(image)
        started = time.perf_counter()
        paint_figure(painter, QRectF(0, 0, width, height), exercise.figure, phase, progress, side)
        elapsed = time.perf_counter() - started
        painter.end()
        return elapsed
    first = draw(0.0, "get_ready")
    times = [draw(i / frames) for i in range(frames)]
    result[exercise.id] = {"first": first, "median": statistics.median(times)}
print(json.dumps(result))
"""


def measure(tree: Path, frames: int, width: int, height: int) -> dict[str, dict[str, float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree / "app"))
    output = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(frames), str(width), str(height)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        cwd=tree,
    ).stdout
    result: dict[str, dict[str, float]] = json.loads(output.strip().splitlines()[-1])
    return result


def export(revision: str, folder: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "app", "resources"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="a git revision to measure beside this checkout")
    parser.add_argument("--frames", type=int, default=200)
    parser.add_argument("--size", default="640x400")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    trees = {"this checkout": ROOT}
    with tempfile.TemporaryDirectory() as temporary:
        if args.baseline:
            trees = {args.baseline: export(args.baseline, Path(temporary)), **trees}
        # Two rounds, taking turns, keeping each stretch's best: a busy moment on the
        # machine then hits both trees alike.
        results: dict[str, dict[str, dict[str, float]]] = {}
        for _ in range(2):
            for name, tree in trees.items():
                for stretch, value in measure(tree, args.frames, width, height).items():
                    best = results.setdefault(name, {}).setdefault(stretch, value)
                    results[name][stretch] = min(best, value, key=lambda v: v["median"])
    print(f"One frame at {width}x{height}, median of {args.frames} (ms); first frame in ()")
    names = list(results)
    print(f"{'stretch':<18}" + "".join(f"{name:>22}" for name in names))
    for stretch in results[names[-1]]:
        cells = []
        for name in names:
            value = results[name].get(stretch)
            cells.append(
                f"{value['median'] * 1000:>10.2f} ({value['first'] * 1000:>6.1f})"
                if value
                else f"{'-':>22}"
            )
        print(f"{stretch:<18}" + "".join(f"{cell:>22}" for cell in cells))


if __name__ == "__main__":
    main()
