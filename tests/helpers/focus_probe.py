"""Run on a real display: a text field has the keyboard, a reminder window appears,
keys are typed; prints one JSON line with what the field got and who had the focus.

python -m tests.helpers.focus_probe  (with QT_QPA_PLATFORM set to xcb or wayland)
The keys come from outside (xdotool) when READY is printed, or, with --self-type,
from the probe itself through the focused window (used where no tool can type).
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from backstretch.platform.notifications import Notice
from backstretch.ui.reminders.window import ReminderWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    field = QLineEdit()
    field.setWindowTitle("Typing here")
    field.resize(400, 60)
    field.show()
    field.activateWindow()
    field.setFocus()
    reminder = ReminderWindow()
    answers: list[str] = []
    reminder.action.connect(lambda answer: answers.append(str(answer)))
    result: dict[str, object] = {}

    def show_reminder() -> None:
        result["field_active_before"] = field.isActiveWindow()
        reminder.show_notice(Notice("Time for your back stretches", "3 gentle stretches"))
        QTimer.singleShot(700, type_keys)

    def type_keys() -> None:
        result["reminder_visible"] = reminder.isVisible()
        if "--self-type" in sys.argv:
            focused = QGuiApplication.focusWindow()
            result["focus_window"] = focused.title() if focused is not None else None
            # Keys go to whichever window has the keyboard, as a user's would.
            if focused is not None:
                for key in (Qt.Key.Key_A, Qt.Key.Key_Return, Qt.Key.Key_Space):
                    QTest.keyClick(focused, key)
            QTimer.singleShot(300, report)
        else:
            print("READY", flush=True)  # the test types now
            QTimer.singleShot(1500, report)

    def report() -> None:
        focused = QGuiApplication.focusWindow()
        result.update(
            text=field.text(),
            answers=answers,
            reminder_visible_after=reminder.isVisible(),
            reminder_active=reminder.isActiveWindow(),
            focus_window=result.get("focus_window", focused.title() if focused else None),
        )
        print(json.dumps(result), flush=True)
        app.quit()

    QTimer.singleShot(800, show_reminder)
    QTimer.singleShot(15000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
