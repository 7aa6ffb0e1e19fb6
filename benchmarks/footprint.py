"""The figures a person compares, beside a minimal PySide6 window in the same run.

- launch until the library window is painted in full (every illustration and every
  text is drawn in that first paint: nothing is filled in later);
- memory at rest, with the window closed and reminders armed, as PSS summed over the
  process tree from /proc/PID/smaps_rollup, with a tray (trayer) and without one (the
  background mode); and the same with the pages of its Python and Qt files counted
  whole, as if no other program mapped them (the frozen build shares them with
  none; the source run and the minimal window with whatever else runs from the same
  virtual environment);
- coming back: a second launch until the running Backstretch has painted its window.

Launches are interleaved, so drift in a shared machine hits every program alike; each
figure is the median and the best of the runs.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FROZEN = ROOT / "dist" / "backstretch" / "backstretch"
# What a person who has used the app once has said yes to: no first-run notices, so a
# closed window really rests (a notice would be one more window).
SEEN = {
    "general": {
        "safety_notice_seen": True,
        "background_hint_shown": True,
        "tray_hint_shown": True,
    }
}


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue
    return found


def pss_mib(pid: int, field: str = "Pss") -> float:
    """PSS (or another smaps_rollup field) of `pid` and everything it started."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/smaps_rollup").read_text().splitlines():
                if line.startswith(f"{field}:"):
                    total += int(line.split()[1])
            todo += children(current)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


# The system's own files: every desktop program maps these, so sharing their pages is
# what a user's machine does too.
SYSTEM_FILES = ("/usr/", "/lib", "/etc/", "/var/", "/dev/", "/memfd:", "/SYSV")


