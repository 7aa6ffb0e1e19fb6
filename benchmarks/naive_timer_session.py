"""Baseline for phase timing: the same plan driven by chained relative QTimers.

Each phase arms a timer for its own duration when the previous one fires, the way a
tick-counting implementation would. Lateness accumulates, which is what the app's
absolute-deadline driver avoids. Writes the same JSON lines as --phase-log.
"""

import json
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from backstretch.content import load_library
from backstretch.paths import resources_dir
from backstretch.routine import RoutineOptions, plan_routine


def main() -> int:
    speed, log_path = float(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    plan = plan_routine(load_library(resources_dir()).exercises, RoutineOptions())
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - closed at exit
    start = time.monotonic()
    position = {"index": 0}
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)

    def show() -> None:
        index = position["index"]
        if index >= len(plan.steps):
            log.close()
            app.quit()
            return
        step = plan.steps[index]
        planned = start + plan.offsets[index] / speed
        entry = {"t": time.monotonic(), "planned": planned, "phase": str(step.phase)}
        log.write(json.dumps(entry) + "\n")
        position["index"] = index + 1
        timer.start(round(step.duration * 1000 / speed))

    timer.timeout.connect(show)
    timer.start(0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
