"""What Backstretch costs while it waits in the tray between reminders.

Over a quiet minute: CPU seconds used, wake-ups (context switches of all threads) and
resident memory, for the app started hidden in the tray, beside a minimal PySide6
window that does nothing, measured in the same run under the same X server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def wakeups(pid: int) -> dict[str, int]:
    """Context switches so far, per thread (a thread that ends takes its count along,
    so deltas are taken per thread)."""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        total = 0
        try:
            for line in (task / "status").read_text().splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    total += int(line.split()[1])
        except FileNotFoundError:  # the thread ended while we looked
            continue
        counts[task.name] = total
    return counts


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(command: list[str], env: dict[str, str], settle: float, quiet: float) -> tuple:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        time.sleep(settle)  # start-up work is not idling
        cpu0, wake0 = cpu_seconds(process.pid), wakeups(process.pid)
        time.sleep(quiet)
        cpu1, wake1 = cpu_seconds(process.pid), wakeups(process.pid)
        if process.poll() is not None:
            raise RuntimeError(f"{command} exited during the measurement")
        woke = sum(count - wake0.get(tid, 0) for tid, count in wake1.items())
        return cpu1 - cpu0, woke / quiet, rss_mib(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)


def bench_idle(env: dict[str, str], where: str, quiet: float = 60.0) -> list[tuple]:
    tray = None
    if shutil.which("trayer"):
        # A system tray for the X server, so the app can really wait hidden in it.
        tray = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--width", "10"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(0.5)
    try:
        rows = []
        for name, command in (
            (
                "minimal PySide6 window (baseline)",
                [sys.executable, str(HERE / "minimal_window.py"), "--stay"],
            ),
            ("Backstretch, hidden in the tray", [sys.executable, "-m", "backstretch", "--hidden"]),
            ("Backstretch, library window open", [sys.executable, "-m", "backstretch"]),
        ):
            cpu, wake, rss = measure(command, env, settle=3.0, quiet=quiet)
            rows.append((name, f"{cpu * 1000:.0f}", f"{wake:.2f}", f"{rss:.0f}"))
        return rows
    finally:
        if tray is not None:
            tray.terminate()
            tray.wait()
