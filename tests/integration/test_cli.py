"""The command line as a user or a script runs it: a real process, the real window."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys

import pytest

from backstretch import __version__
from backstretch.content import load_library
from backstretch.paths import assets_dir, resources_dir
from backstretch.routine import RoutineOptions, plan_routine

pytestmark = pytest.mark.integration


def run_app(*args, env_home, timeout=120, **extra_env):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(env_home), **extra_env)
    return subprocess.run(
        [sys.executable, "-m", "backstretch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_version(private_home):
    result = run_app("--version", env_home=private_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Backstretch {__version__}"


def test_bad_speed_is_refused_with_a_message(private_home):
    result = run_app("--speed", "zero", env_home=private_home)
    assert result.returncode == 2 and "--speed" in result.stderr


def test_unknown_exercise_is_refused(private_home):
    result = run_app("--start", "--exercise", "cartwheel", env_home=private_home)
    assert result.returncode == 2 and "knee-rolls" in result.stderr


def test_a_scripted_routine_logs_its_phases_on_time(private_home, tmp_path):
    log = tmp_path / "phases.jsonl"
    speed = 60
    result = run_app(
        "--start", "--quit-after-routine", "--speed", str(speed), "--phase-log", str(log),
        env_home=private_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert entries[-1]["phase"] == "done"
    phases = entries[:-1]
    plan = plan_routine(load_library(resources_dir()).exercises, RoutineOptions())
    indexes = [entry["index"] for entry in phases]
    assert indexes == sorted(set(indexes))  # in plan order, none twice
    for entry in phases:
        step = plan.steps[entry["index"]]
        assert entry["exercise"] == step.exercise_id
        assert entry["phase"] == str(step.phase)
        assert entry["repetition"] == step.repetition
        assert entry["side"] == step.side
    # A wake-up later than a whole (sped-up) phase lands in the right one and skips the
    # one it missed; on a loaded machine that may happen now and then, never often.
    assert len(phases) >= 0.95 * len(plan.steps)
    lateness = [entry["t"] - entry["planned"] for entry in phases]
    assert min(lateness) > -0.002  # never shown before its time
    assert statistics.median(lateness) < 0.05


def test_a_single_stretch_can_be_started(private_home, tmp_path):
    log = tmp_path / "phases.jsonl"
    result = run_app(
        "--start", "--exercise", "knee-rolls", "--quit-after-routine", "--speed", "200",
        "--phase-log", str(log), env_home=private_home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    exercises = {json.loads(line).get("exercise") for line in log.read_text().splitlines()}
    assert exercises == {"knee-rolls", None}


def test_a_corrupt_settings_file_does_not_stop_the_app(private_home, tmp_path):
    private_home.mkdir(parents=True)
    (private_home / "settings.json").write_text("{{{", encoding="utf-8")
    result = run_app(
        "--start", "--exercise", "back-extensions", "--quit-after-routine", "--speed", "300",
        env_home=private_home,
    )  # fmt: skip
    assert result.returncode == 0
    assert "set aside" in result.stderr
    assert list(private_home.glob("settings.json.bad-*"))


def test_the_self_test_passes_on_a_working_installation(private_home):
    result = run_app("--self-test", env_home=private_home)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    checks = [line.split(":")[0] for line in lines[1:-1]]
    assert checks == [
        "ok    qt",
        "ok    language",
        "ok    content",
        "ok    illustrations",
        "ok    icon",
        "ok    sounds",
        "ok    routine",
        "ok    settings",
        "ok    services",
        "ok    history",
        "ok    single instance",
        "ok    notifications",
        "ok    your files",
    ]
    assert lines[-1] == "all checks passed"
    # It works in a folder of its own: nothing of the user's is created or touched.
    assert not private_home.exists()


def test_the_self_test_reads_the_users_own_files_without_changing_them(private_home):
    private_home.mkdir(parents=True)
    settings = private_home / "settings.json"
    settings.write_bytes("{ é".encode("latin-1"))  # saved by another editor, not UTF-8
    (private_home / "history.sqlite3").write_bytes(b"not a database" * 100)
    before = sorted(p.name for p in private_home.iterdir())
    result = run_app("--self-test", env_home=private_home)
    assert result.returncode == 1
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert line.startswith("FAIL  your files:") and "not UTF-8" in line
    assert "history.sqlite3: it is not a readable database" in line
    assert sorted(p.name for p in private_home.iterdir()) == before  # nothing set aside
    assert settings.read_bytes() == "{ é".encode("latin-1")


def test_the_self_test_names_what_is_broken(private_home, tmp_path):
    bundle = tmp_path / "bundle"
    shutil.copytree(resources_dir(), bundle / "resources")
    shutil.copytree(assets_dir(), bundle / "assets")
    (bundle / "assets" / "icons" / "backstretch-16.png").unlink()
    knee_rolls = bundle / "resources" / "exercises" / "knee-rolls.toml"
    knee_rolls.write_text(knee_rolls.read_text().replace("[repetitions]", "[repetitions]\nx=", 1))
    result = run_app("--self-test", env_home=private_home, BACKSTRETCH_BUNDLE=str(bundle))
    assert result.returncode == 1
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert failed[0].startswith("FAIL  content: knee-rolls.toml")
    assert "FAIL  icon: 7 of 8 icon sizes" in failed
    assert result.stdout.splitlines()[-1] == f"{len(failed)} check(s) failed"


def test_a_routine_run_from_the_command_line_can_be_exported(private_home, tmp_path):
    import csv

    done = run_app(
        "--start", "--exercise", "knee-rolls", "--speed", "200", "--quit-after-routine",
        env_home=private_home,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    target = tmp_path / "history.csv"
    exported = run_app("--export-history", str(target), env_home=private_home)
    assert exported.returncode == 0 and "1 session" in exported.stdout
    with target.open(newline="") as stream:
        (row,) = csv.DictReader(stream)
    assert row["finished"] == "yes"
    assert row["repetitions_done"] == row["repetitions_planned"] == row["done:knee-rolls"]


def test_export_with_no_history_yet_writes_just_the_header(private_home, tmp_path):
    target = tmp_path / "empty.csv"
    result = run_app("--export-history", str(target), env_home=private_home)
    assert result.returncode == 0
    assert target.read_text().splitlines()[0].startswith("started_at,ended_at")


def test_the_routine_sheet_is_printed_without_a_display(private_home, tmp_path):
    target = tmp_path / "sheet.pdf"
    env_without_display = {"DISPLAY": "", "WAYLAND_DISPLAY": ""}
    result = run_app("--print-sheet", str(target), env_home=private_home, **env_without_display)
    assert result.returncode == 0, result.stderr
    assert "4 page(s)" in result.stdout
    assert target.read_bytes().startswith(b"%PDF")


def test_an_unwritable_export_target_is_a_clear_error(private_home, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run_app("--export-history", str(blocker / "x.csv"), env_home=private_home)
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        f"x.csv in {blocker}: a file is in the way of the folder {blocker}."
    )


HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from backstretch.platform.instance_address import server_name
from backstretch.platform.instance_lock import InstanceLock
from pathlib import Path
app = QCoreApplication([])
lock = InstanceLock(server_name(Path(sys.argv[1])))
print(lock.claim(), flush=True)
time.sleep(120)
"""


def test_a_launch_the_first_never_answers_says_so_and_starts_no_second_copy(private_home):
    # A Backstretch that holds the lock but never answers (hung, or stopped before it
    # listened): a second copy would fight it over the same files.
    env = dict(os.environ, BACKSTRETCH_HOME=str(private_home), QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(private_home)],
        env=env, stdout=subprocess.PIPE, text=True,
    ) as holder:  # fmt: skip
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
            later = run_app("--start", env_home=private_home, timeout=60)
            assert later.returncode == 1
            assert f"running (process {holder.pid}) but does not answer" in later.stderr
        finally:
            holder.kill()
