"""Reminder notifications behind one small interface, with fallbacks that always work.

1. The freedesktop notification service over D-Bus (Linux desktops): real buttons
   (Start now, Snooze, Skip) when the service supports actions.
2. The tray icon's balloon message (Windows, macOS, and Linux without a service):
   clicking it opens the in-app reminder window, which has the buttons.
3. The in-app reminder window alone, when there is neither: a reminder is never lost.

D-Bus goes through jeepney rather than QtDBus: PySide6 has no way to pass a D-Bus
uint32, and Notify's second argument must be one (QtDBus sends an int32 and the
service rejects the call).
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from backstretch import APP_ID, APP_NAME
from backstretch.reminders import Answer


@dataclass(frozen=True)
class Notice:
    title: str
    body: str
    snooze_label: str = "Snooze"


class Notifier(QObject):
    """Shows one reminder at a time and reports what the user chose."""

    action = Signal(object)  # an Answer
    name = "base"

    def show_notice(self, notice: Notice) -> bool:
        """True if the notice reached the user through this backend."""
        raise NotImplementedError

    def withdraw(self) -> None:
        """Take the notice away (it was answered elsewhere, or is out of date)."""


# -- freedesktop notifications over D-Bus ----------------------------------------------

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"


class FreedesktopNotifier(Notifier):
    name = "freedesktop"

    def __init__(self, connection: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from jeepney import MatchRule

        self._conn = connection
        self._current: int | None = None
        rule = MatchRule(type="signal", interface=_SERVICE, path=_PATH)
        self._signals = self._conn.filter(rule, bufsize=64)  # type: ignore[attr-defined]
        from jeepney.bus_messages import message_bus

        self._call(message_bus.AddMatch(rule))
        self._notifier = QSocketNotifier(
            self._conn.sock.fileno(),  # type: ignore[attr-defined]
            QSocketNotifier.Type.Read,
            self,
        )
        self._notifier.activated.connect(self._drain)

    @classmethod
    def create(cls, parent: QObject | None = None) -> FreedesktopNotifier | None:
        """A notifier if a notification service with action buttons is running."""
        if not sys.platform.startswith("linux"):
            return None
        try:
            from jeepney.io.blocking import open_dbus_connection

            connection = open_dbus_connection(bus="SESSION", auth_timeout=1.0)
        except (ImportError, OSError, KeyError, ValueError, TimeoutError, RuntimeError):
            return None
        try:
            capabilities = list(_call(connection, _method("GetCapabilities"))[0])  # type: ignore[call-overload]
        except Exception:  # no service on the bus, or it failed: fall back
            connection.close()
            return None
        if "actions" not in capabilities:
            connection.close()
            return None
        return cls(connection, parent)

    def _call(self, message: object) -> tuple[object, ...]:
        return _call(self._conn, message)

    def show_notice(self, notice: Notice) -> bool:
        actions = [
            "default", self.tr("Open Backstretch"),
            Answer.START.value, self.tr("Start now"),
            Answer.SNOOZE.value, notice.snooze_label,
            Answer.SKIP.value, self.tr("Skip"),
        ]  # fmt: skip
        hints = {
            "desktop-entry": ("s", APP_ID),
            "category": ("s", "x-backstretch.reminder"),
            "urgency": ("y", 1),
            "resident": ("b", True),
        }
        message = _method(
            "Notify",
            "susssasa{sv}i",
            (APP_NAME, self._current or 0, APP_ID, notice.title, notice.body, actions, hints, 0),
        )
        try:
            self._current = int(self._call(message)[0])  # type: ignore[call-overload]
        except Exception:
            self._current = None
            return False
        return True

    def withdraw(self) -> None:
        if self._current is not None:
            with contextlib.suppress(Exception):
                self._call(_method("CloseNotification", "u", (self._current,)))
            self._current = None

    def _drain(self) -> None:
        from jeepney.io.blocking import DBusConnection

        assert isinstance(self._conn, DBusConnection)
        while True:
            try:
                self._conn.recv_messages(timeout=0)
            except TimeoutError:
                break
            except (OSError, ValueError):  # the bus went away: stop listening
                self._notifier.setEnabled(False)
                break
        while self._signals.queue:
            self._on_signal(self._signals.queue.popleft())

    def _on_signal(self, message: object) -> None:
        header = message.header  # type: ignore[attr-defined]
        member = header.fields.get(3)  # HeaderFields.member
        body = message.body  # type: ignore[attr-defined]
        if not body or body[0] != self._current:
            return  # someone else's notification
        if member == "ActionInvoked":
            key = body[1]
            if key == "default":
                key = Answer.OPEN.value
            if key in {answer.value for answer in Answer}:
                self.action.emit(Answer(key))
        elif member == "NotificationClosed":
            self._current = None


def _method(name: str, signature: str | None = None, body: tuple[object, ...] = ()) -> object:
    from jeepney import DBusAddress, new_method_call

    address = DBusAddress(_PATH, bus_name=_SERVICE, interface=_SERVICE)
    return new_method_call(address, name, signature, body)


def _call(connection: object, message: object) -> tuple[object, ...]:
    from jeepney.wrappers import unwrap_msg

    reply = connection.send_and_get_reply(message, timeout=2.0)  # type: ignore[attr-defined]
    return tuple(unwrap_msg(reply))


# -- the tray's balloon message ------------------------------------------------------------


class TrayNotifier(Notifier):
    """A balloon from the tray icon; clicking it opens the reminder window."""

    name = "tray"

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        tray.messageClicked.connect(lambda: self.action.emit(Answer.OPEN))

    def show_notice(self, notice: Notice) -> bool:
        if not (self._tray.isVisible() and QSystemTrayIcon.supportsMessages()):
            return False
        self._tray.showMessage(notice.title, notice.body, self._tray.icon(), 0)
        return True
