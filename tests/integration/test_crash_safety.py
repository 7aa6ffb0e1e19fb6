"""Kill the real app mid-routine, again and again: the history survives every time; and
kill a process mid-save: the file is always whole and its strays are cleaned.

Each run starts Backstretch as a real process on a fast session clock with a phase log,
kills it with SIGKILL at a random moment, then checks the SQLite file: it passes
`PRAGMA integrity_check`, and every repetition the phase log shows as completed before
the kill is in it.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from backstretch.content import load_library
from backstretch.history import HistoryStore
from backstretch.paths import resources_dir
from backstretch.routine import RoutineOptions, choose_exercises, plan_routine
from backstretch.storage import JsonStore

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

RUNS = 50
SPEED = 200  # the whole routine takes about three seconds
LIBRARY = load_library(resources_dir())
PLAN = plan_routine(choose_exercises(LIBRARY.exercises, RoutineOptions()), RoutineOptions())
# Step index of the step that completes each repetition -> (stretch, repetition).
ENDS = {
    step.index: (step.exercise_id, step.repetition) for step in PLAN.steps if step.ends_repetition
}


def completed_by_log(log: Path) -> set[tuple[str, int]]:
    """Repetitions the log shows as completed: a later step was already on screen."""
    if not log.exists():
        return set()
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.endswith("}")]
    if any(line["phase"] == "done" for line in lines):
        return set(ENDS.values())
    shown = max((line["index"] for line in lines if "index" in line), default=-1)
    return {rep for index, rep in ENDS.items() if index < shown}


def run_and_kill(folder: Path, seed: int) -> tuple[str, set, set, float]:
    rng = random.Random(seed)
    home, log = folder / "home", folder / "phases.jsonl"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home))
    process = subprocess.Popen(
        [sys.executable, "-m", "backstretch", "--start", "--speed", str(SPEED),
         "--phase-log", str(log), "--quit-after-routine"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    delay = rng.uniform(0.3, 4.0)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    expected = completed_by_log(log)
    database = home / "history.sqlite3"
    if not database.exists():  # killed while starting: fine if nothing was done yet
        return ("ok" if not expected else "no database"), expected, set(), delay
    with sqlite3.connect(database) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    # The next start opens the file as the app does. A kill while the file was being
    # created leaves it without tables: that must open as an empty history, not be
    # taken for damage and set aside.
    with HistoryStore.open(database) as store:
        if store.problem is not None:
            return store.problem, expected, set(), delay
    with sqlite3.connect(database) as connection:
        stored = set(connection.execute("SELECT exercise_id, repetition FROM repetitions"))
    connection.close()
    return integrity, expected, stored, delay


def test_a_killed_process_keeps_every_completed_repetition(tmp_path):
    started = time.monotonic()
    folders = [tmp_path / f"run-{n:02d}" for n in range(RUNS)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run_and_kill, folders, range(RUNS)))
    lost = []
    for folder, (integrity, expected, stored, delay) in zip(folders, results, strict=True):
        assert integrity == "ok", f"{folder.name}: {integrity}"
        if not expected <= stored:
            lost.append((folder.name, round(delay, 2), sorted(expected - stored)))
    assert lost == []
    # The kills landed all over the routine: before the first repetition, in the middle
    # and (some) after the end.
    counts = sorted(len(expected) for _, expected, _, _ in results)
    assert counts[0] == 0 and counts[-1] > len(ENDS) // 2
    assert time.monotonic() - started < 300


SAVER = """
import sys
from pathlib import Path
from backstretch.storage import JsonStore
store = JsonStore(Path(sys.argv[1]))
print("saving", flush=True)
n = 0
while True:
    n += 1
    store.save({"routine": {"repetitions": n % 10 + 1}, "padding": "x" * 20_000})
"""

SAVE_KILLS = 40


def test_a_process_killed_mid_save_leaves_a_whole_file_and_no_strays_after_the_next_save(
    tmp_path,
):
    path = tmp_path / "settings.json"
    rng = random.Random(7)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2] / "app"))
    strays_seen = 0
    for _ in range(SAVE_KILLS):
        with subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)], env=env, stdout=subprocess.PIPE, text=True
        ) as saver:
            assert saver.stdout is not None and saver.stdout.readline().strip() == "saving"
            time.sleep(rng.uniform(0.0, 0.05))
            saver.send_signal(signal.SIGKILL)
            saver.wait(timeout=10)
        data, message = JsonStore(path).load()
        assert message is None, message  # always the old or the new file, whole
        assert data["routine"]["repetitions"] in range(1, 11)
        # Each saver's first save removes what the one killed before it left.
        strays_seen += len(list(tmp_path.glob(".settings.json.*.tmp")))
    JsonStore(path).save({"routine": {}})
    assert list(tmp_path.glob(".settings.json.*.tmp")) == []
    assert strays_seen > 0  # some kills did land mid-save
