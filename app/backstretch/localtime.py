"""The user's local time: one time zone, one "now", for everything that shows or files a date.

Reminders, the history, the progress screen, the exports and the self-test all ask here,
so a routine done at 23:30 in winter stays on its own day when viewed in summer. The zone
is a real `ZoneInfo` (daylight-saving rules included), never the fixed offset that
`datetime.now().astimezone()` gives.

Where the zone comes from, first match wins:
1. `TZ`: a zone name (`Europe/London`, `:Europe/London`), a zone file's path, or a POSIX
   rule such as `CET-1CEST,M3.5.0,M10.5.0/3` (kept with its daylight-saving rule).
2. `/etc/localtime`, a link into a zoneinfo folder (Linux, macOS), or a zone file.
3. Windows: the user's zone from the registry (through tzlocal, which maps it to IANA).
4. UTC, when nothing says otherwise.
Pure Python: no Qt.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SYSTEM_ZONE_FILE = Path("/etc/localtime")
# A POSIX TZ rule: a name of letters (or <+03>), an offset, optionally a summer part.
_POSIX_RULE = re.compile(r"^(?:[A-Za-z]{3,}|<[+-]?[A-Za-z0-9]+>)[+-]?\d{1,2}(?::\d{2}){0,2}")
_ZONE_ERRORS = (ValueError, ZoneInfoNotFoundError, OSError)


def _from_posix_rule(rule: str) -> ZoneInfo:
    """A ZoneInfo that follows a POSIX TZ rule: a TZif file with no transitions, whose
    footer (the rule for all times after the last transition) is the rule itself."""
    header = b"TZif2" + b"\0" * 15
    v1 = header + (0).to_bytes(4, "big") * 6  # no transitions, types or abbreviations
    # Version 2 block: one time type (offset 0) so the file is well-formed; the footer rule
    # governs every instant because there are no transitions.
    counts = [0, 0, 0, 0, 1, 4]  # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    v2 = header + b"".join(n.to_bytes(4, "big") for n in counts)
    v2 += (0).to_bytes(4, "big", signed=True) + b"\0\0" + b"UTC\0"
    data = v1 + v2 + b"\n" + rule.encode("ascii") + b"\n"
    return ZoneInfo.from_file(io.BytesIO(data), key=rule)


def _zone_from_text(text: str) -> ZoneInfo | None:
    name = text.strip().removeprefix(":")
    if not name:
        return None
    with contextlib.suppress(*_ZONE_ERRORS):
        if os.path.isabs(name):
            if not os.path.isfile(name):  # not a FIFO or a device, which would block
                return None
            with open(name, "rb") as handle:
                return ZoneInfo.from_file(handle, key=Path(name).name)
        return ZoneInfo(name)
    if _POSIX_RULE.match(name) and name.isascii():
        with contextlib.suppress(*_ZONE_ERRORS):
            return _from_posix_rule(name)
    return None


def _zone_from_system_file(path: Path) -> ZoneInfo | None:
    with contextlib.suppress(OSError):
        target = path.resolve()
        if "zoneinfo" in target.parts:
            name = "/".join(target.parts[target.parts.index("zoneinfo") + 1 :])
            with contextlib.suppress(*_ZONE_ERRORS):
                return ZoneInfo(name)
        with contextlib.suppress(*_ZONE_ERRORS), path.open("rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    return None


def _zone_from_windows() -> ZoneInfo | None:
    if sys.platform != "win32":
        return None
    with contextlib.suppress(Exception):  # any failure of the registry look-up: fall back
        import tzlocal

        zone = tzlocal.get_localzone()
        if isinstance(zone, ZoneInfo):
            return zone
    return None


def local_zone() -> ZoneInfo:
    """The user's time zone, read afresh (a laptop that travelled gets its new zone)."""
    return (
        _zone_from_text(os.environ.get("TZ", ""))
        or _zone_from_system_file(SYSTEM_ZONE_FILE)
        or _zone_from_windows()
        or ZoneInfo("UTC")
    )


def now(zone: ZoneInfo | None = None) -> datetime:
    """The current time as an aware datetime in the user's zone (or `zone`)."""
    return datetime.now(zone or local_zone())
