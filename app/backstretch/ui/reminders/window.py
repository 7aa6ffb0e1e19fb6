"""The app's own reminder: a small window in a corner with Start now / Snooze / Skip.

Used when the desktop has no notification service with buttons, and when the user
clicks a tray balloon, so a reminder can always be answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backstretch import APP_NAME, theme
from backstretch.platform.notifications import Notice
from backstretch.reminders import Answer

MARGIN = 24


class ReminderWindow(QWidget):
    action = Signal(object)  # an Answer: start, snooze or skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("{app} reminder").format(app=APP_NAME))
        self.setObjectName("reminderWindow")
        self.title = QLabel()
        self.title.setFont(theme.font(20, bold=True))
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setFont(theme.font(15))
        self.body.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start now"))
        self.start_button.setDefault(True)
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.skip_button = QPushButton(self.tr("Skip"))
        buttons = QHBoxLayout()
        for key, button in (
            (Answer.START, self.start_button),
            (Answer.SNOOZE, self.snooze_button),
            (Answer.SKIP, self.skip_button),
        ):
            button.setMinimumHeight(38)
            button.clicked.connect(lambda _=False, key=key: self._choose(key))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)

    def show_notice(self, notice: Notice) -> None:
        self.title.setText(notice.title)
        self.body.setText(notice.body)
        self.snooze_button.setText(notice.snooze_label)
        self.setAccessibleName(notice.title)
        self.adjustSize()
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - MARGIN, area.bottom() - self.height() - MARGIN)
        self.show()
        self.raise_()
        self.start_button.setFocus()

    def _choose(self, key: Answer) -> None:
        self.hide()
        self.action.emit(key)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window is an answer too: the reminder is put off, not lost.
        super().closeEvent(event)
        if event.isAccepted():
            self.action.emit(Answer.SNOOZE)
