"""Every control of every screen inside the window, unclipped, from a 1024x600 screen up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QLabel,
    QScrollArea,
    QWidget,
)

from backstretch.clock import ManualClock
from backstretch.session import Phase
from backstretch.ui.main_window import FRAME_ALLOWANCE, PLANNED_SIZE, MainWindow, first_size
from tests.helpers.app import LIBRARY, settings_store

SIZES = [QSize(1024, 600), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)]
CONTROLS = (QAbstractButton, QLabel, QAbstractSlider, QAbstractSpinBox)


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def window(qtbot, clock, private_home):
    win = MainWindow(LIBRARY, settings_store(private_home), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def on_screen(widget: QWidget, window: QWidget) -> QRect:
    """The part of `widget` its ancestors let show, in window coordinates; a scrolled
    card is cut at the scroll area's edge, as the user sees it."""
    visible = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        visible &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return visible


def inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def widest_line(label: QLabel) -> int:
    return max(label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n"))


def problems(window: MainWindow) -> list[str]:
    """Each control that is outside the window, cut off, or too small for its text."""
    found = []
    screen = window.stack.currentWidget()
    for widget in screen.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        name = widget.objectName() or getattr(widget, "text", lambda: "")() or repr(widget)
        whole = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if inside_scroll_area(widget):
            continue  # the cards scroll; their starts are checked on their own
        if not window.rect().contains(whole):
            found.append(f"{name}: {whole} outside the window {window.rect()}")
        elif on_screen(widget, window) != whole:
            found.append(f"{name}: cut to {on_screen(widget, window)} of {whole}")
        elif isinstance(widget, QLabel):
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"{name}: its lines need more height than {widget.height()}")
            elif "<" not in widget.text() and widest_line(widget) > widget.width():
                found.append(f"{name}: its text is wider than {widget.width()}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.fontMetrics().horizontalAdvance(widget.text()) > widget.width()
        ):
            found.append(f"{name}: its label is wider than the button")
    return found


def advance_to(window, clock, phase):
    while (state := window.current_state()) is not None and state.step.phase is not phase:
        clock.advance(state.remaining + 0.01)
        window.driver.wake()
    clock.advance(0.5)
    window.driver.wake()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_control_fits_at_every_screen_size(window, clock, qtbot, size):
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    assert problems(window) == [], "library"
    # The routine's start, and each card's, without scrolling.
    assert window.library_view.start_button.isVisibleTo(window)
    for card in window.library_view.cards:
        start = card.start_button
        assert start.isVisibleTo(window)
        assert not inside_scroll_area(start), card.exercise.title
        assert window.rect().contains(QRect(start.mapTo(window, QPoint(0, 0)), start.size()))

    window.start_routine()
    for phase in (Phase.GET_READY, Phase.STRETCH, Phase.HOLD, Phase.NEXT, Phase.GET_READY):
        advance_to(window, clock, phase)
        qtbot.wait(1)
        assert problems(window) == [], str(phase)
    window.driver.stop()
    assert window.stack.currentWidget() is window.summary_view
    assert problems(window) == [], "summary"


def test_the_window_shrinks_again_after_full_size(window, clock, qtbot):
    """The session's type follows the window; it must never hold the window large."""
    window.start_routine()
    window.resize(QSize(1920, 1080))
    qtbot.waitUntil(lambda: window.width() == 1920)
    window.resize(QSize(1024, 600))
    qtbot.waitUntil(lambda: window.size() == QSize(1024, 600))
    qtbot.wait(20)  # the layout follows the new type
    assert problems(window) == []


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QSize(1024, 572), QSize(1008, 528)),  # 1024x600 less a panel
        (QSize(1366, 740), QSize(1280, 696)),  # the commonest laptop screen
        (QSize(1920, 1050), PLANNED_SIZE),
    ],
)
def test_the_first_window_takes_its_size_from_the_screen(available, expected):
    size = first_size(available)
    assert size == expected
    # With its title bar and borders, the window still fits the screen's free area.
    framed = size.grownBy(FRAME_ALLOWANCE)
    assert framed.width() <= available.width() and framed.height() <= available.height()


def test_the_smallest_screens_window_is_not_held_larger(window):
    """What the first size gives on a 1024x600 screen, the screens accept."""
    assert window.minimumSizeHint().width() <= first_size(QSize(1024, 572)).width()
    assert window.minimumSizeHint().height() <= first_size(QSize(1024, 572)).height()
