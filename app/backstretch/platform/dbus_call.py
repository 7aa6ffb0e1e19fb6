"""Short D-Bus questions through jeepney, for the reminders' idle and do-not-disturb
back ends: one connection per bus, opened on the first question, and every call with
a short timeout so an unresponsive service never holds up the window for long."""

from __future__ import annotations

import contextlib
import sys

TIMEOUT = 0.25  # seconds: a local service answers in milliseconds
_ERRORS = (ImportError, OSError, KeyError, ValueError, TimeoutError, RuntimeError)


class CallFailed(Exception):
    """The service is not there, refused, or did not answer in time."""


class Bus:
    def __init__(self, kind: str) -> None:
        self.kind = kind  # "SESSION" or "SYSTEM"
        self._conn: object | None = None
        self._broken = False

    def _connection(self) -> object:
        if self._conn is None:
            if self._broken or not sys.platform.startswith("linux"):
                raise CallFailed(f"no {self.kind.lower()} bus")
            try:
                from jeepney.io.blocking import open_dbus_connection

                self._conn = open_dbus_connection(bus=self.kind, auth_timeout=TIMEOUT * 4)
            except _ERRORS as exc:
                self._broken = True  # not asked again: this bus is not there
                raise CallFailed(str(exc)) from exc
        return self._conn

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[object, ...] = (),
    ) -> tuple[object, ...]:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg

        connection = self._connection()
        message = new_method_call(DBusAddress(path, service, interface), method, signature, body)
        try:
            reply = connection.send_and_get_reply(message, timeout=TIMEOUT)  # type: ignore[attr-defined]
            return tuple(unwrap_msg(reply))
        except DBusErrorResponse as exc:
            raise CallFailed(str(exc)) from exc
        except (OSError, ValueError) as exc:  # the bus went away: open it again next time
            self.close()
            raise CallFailed(str(exc)) from exc
        except TimeoutError as exc:
            raise CallFailed(f"{service} did not answer in time") from exc

    def property(self, service: str, path: str, interface: str, name: str) -> object:
        (value,) = self.call(
            service, path, "org.freedesktop.DBus.Properties", "Get", "ss", (interface, name)
        )
        # A variant arrives as (signature, value).
        return value[1] if isinstance(value, tuple) and len(value) == 2 else value

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()  # type: ignore[attr-defined]
            self._conn = None


class Buses:
    """The session and system buses, shared by the back ends of one watch."""

    def __init__(self) -> None:
        self.session = Bus("SESSION")
        self.system = Bus("SYSTEM")

    def close(self) -> None:
        self.session.close()
        self.system.close()
