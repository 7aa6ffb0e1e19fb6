"""The tray icon: the next reminder in its tooltip, and a menu for the usual actions."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backstretch import APP_NAME
from backstretch.wording import QT_TRANSLATE_NOOP

PAUSE_CHOICES = (
    (QT_TRANSLATE_NOOP("Tray", "30 minutes"), 30),
    (QT_TRANSLATE_NOOP("Tray", "1 hour"), 60),
    (QT_TRANSLATE_NOOP("Tray", "Until tomorrow"), None),
)


class Tray(QObject):
    start_requested = Signal()
    show_requested = Signal()
    pause_requested = Signal(object)  # minutes (int) or None for "until tomorrow"
    resume_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.start_action = self.menu.addAction(
            self.tr("Start routine now"), self.start_requested.emit
        )
        self.menu.addAction(self.tr("Open Backstretch"), self.show_requested.emit)
        self.next_action = self.menu.addAction(self.tr("No reminder planned"))
        self.next_action.setEnabled(False)
        self.pause_menu = self.menu.addMenu(self.tr("Pause reminders"))
        self.pause_actions: list[QAction] = []
        for label, minutes in PAUSE_CHOICES:
            action = self.pause_menu.addAction(self.tr(label))
            action.triggered.connect(partial(self.pause_requested.emit, minutes))
            self.pause_actions.append(action)
        self.pause_menu.addSeparator()
        self.resume_action = self.pause_menu.addAction(
            self.tr("Resume reminders"), self.resume_requested.emit
        )
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Settings…"), self.settings_requested.emit)
        self.quit_action = self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def update_next(self, text: str, paused: bool) -> None:
        self.next_action.setText(text)
        self.icon.setToolTip(f"{APP_NAME}\n{text}")
        self.resume_action.setEnabled(paused)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()
