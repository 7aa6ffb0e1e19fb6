"""The app's own reminder: a small window in a corner with Start now / Snooze / Skip,
and the same choice offered inside the main window.

The corner window is used when the desktop has no notification service with buttons,
so a reminder can always be answered. It never takes the keyboard: it appears while
someone is typing elsewhere, and a keystroke must not start a routine. When the main
window opens, the reminder moves into it (ReminderOffer), so one is on screen at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backstretch import APP_NAME, theme
from backstretch.platform.notifications import Notice
from backstretch.reminders import Answer

MARGIN = 24


class ReminderWindow(QWidget):
    action = Signal(object)  # an Answer: start, snooze or skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("{app} reminder").format(app=APP_NAME))
        self.setObjectName("reminderWindow")
        self.title = QLabel()
        self.title.setFont(theme.font(20, bold=True))
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setFont(theme.font(15))
        self.body.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start now"))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.skip_button = QPushButton(self.tr("Skip"))
        buttons = QHBoxLayout()
        for key, button in (
            (Answer.START, self.start_button),
            (Answer.SNOOZE, self.snooze_button),
            (Answer.SKIP, self.skip_button),
        ):
            button.setMinimumHeight(38)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # answered by pointer only
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
            # Where notifications appear; on Wayland the compositor places it instead.
            self.move(area.right() - self.width() - MARGIN, area.bottom() - self.height() - MARGIN)
        self.show()  # without activation: the keyboard stays where the user is typing

    def _choose(self, key: Answer) -> None:
        self.hide()
        self.action.emit(key)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window is an answer too: the reminder is put off, not lost.
        super().closeEvent(event)
        if event.isAccepted():
            self.action.emit(Answer.SNOOZE)


class ReminderOffer(QFrame):
    """A reminder's choice inside the main window, once the user opened it."""

    action = Signal(object)  # an Answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setFont(theme.font(17, bold=True))
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start now"))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.skip_button = QPushButton(self.tr("Skip"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.body)
        row.addLayout(text, 1)
        for key, button in (
            (Answer.START, self.start_button),
            (Answer.SNOOZE, self.snooze_button),
            (Answer.SKIP, self.skip_button),
        ):
            button.setMinimumHeight(38)
            button.clicked.connect(lambda _=False, key=key: self._choose(key))
            row.addWidget(button)
        self.hide()

    def show_notice(self, notice: Notice) -> None:
        self.title.setText(notice.title)
        self.body.setText(notice.body)
        self.snooze_button.setText(notice.snooze_label)
        self.setAccessibleName(notice.title)
        self.show()

    def _choose(self, key: Answer) -> None:
        self.hide()
        self.action.emit(key)
