"""A stretch's card shows each position right above the words that describe it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from backstretch.content import load_library
from backstretch.paths import resources_dir
from backstretch.ui.library.card import ExerciseCard
from tests.helpers.figure import mean_difference, to_pillow

LIBRARY = load_library(resources_dir())


@pytest.fixture(params=[e.id for e in LIBRARY.exercises])
def card(request, qtbot):
    widget = ExerciseCard(LIBRARY.by_id(request.param))
    qtbot.addWidget(widget)
    widget.resize(420, 1400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_starting_position_is_drawn_above_its_heading(card):
    phase, progress, _ = card.figure._phase
    assert (phase, progress) == ("get_ready", 0.0)  # the starting position, not the hold
    assert "Starting position" in card.starting.text()
    assert card.figure.geometry().bottom() < card.starting.geometry().top()
    # ...and nothing else sits between the picture and its heading.
    assert card.starting.geometry().top() - card.figure.geometry().bottom() < 20


def test_the_stretched_position_is_drawn_above_how_to_do_it(card):
    phase, progress, _ = card.stretch_figure._phase
    assert (phase, progress) == ("stretch", 1.0)  # the stretched position, arrow leading there
    assert "How to do it" in card.how_to.text()
    assert card.starting.geometry().bottom() < card.stretch_figure.geometry().top()
    assert card.stretch_figure.geometry().bottom() < card.how_to.geometry().top()


def test_the_two_pictures_differ_and_follow_the_theme(card):
    start = to_pillow(card.figure.grab().toImage())
    stretched = to_pillow(card.stretch_figure.grab().toImage())
    assert mean_difference(start, stretched) > 1.5
    card.figure.set_dark(True)
    assert mean_difference(start, to_pillow(card.figure.grab().toImage())) > 2
