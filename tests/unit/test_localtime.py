"""The user's time zone: a real zone with its daylight-saving rules, whatever says it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backstretch import localtime

WINTER = datetime(2026, 1, 10, 12, 0)
SUMMER = datetime(2026, 7, 10, 12, 0)


def offsets(zone: ZoneInfo) -> tuple[timedelta | None, timedelta | None]:
    return WINTER.replace(tzinfo=zone).utcoffset(), SUMMER.replace(tzinfo=zone).utcoffset()


@pytest.mark.parametrize(
    ("tz", "winter", "summer"),
    [
        ("Europe/London", 0, 1),
        (":Europe/Paris", 1, 2),
        ("CET-1CEST,M3.5.0,M10.5.0/3", 1, 2),  # a POSIX rule keeps its summer time
        ("EST5EDT", -5, -4),
        ("<+03>-3", 3, 3),
        ("/usr/share/zoneinfo/Asia/Tokyo", 9, 9),
    ],
)
def test_the_zone_follows_tz_with_its_daylight_saving_rules(monkeypatch, tz, winter, summer):
    monkeypatch.setenv("TZ", tz)
    assert offsets(localtime.local_zone()) == (timedelta(hours=winter), timedelta(hours=summer))


def test_without_tz_the_system_zone_file_is_used(monkeypatch, tmp_path):
    monkeypatch.delenv("TZ", raising=False)
    link = tmp_path / "localtime"
    link.symlink_to("/usr/share/zoneinfo/America/New_York")
    monkeypatch.setattr(localtime, "SYSTEM_ZONE_FILE", link)
    assert localtime.local_zone() == ZoneInfo("America/New_York")


@pytest.mark.parametrize("tz", ["Not/AZone", "garbage text", "", "../../etc/passwd"])
def test_a_tz_that_means_nothing_falls_back(monkeypatch, tmp_path, tz):
    monkeypatch.setenv("TZ", tz)
    monkeypatch.setattr(localtime, "SYSTEM_ZONE_FILE", tmp_path / "missing")
    assert localtime.local_zone() == ZoneInfo("UTC")


def test_now_is_aware_and_in_the_users_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    moment = localtime.now()
    assert moment.tzinfo == ZoneInfo("Asia/Kolkata")
    assert moment.utcoffset() == timedelta(hours=5, minutes=30)
