"""What the system says about the user at one moment, for the reminder schedule: the
idle time and lock (platform/idle.py) and the do-not-disturb reasons in force
(platform/do_not_disturb.py), as the pure scheduler's `Presence` value.

Made on first use: nothing connects to a bus or an X server until a reminder is due.
"""

from __future__ import annotations

from backstretch.platform.dbus_call import Buses
from backstretch.platform.do_not_disturb import DoNotDisturb
from backstretch.platform.idle import IdleWatch
from backstretch.platform.x11 import Display
from backstretch.reminders import DO_NOT_DISTURB, Hold, Presence, ReminderSettings


class PresenceSource:
    _shared: PresenceSource | None = None

    def __init__(self, idle: IdleWatch, dnd: DoNotDisturb) -> None:
        self.idle = idle
        self.dnd = dnd

    @classmethod
    def shared(cls) -> PresenceSource:
        """The one source of this process, made on first use."""
        if cls._shared is None:
            buses, display = Buses(), Display.open()
            cls._shared = cls(
                IdleWatch.for_this_system(buses, display),
                DoNotDisturb.for_this_system(buses, display),
            )
        return cls._shared

    def look(self, settings: ReminderSettings) -> Presence:
        """Ask what the settings need: the idle time only for natural breaks, and only
        the do-not-disturb checks the user chose."""
        chosen = settings.holds_for(frozenset(DO_NOT_DISTURB))
        busy = self.dnd.busy(chosen) if chosen else frozenset[Hold]()
        if not settings.natural_breaks:
            return Presence(busy=busy)
        reading = self.idle.read()
        return Presence(idle=reading.idle, locked=bool(reading.locked), busy=busy)
