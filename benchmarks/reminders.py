"""How late reminders arrive after a wait, and what the wait costs.

Real time, not a scaled clock: what is measured is how Qt's timers keep a long wait,
and a scaled clock would shorten the very waits in question. The waits run side by
side. Each Backstretch waits hidden in the tray on its own private D-Bus, whose fake
notification server notes the moment each reminder arrives; the reminder's due time is
an absolute moment written into its state file before it starts (the state's snooze),
so lateness is arrival minus due, end to end. Beside each, the earlier arming (one
coarse single-shot QTimer for the whole wait) runs in a process of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from idle import cpu_seconds, wakeups  # noqa: E402

COARSE_BASELINE = """
import sys, time
from PySide6.QtCore import QCoreApplication, Qt, QTimer
app = QCoreApplication([])
wait = float(sys.argv[1])
due = time.time() + wait
timer = QTimer()
timer.setSingleShot(True)
timer.setTimerType(Qt.TimerType.CoarseTimer)
def fired():
    print(time.time() - due, flush=True)
    app.quit()
timer.timeout.connect(fired)
timer.start(int(wait * 1000) + 250)
app.exec()
"""


def _home(folder: Path, due: datetime) -> Path:
    home = folder / "home"
    home.mkdir(parents=True)
    # Nothing but the one reminder: fixed mode at a time long past today, no natural
    # breaks (nobody types on Xvfb, so the user would seem away) and no waiting.
    past = (datetime.now().astimezone() - timedelta(hours=3)).strftime("%H:%M")
    settings = {
        "reminders": {
            "mode": "fixed", "fixed_times": [past], "natural_breaks": False,
            "wait_for_system": False, "wait_for_full_screen": False, "wait_for_camera": False,
        },
        "general": {"safety_notice_seen": True, "tray_hint_shown": True},
    }  # fmt: skip
    (home / "settings.json").write_text(json.dumps(settings))
    now = datetime.now().astimezone()
    state = {"last_handled": now.isoformat(), "snoozed_until": due.isoformat()}
    (home / "reminder-state.json").write_text(json.dumps(state))
    return home


def bench_lateness(env: dict[str, str], waits: list[float]) -> list[tuple]:
    from tests.helpers.fake_bus import FakeDesktop, PrivateBus

    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        try:
            for wait in waits:
                folder = Path(scratch) / f"wait-{wait:g}"
                bus = PrivateBus(folder / "bus")
                fake = FakeDesktop(bus.address, ("org.freedesktop.Notifications",))
                due = datetime.now().astimezone() + timedelta(seconds=wait)
                app_env = dict(bus.env(env), BACKSTRETCH_HOME=str(_home(folder, due)))
                app = subprocess.Popen(
                    [sys.executable, "-m", "backstretch", "--hidden"],
                    env=app_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                )  # fmt: skip
                baseline = subprocess.Popen(
                    [sys.executable, "-c", COARSE_BASELINE, str(wait)],
                    env=env, stdout=subprocess.PIPE, text=True,
                )  # fmt: skip
                runs.append((wait, due, bus, fake, app, baseline, {}))
            # What the wait costs: from a few seconds after start-up to shortly before.
            time.sleep(5)
            for _, _, _, _, app, _, cost in runs:
                cost["start"] = (time.monotonic(), cpu_seconds(app.pid), wakeups(app.pid))
            rows = []
            for wait, due, _, fake, app, baseline, cost in sorted(runs, key=lambda run: run[0]):
                end = due.timestamp() - 3
                while time.time() < end:
                    time.sleep(min(1.0, max(0.0, end - time.time())))
                started, cpu0, wake0 = cost["start"]
                minutes = (time.monotonic() - started) / 60
                cpu1, wake1 = cpu_seconds(app.pid), wakeups(app.pid)
                woke = sum(count - wake0.get(tid, 0) for tid, count in wake1.items())
                deadline = due.timestamp() + max(10.0, wait * 0.1)
                while not fake.state.notifications and time.time() < deadline:
                    time.sleep(0.01)
                arrived = fake.state.notifications[0][0] if fake.state.notifications else None
                late = f"{(arrived - due.timestamp()) * 1000:.0f}" if arrived else "never"
                out, _ = baseline.communicate(timeout=max(30.0, wait * 0.1))
                rows.append(
                    (
                        f"{wait:g} s" if wait < 60 else f"{wait / 60:g} min",
                        late,
                        f"{float(out.strip()) * 1000:.0f}",
                        f"{(cpu1 - cpu0) / minutes:.3f}" if minutes > 0 else "-",
                        f"{woke / minutes:.1f}" if minutes > 0 else "-",
                    )
                )
            return rows
        finally:
            for _, _, bus, fake, app, baseline, _ in runs:
                for process in (app, baseline):
                    process.terminate()
                    process.wait(timeout=10)
                fake.stop()
                bus.stop()
