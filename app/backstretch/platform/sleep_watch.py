"""Tells when the computer wakes from sleep, so a reminder due meanwhile is not late.

Timers stand still while the computer sleeps. On Linux, logind announces sleep and
wake on the system bus (PrepareForSleep); elsewhere, or without logind, the reminder
controller's hourly re-check covers it. The time asleep counts as a natural break.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSocketNotifier, Signal

_LOGIN1 = "org.freedesktop.login1"


class SleepWatch(QObject):
    asleep = Signal()  # the computer is about to sleep
    resumed = Signal()

    def __init__(self, connection: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus
        from jeepney.wrappers import unwrap_msg

        self._conn = connection
        rule = MatchRule(
            type="signal",
            interface=f"{_LOGIN1}.Manager",
            member="PrepareForSleep",
            path="/org/freedesktop/login1",
        )
        self._queue = connection.filter(rule, bufsize=8).queue  # type: ignore[attr-defined]
        reply = connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=2.0)  # type: ignore[attr-defined]
        unwrap_msg(reply)
        self._notifier = QSocketNotifier(
            connection.sock.fileno(),  # type: ignore[attr-defined]
            QSocketNotifier.Type.Read,
            self,
        )
        self._notifier.activated.connect(self._drain)

    @classmethod
    def create(cls, parent: QObject | None = None) -> SleepWatch | None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            from jeepney.io.blocking import open_dbus_connection

            connection = open_dbus_connection(bus="SYSTEM", auth_timeout=1.0)
            return cls(connection, parent)
        except Exception:  # no system bus or no logind: the hourly re-check remains
            return None

    def _drain(self) -> None:
        while True:
            try:
                self._conn.recv_messages(timeout=0)  # type: ignore[attr-defined]
            except TimeoutError:
                break
            except (OSError, ValueError):
                self._notifier.setEnabled(False)
                break
        while self._queue:
            going_to_sleep = self._queue.popleft().body[0]
            if going_to_sleep:
                self.asleep.emit()
            else:
                self.resumed.emit()