def unshared_mib(pid: int) -> float:
    """PSS of `pid` and everything it started, with the pages of its other files (its
    Python, its Qt, its own code) counted in full, as if no other program mapped
    them: the source run and the minimal window share their Python and Qt with any
    other program started from the same virtual environment (other test runs on a
    shared machine), the frozen build with none, so PSS alone favours them by as much
    as half their libraries. Resident pages of those files count whole; the rest
    (anonymous memory, the system's libraries, fonts and locales) as PSS."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            own = False
            for line in Path(f"/proc/{current}/smaps").read_text().splitlines():
                fields = line.split()
                if len(fields) >= 5 and ":" in fields[3] and "-" in fields[0]:  # a mapping
                    path = fields[5] if len(fields) > 5 else ""
                    own = path.startswith("/") and not path.startswith(SYSTEM_FILES)
                elif fields and fields[0] == ("Rss:" if own else "Pss:"):
                    total += int(fields[1])
            todo += children(current)
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


def wait_for(stream, word: str, timeout: float = 30.0) -> float:
    """Seconds until `stream` prints `word` on a line of its own."""
    started = time.perf_counter()
    for line in stream:
        if line.strip() == word:
            return time.perf_counter() - started
        if time.perf_counter() - started > timeout:
            break
    raise RuntimeError(f"no {word!r} within {timeout:g} s")


def first_frame(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    assert process.stdout is not None
    try:
        wait_for(process.stdout, "first-frame")
        return time.perf_counter() - started
    finally:
        process.wait(timeout=30)


def home_folder(base: str, name: str) -> str:
    home = Path(base) / name
    home.mkdir()
    (home / "settings.json").write_text(json.dumps(SEEN))
    return str(home)


@contextmanager
def resting(command: Sequence[str], env: dict[str, str]) -> Iterator[subprocess.Popen]:
    """Backstretch started as a user starts it, its window painted and then closed."""
    process = subprocess.Popen(
        [*command, "--close-after-each-frame"], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert process.stdout is not None
        wait_for(process.stdout, "closed")
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def come_back(command: Sequence[str], running: subprocess.Popen, env: dict[str, str]) -> float:
    """A second launch until the running Backstretch has painted its window."""
    assert running.stdout is not None
    started = time.perf_counter()
    launch = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    wait_for(running.stdout, "frame")
    elapsed = time.perf_counter() - started
    launch.wait(timeout=30)
    return elapsed


@contextmanager
def tray(env: dict[str, str], wanted: bool) -> Iterator[None]:
    if not wanted:
        yield
        return
    if not shutil.which("trayer"):
        raise RuntimeError("trayer is needed for a tray under Xvfb")
    process = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--width", "10"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(0.5)
    try:
        yield
    finally:
        process.terminate()
        process.wait()


def programs() -> dict[str, list[str]]:
    found = {"source": [sys.executable, "-m", "backstretch"]}
    if FROZEN.exists():
        found["frozen"] = [str(FROZEN)]
    return found


def ms(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), min(values)


def bench_footprint(display, runs: int, settle: float = 3.0) -> list[tuple[str, ...]]:
    """Rows: figure, minimal window median / best, then per program median / best and
    the ratios to the minimal window's."""
    minimal = [sys.executable, str(HERE / "minimal_window.py")]
    apps = programs()
    launch: dict[str, list[float]] = {"minimal": [], **{name: [] for name in apps}}
    back: dict[str, dict[bool, list[float]]] = {name: {True: [], False: []} for name in apps}
    pss: dict[str, dict[bool, list[float]]] = {
        name: {True: [], False: []} for name in ["minimal", *apps]
    }
    # PSS moves with whoever else maps the same libraries (other Qt programs on the
    # machine); the memory only this process has written does not.
    dirty: dict[str, list[float]] = {name: [] for name in ["minimal", *apps]}
    unshared: dict[str, list[float]] = {name: [] for name in ["minimal", *apps]}
    for with_tray in (True, False):
        with (
            display() as (env, _where),
            tempfile.TemporaryDirectory() as base,
            tray(env, with_tray),
        ):
            launch_env = {**env, "BACKSTRETCH_HOME": home_folder(base, "launch")}
            first_frame(minimal, launch_env)  # warm the file cache
            for command in apps.values():
                first_frame([*command, "--exit-after-first-frame"], launch_env)
            # Each weighed alone: PSS shares a library's pages among the processes
            # that map it, so a neighbour would make anyone look lighter.
            with subprocess.Popen(
                [*minimal, "--stay"], env=env, stdout=subprocess.DEVNULL
            ) as window:
                time.sleep(settle)
                pss["minimal"][with_tray].append(pss_mib(window.pid))
                dirty["minimal"].append(pss_mib(window.pid, "Private_Dirty"))
                unshared["minimal"].append(unshared_mib(window.pid))
                window.terminate()
            running: dict[str, subprocess.Popen] = {}
            homes: dict[str, dict[str, str]] = {}
            with ExitStack() as stack:
                for name, command in apps.items():
                    homes[name] = {**env, "BACKSTRETCH_HOME": home_folder(base, name)}
                    running[name] = stack.enter_context(resting(command, homes[name]))
                    time.sleep(settle)  # what the close let go is given back
                    pss[name][with_tray].append(pss_mib(running[name].pid))
                    dirty[name].append(pss_mib(running[name].pid, "Private_Dirty"))
                    unshared[name].append(unshared_mib(running[name].pid))
                for _ in range(runs):
                    if with_tray:  # the start-up does not depend on the tray
                        launch["minimal"].append(first_frame(minimal, launch_env))
                        for name, command in apps.items():
                            launch[name].append(
                                first_frame([*command, "--exit-after-first-frame"], launch_env)
                            )
                    for name, command in apps.items():
                        process = running[name]
                        back[name][with_tray].append(come_back(command, process, homes[name]))
                time.sleep(settle)
                for name, process in running.items():
                    pss[name][with_tray].append(pss_mib(process.pid))
                    dirty[name].append(pss_mib(process.pid, "Private_Dirty"))
                    unshared[name].append(unshared_mib(process.pid))
    base, base_best = ms(launch["minimal"])
    rows = []

    def row(figure: str, unit: str, base_pair, values: dict[str, list[float]]) -> None:
        b_med, b_best = base_pair
        scale, digits = (1000, 0) if unit == "ms" else (1, 1)
        cells = [figure, f"{b_med * scale:.{digits}f} / {b_best * scale:.{digits}f} {unit}"]
        for name in apps:
            med, best = ms(values[name])
            cells.append(
                f"{med * scale:.{digits}f} / {best * scale:.{digits}f} {unit}"
                f" ({med / b_med:.2f}x / {best / b_best:.2f}x)"
            )
        rows.append(tuple(cells))

    row("launch -> library painted in full", "ms", (base, base_best), launch)
    for with_tray, label in ((True, "in the tray"), (False, "in the background, no tray")):
        row(
            f"PSS at rest, {label}",
            "MiB",
            ms(pss["minimal"][with_tray]),
            {name: pss[name][with_tray] for name in apps},
        )
    row("private dirty memory at rest, either way", "MiB", ms(dirty["minimal"]), dirty)
    row(
        "PSS at rest, Python and Qt unshared, either way",
        "MiB",
        ms(unshared["minimal"]),
        unshared,
    )
    for with_tray, label in ((True, "from the tray"), (False, "in the background")):
        row(
            f"coming back {label}: launch -> painted",
            "ms",
            (base, base_best),
            {name: back[name][with_tray] for name in apps},
        )
    return rows
