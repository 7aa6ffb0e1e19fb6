"""Reproducible performance measurements, each beside a baseline from the same run.

    python benchmarks/run.py [footprint] [startup] [timing] [idle] [reminders] [--runs N]
                             [--speed S]
                             [--quiet SECONDS] [--waits 60,600,3600]

`reminders` runs in real time: the longest wait (an hour by default) sets its length.

Not a test: it prints tables of what it measured. Uses a real X server (Xvfb) when one
can be started, otherwise Qt's offscreen platform, and says which.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


@contextmanager
def display():
    """A private Xvfb server if available, else the offscreen platform."""
    xvfb = shutil.which("Xvfb")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    # Measure what users get: Python caches compiled modules, unless told not to.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not xvfb:
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env, "offscreen"
        return
    number = 90 + os.getpid() % 100
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.5)
        env["DISPLAY"] = f":{number}"
        env["QT_QPA_PLATFORM"] = "xcb"
        yield env, f"Xvfb :{number}"
    finally:
        server.terminate()
        server.wait()


def time_to_first_frame(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "first-frame":
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command} ended without painting a frame")
    process.wait(timeout=30)
    return elapsed


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows, strict=False)]
    print(f"\n{title}")
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=False)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)))


def bench_startup(runs: int) -> None:
    with display() as (env, where), tempfile.TemporaryDirectory() as home:
        env["BACKSTRETCH_HOME"] = home
        commands = {
            "minimal PySide6 window (baseline)": [sys.executable, str(HERE / "minimal_window.py")],
            "Backstretch, started as a user starts it": [
                sys.executable, "-m", "backstretch", "--exit-after-first-frame",
            ],
        }  # fmt: skip
        for command in commands.values():  # warm the file cache once
            time_to_first_frame(command, env)
        results = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so drift in the machine hits both alike
            for name, command in commands.items():
                results[name].append(time_to_first_frame(command, env))
    baseline = results["minimal PySide6 window (baseline)"]
    base, base_best = statistics.median(baseline), min(baseline)
    rows = []
    for name, values in results.items():
        median, best = statistics.median(values), min(values)
        rows.append(
            (name, f"{median * 1000:.0f}", f"{best * 1000:.0f}",
             f"{max(values) * 1000:.0f}", f"{median / base:.2f}x", f"{best / base_best:.2f}x")
        )  # fmt: skip
    # On a shared machine the median moves with the neighbours' load; the best runs
    # show what the program itself costs, so both ratios are printed.
    table(
        f"Start-up to first painted frame ({runs} runs each, {where})",
        ("program", "median ms", "min ms", "max ms", "median vs baseline", "min vs baseline"),
        rows,
    )
    bench_hand_over(runs, base, base_best)


def bench_hand_over(runs: int, base: float, base_best: float) -> None:
    """Opening Backstretch while it already runs (in the tray, say): the launch hands
    its request to the running one, which shows its window, and exits."""
    from backstretch.platform.instance_address import server_name

    with display() as (env, where), tempfile.TemporaryDirectory() as home:
        env["BACKSTRETCH_HOME"] = home
        command = [sys.executable, "-m", "backstretch"]
        running = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        try:
            socket = Path(server_name(Path(home)))
            deadline = time.monotonic() + 30
            while not socket.exists():
                if time.monotonic() > deadline or running.poll() is not None:
                    raise RuntimeError("the first Backstretch did not start listening")
                time.sleep(0.05)
            times = []
            for _ in range(runs + 1):  # the first warms the file cache
                started = time.perf_counter()
                subprocess.run(command, env=env, check=True, timeout=30)
                times.append(time.perf_counter() - started)
            times = times[1:]
        finally:
            running.terminate()
            running.wait(timeout=30)
    median, best = statistics.median(times), min(times)
    table(
        f"A launch while Backstretch runs, until it has handed over ({runs} runs, {where})",
        ("program", "median ms", "min ms", "median vs baseline", "min vs baseline"),
        [(
            "Backstretch, opened again",
            f"{median * 1000:.0f}", f"{best * 1000:.0f}",
            f"{median / base:.2f}x", f"{best / base_best:.2f}x",
        )],
    )  # fmt: skip
    print("baseline: the minimal PySide6 window's start-up above")


def bench_footprint_table(runs: int) -> None:
    from footprint import bench_footprint, programs

    rows = bench_footprint(display, runs)
    with display() as (_env, where):
        pass
    table(
        f"Backstretch beside a minimal PySide6 window ({runs} interleaved runs each, {where};"
        " median / best, and their ratios)",
        ("figure", "minimal PySide6 window", *(f"Backstretch ({name})" for name in programs())),
        rows,
    )
    print(
        "launch: until the library window is painted with its illustrations and texts;"
        " PSS: summed over the process tree, after the window's first close and after"
        " the last coming back (unshared: Python's and Qt's pages counted whole, as if no"
        " other program mapped them); coming back: a second launch until the window is painted"
    )


def errors_ms(log: Path) -> list[float]:
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    return [(e["t"] - e["planned"]) * 1000 for e in lines if "planned" in e]


def describe(errors: list[float]) -> tuple[str, ...]:
    ordered = sorted(errors)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    third = max(1, len(errors) // 3)
    growth = statistics.mean(errors[-third:]) - statistics.mean(errors[:third])
    return (
        str(len(errors)),
        f"{statistics.median(errors):.1f}",
        f"{p99:.1f}",
        f"{max(errors):.1f}",
        f"{growth:+.1f}",
    )


@contextmanager
def busy_cpu(busy: bool):
    """Keep every core busy with spinning processes while the block runs."""
    spinners = []
    if busy:
        for _ in range(os.cpu_count() or 2):
            spinners.append(subprocess.Popen([sys.executable, "-c", "while True: pass"]))
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def bench_timing(speed: float) -> None:
    rows = []
    with display() as (env, where), tempfile.TemporaryDirectory() as home:
        env["BACKSTRETCH_HOME"] = home
        for busy in (False, True):
            load = "busy CPU" if busy else "idle CPU"
            for name, command in (
                ("chained relative QTimers (baseline)",
                 [sys.executable, str(HERE / "naive_timer_session.py"), str(speed)]),
                ("Backstretch driver",
                 [sys.executable, "-m", "backstretch", "--start", "--quit-after-routine",
                  "--speed", str(speed), "--phase-log"]),
            ):  # fmt: skip
                log = Path(home) / f"{name[:10]}-{busy}.jsonl"
                with busy_cpu(busy):
                    subprocess.run([*command, str(log)], env=env, check=True, timeout=900)
                rows.append((name, load, *describe(errors_ms(log))))
    table(
        f"Phase change lateness over a full routine at --speed {speed:g} ({where})",
        ("driver", "load", "phases", "median ms", "p99 ms", "max ms", "growth ms"),
        rows,
    )
    print("growth: mean lateness of the last third of phases minus the first third")


def bench_idle_table(quiet: float) -> None:
    from idle import bench_idle

    with display() as (env, where), tempfile.TemporaryDirectory() as home:
        env["BACKSTRETCH_HOME"] = home
        rows = bench_idle(env, where, quiet)
    table(
        f"A quiet {quiet:g} s between reminders ({where})",
        ("program", "CPU ms", "wake-ups/s", "RSS MiB"),
        rows,
    )


def bench_reminders_table(waits: list[float]) -> None:
    from reminders import bench_lateness

    with display() as (env, where):
        rows = bench_lateness(env, waits)
    table(
        f"Reminder lateness after a wait, real time ({where})",
        ("wait", "Backstretch ms late", "one coarse QTimer (earlier) ms late",
         "Backstretch CPU s/min while waiting", "wake-ups/min while waiting"),
        rows,
    )  # fmt: skip
    print("late: notification received by the desktop minus the reminder's due time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("which", nargs="*", default=["footprint", "startup", "timing", "idle"])
    parser.add_argument("--quiet", type=float, default=60.0, help="seconds of idling to measure")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--speed", type=float, default=10.0)
    parser.add_argument(
        "--waits", default="60,600,3600", help="reminders: seconds to wait, side by side"
    )
    args = parser.parse_args()
    os.chdir(ROOT)
    if "footprint" in args.which:
        bench_footprint_table(args.runs)
    if "startup" in args.which:
        bench_startup(args.runs)
    if "timing" in args.which:
        bench_timing(args.speed)
    if "idle" in args.which:
        bench_idle_table(args.quiet)
    if "reminders" in args.which:
        bench_reminders_table([float(wait) for wait in args.waits.split(",")])


if __name__ == "__main__":
    main()
