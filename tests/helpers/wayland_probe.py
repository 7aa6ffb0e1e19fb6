"""Run inside a Wayland session: the main window, a routine, full screen and the
reminder window, as a user meets them; prints one JSON line of what happened.

QT_QPA_PLATFORM=wayland python -m tests.helpers.wayland_probe [--keys] [--shots FOLDER]

With --keys it prints READY once the reminder is up and waits a moment for keys typed
from outside (through the compositor's seat); --shots saves the window as PNG files.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from backstretch.clock import ScaledClock
from backstretch.content import load_library
from backstretch.paths import config_dir, resources_dir
from backstretch.platform.notifications import Notice
from backstretch.settings import Settings
from backstretch.ui.main_window import MainWindow
from backstretch.ui.reminders.window import ReminderWindow
from backstretch.ui.settings_store import SettingsStore


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def main() -> int:
    qt_app = QApplication(sys.argv[:1])
    store = SettingsStore(Settings(config_dir()).load())
    window = MainWindow(load_library(resources_dir()), store, ScaledClock(5))
    screen = QGuiApplication.primaryScreen()
    result: dict[str, object] = {"platform": QGuiApplication.platformName()}
    result["screen"] = [screen.size().width(), screen.size().height()]
    shots = Path(sys.argv[sys.argv.index("--shots") + 1]) if "--shots" in sys.argv else None
    window.show()
    result["window_opened"] = wait_until(lambda: window.windowHandle().isExposed(), 10)
    result["window_size"] = [window.width(), window.height()]
    window.start_routine()
    phases: list[str] = []
    window.driver.phase_changed.connect(lambda state: phases.append(str(state.step.phase)))
    wait_until(lambda: len(phases) >= 2, 20)
    result["phases"] = phases[:]
    if shots is not None:
        window.grab().save(str(shots / "wayland-session.png"))

    window.session_view.fullscreen_button.click()
    full = wait_until(lambda: window.isFullScreen() and window.size() == screen.size(), 10)
    result["full_screen"] = full
    result["full_screen_size"] = [window.width(), window.height()]
    result["full_screen_label"] = window.session_view.fullscreen_button.text()
    if shots is not None:
        wait_until(lambda: False, 0.3)
        window.grab().save(str(shots / "wayland-full-screen.png"))
    window.session_view.fullscreen_button.click()
    result["left_full_screen"] = wait_until(
        lambda: not window.isFullScreen() and window.size() != screen.size(), 10
    )

    wait_until(lambda: window.isActiveWindow(), 5)
    result["main_active_before"] = window.isActiveWindow()
    reminder = ReminderWindow()
    answers: list[str] = []
    reminder.action.connect(lambda answer: answers.append(str(answer)))
    reminder.show_notice(Notice("Time for your back stretches", "3 gentle stretches"))
    result["reminder_shown"] = wait_until(lambda: reminder.windowHandle().isExposed(), 10)
    wait_until(lambda: False, 1.0)  # time for the compositor to (not) move the focus
    focused = QGuiApplication.focusWindow()
    result["focus_after_reminder"] = focused.title() if focused is not None else None
    result["reminder_active"] = reminder.isActiveWindow()
    if "--keys" in sys.argv:
        print("READY", flush=True)  # the test types Space and Enter through the seat
        wait_until(lambda: False, 1.5)
    state = window.current_state()
    result["paused"] = bool(state is not None and state.paused)
    result["reminder_answers"] = answers
    result["reminder_visible_after"] = reminder.isVisible()
    print(json.dumps(result), flush=True)
    window.driver.stop()
    qt_app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
