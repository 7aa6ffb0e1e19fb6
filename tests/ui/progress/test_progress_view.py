"""The progress screen, empty and with a seeded history, in light and dark."""

from __future__ import annotations

from datetime import date

import pytest

from backstretch.ui.progress.view import ProgressView
from tests.helpers.screens import TODAY, ZONE, seeded_history


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
    records = seeded_history(tmp_path)
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
