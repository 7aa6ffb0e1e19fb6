"""The progress screen, empty and with a seeded history, in light and dark."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backstretch.history import HistoryStore
from backstretch.ui.progress.view import ProgressView

ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)


def seed(store: HistoryStore) -> None:
    """Routines on most evenings of the last five weeks, with pain ratings that ease."""
    for days_ago in range(35):
        if days_ago % 4 == 3:
            continue  # a day off now and then
        start = datetime(2026, 11, 25, 19, 30, tzinfo=ZONE) - timedelta(days=days_ago)
        before = 6 - (34 - days_ago) // 8 if days_ago < 16 else None
        session = store.start_session(start, {}, [("knee-rolls", 10)], before)
        for repetition in range(1, 11):
            store.record_repetition(session, "knee-rolls", repetition, start)
        store.finish_session(session, start + timedelta(minutes=6), finished=True)
        if before is not None:
            store.set_pain_after(session, max(0, before - 2))


@pytest.fixture
def view(qtbot):
    widget = ProgressView()
    widget.resize(1200, 760)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_empty_history_says_what_to_do(view, tmp_path):
    view.show_records([], TODAY, ZONE)
    assert view.empty.isVisible() and "start your first routine" in view.empty.text()
    assert not view.content.isVisible()
    assert not view.export_button.isEnabled()


def test_a_seeded_history_shows_streaks_week_totals_and_charts(view, tmp_path):
    with HistoryStore.open(tmp_path / "history.sqlite3") as store:
        seed(store)
        records = store.sessions()
    view.show_records(records, TODAY, ZONE)
    assert not view.empty.isVisible()
    assert view.numbers["current"].text() == "3"  # today, yesterday, the day before
    assert int(view.numbers["best"].text()) == 3
    assert view.numbers["week"].text() == "3"  # Monday 23rd to Wednesday 25th
    assert int(view.numbers["stretches"].text()) == len(records)
    weeks = view.weekly.weeks
    assert len(weeks) == 8 and weeks[-1][0] == date(2026, 11, 23)
    assert sum(count for _, count in weeks) == len(records)
    assert view.pain.points and view.pain.points[-1].after < view.pain.points[-1].before
    image = view.grab().toImage()
    image.save(str(tmp_path / "progress.png"))
    assert "week of" in view.weekly.accessibleDescription()
