"""Drive the real main window through a routine with a clock the test controls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backstretch.clock import ManualClock
from backstretch.content import load_library
from backstretch.figure import scene
from backstretch.paths import resources_dir
from backstretch.routine import RoutineOptions
from backstretch.session import Phase
from backstretch.settings import Section, Settings
from backstretch.ui.main_window import MainWindow
from backstretch.ui.session.view import PREPARE_NEXT_AFTER_MS
from tests.helpers.app import settings_store
from tests.helpers.dialogs import press_in_next_dialog


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def window(qtbot, clock, private_home):
    win = MainWindow(load_library(resources_dir()), settings_store(private_home), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def advance_to_next_step(window, clock):
    state = window.current_state()
    clock.advance(state.remaining + 0.01)
    window.driver.wake()
    return window.current_state()


def visible_text(window):
    view = window.session_view
    return {
        "phase": view.phase_label.text(),
        "count": view.ring.seconds_shown,
        "repetition": view.repetition_label.text(),
        "instruction": view.instruction.text(),
        "title": view.exercise_title.text(),
    }


def test_library_shows_three_cards_with_their_content(window):
    cards = window.library_view.cards
    assert [c.exercise.title for c in cards] == [
        "Bottom-to-heel stretch",
        "Knee rolls",
        "Back extensions",
    ]
    heel = cards[0]
    assert "problems with your knees" in heel.caution.text()
    assert heel.dose.text().startswith("10 repetitions")
    assert "each side" in cards[1].dose.text()
    assert window.library_view.duration.text().startswith("3 stretches · about")


def test_a_whole_routine_shows_every_phase_as_planned(window, clock):
    window.library_view.start_button.click()
    assert window.stack.currentWidget() is window.session_view
    seen = []
    state = window.current_state()
    while state is not None and state.step is not None:
        text = visible_text(window)
        step = state.step
        seen.append((step.exercise_id, step.phase, step.repetition, step.side))
        assert (
            text["phase"]
            == {
                Phase.NEXT: "NEXT UP",
                Phase.GET_READY: "GET READY",
                Phase.STRETCH: "STRETCH",
                Phase.HOLD: "HOLD",
                Phase.RELEASE: "RELEASE",
                Phase.REST: "REST",
            }[step.phase]
        )
        assert text["count"] == round(step.duration)
        if step.repetition:
            side = f" · {step.side} side" if step.side else ""
            assert text["repetition"] == f"Repetition {step.repetition} of 10{side}"
        state = advance_to_next_step(window, clock)
    assert window.stack.currentWidget() is window.summary_view
    assert window.summary_view.headline.text() == "Well done!"
    assert "3 stretches · 30 repetitions" in window.summary_view.totals.text()
    holds = [s for s in seen if s[1] is Phase.HOLD]
    assert len(holds) == 40  # 10 + 10 x 2 sides + 10
    assert ("knee-rolls", Phase.HOLD, 3, "right") in seen


def test_countdown_and_illustration_follow_the_clock(window, clock):
    window.start_exercise("bottom-to-heel")
    advance_to_next_step(window, clock)  # get ready -> stretch
    view = window.session_view
    assert view.phase_label.text() == "STRETCH"
    first = view.figure.grab().toImage()
    clock.advance(1.6)
    window.driver.wake()
    assert view.ring.seconds_shown == 2
    assert view.figure.grab().toImage() != first  # the figure moved
    assert "bottom back towards your heels" in view.instruction.text()


def test_knee_rolls_say_which_side(window, clock):
    window.start_exercise("knee-rolls")
    state = advance_to_next_step(window, clock)
    assert state.step.side == "left"
    assert "to the left" in window.session_view.instruction.text()
    for _ in range(4):
        state = advance_to_next_step(window, clock)
    assert state.step.side == "right" and state.step.phase is Phase.STRETCH
    assert "to the right" in window.session_view.instruction.text()
    assert window.session_view.repetition_label.text() == "Repetition 1 of 10 · right side"


def test_cautions_are_shown_before_the_first_repetition(window, clock):
    window.start_exercise("bottom-to-heel")
    caution = window.session_view.caution
    assert caution.isVisible() and "knees" in caution.text()
    advance_to_next_step(window, clock)
    assert not caution.isVisible()


def test_tips_show_beside_the_caution_while_there_is_time_to_read(window, clock):
    window.start_exercise("bottom-to-heel")
    view = window.session_view
    heel = window.library.by_id("bottom-to-heel")
    assert view.caution.isVisible() and view.tip.isVisible()
    assert view.tip.text() == f"Tip: {heel.tips[0]}"
    state = advance_to_next_step(window, clock)
    while state.step.phase is not Phase.REST:
        assert not view.tip.isVisible(), state.step.phase
        state = advance_to_next_step(window, clock)
    assert view.tip.isVisible() and view.tip.text() == f"Tip: {heel.tips[1]}"
    assert not view.caution.isVisible()


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1366, 768)])
def test_the_caution_and_a_tip_fit_the_screen(window, qtbot, width, height):
    window.resize(width, height)
    window.start_exercise("bottom-to-heel")  # the stretch with both
    view = window.session_view
    qtbot.waitUntil(lambda: view.tip.isVisible() and view.caution.isVisible())
    # The window keeps the screen's size: nothing it shows needs more room than that.
    assert window.minimumSizeHint().height() <= height
    assert (window.width(), window.height()) == (width, height)
    for label in (view.caution, view.tip, view.instruction):
        # Whole on screen, and no line cut: the label is as tall as its wrapped text.
        assert view.rect().contains(label.geometry()), label.objectName()
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    assert view.figure.height() > height * 0.3


def test_keyboard_pause_skip_back_and_stop(window, clock, qtbot):
    window.start_routine()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.current_state().paused
    assert window.session_view.pause_button.text().endswith("Resume")
    clock.advance(60)
    window.driver.wake()
    assert window.current_state().step.phase is Phase.GET_READY  # frozen while paused
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.current_state().paused
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.session_view.phase_label.text() == "STRETCH"
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.session_view.phase_label.text() == "GET READY"
    press_in_next_dialog(Qt.Key.Key_Escape)  # Esc by accident: Esc again goes on
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.driver.running and not window.current_state().paused
    window.activateWindow()  # as the desktop does once the question has gone
    qtbot.waitUntil(window.isActiveWindow)
    seen: list[str] = []
    press_in_next_dialog(Qt.Key.Key_Return, seen)  # Esc, then Enter: stopped
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert "kept" in seen[0]
    assert window.stack.currentWidget() is window.summary_view
    assert window.summary_view.headline.text() == "Routine stopped"


def test_skip_stretch_button_moves_to_the_next_stretch(window, clock):
    window.start_routine()
    window.session_view.skip_exercise_button.click()
    assert window.session_view.phase_label.text() == "NEXT UP"
    assert window.session_view.exercise_title.text() == "Knee rolls"


def test_f11_toggles_full_screen(window, qtbot):
    window.start_routine()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen()


def test_options_change_the_plan_and_persist(window, private_home):
    panel = window.library_view.options_panel
    panel.repetitions.setValue(8)
    panel.hold.setValue(7)
    assert window.library_view.cards[0].dose.text().startswith("8 repetitions")
    assert Settings(private_home).load().routine == RoutineOptions(repetitions=8, hold_seconds=7.0)
    window.start_exercise("back-extensions")
    plan = window.driver.machine.plan
    assert sum(1 for s in plan.steps if s.phase is Phase.HOLD) == 8
    assert all(s.duration == 7 for s in plan.steps if s.phase is Phase.HOLD)


def test_text_grows_with_the_window(window):
    window.start_routine()
    window.resize(800, 560)
    small = window.session_view.phase_label.font().pixelSize()
    window.resize(1900, 1100)
    assert window.session_view.phase_label.font().pixelSize() > small * 1.3


def test_broken_content_is_reported_and_the_rest_still_works(qtbot, tmp_path, clock, private_home):
    import shutil

    shutil.copytree(resources_dir(), tmp_path / "res")
    bad = tmp_path / "res" / "exercises" / "knee-rolls.toml"
    bad.write_text(bad.read_text().replace("hold = 4", "hold = -1"))
    win = MainWindow(load_library(tmp_path / "res"), settings_store(private_home), clock)
    qtbot.addWidget(win)
    assert len(win.library_view.cards) == 2
    assert "knee-rolls.toml: seconds.hold" in win.library_view.problems.text()
    assert not win.library_view.problems.isHidden()


def test_the_routine_runs_the_chosen_stretches_in_the_chosen_order(window, clock):
    window.store.update(
        Section.ROUTINE, order=("back-extensions", "bottom-to-heel"), left_out=("knee-rolls",)
    )
    window.start_routine()
    assert window.driver.machine.plan.exercise_ids == ("back-extensions", "bottom-to-heel")
    assert window.session_view.exercise_title.text() == "Back extensions"


def test_paused_is_said_on_screen_and_goes_when_resumed(window, qtbot):
    window.start_routine()
    view = window.session_view
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view.phase_label.text() == "PAUSED"
    qtbot.keyClick(window, Qt.Key.Key_Right)  # skipping while paused shows the new phase
    assert view.phase_label.text() == "PAUSED"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view.phase_label.text() == "STRETCH"


def test_the_full_screen_button_says_how_to_leave_it(window, qtbot):
    window.start_routine()
    button = window.session_view.fullscreen_button
    assert button.text() == "Full screen"
    button.click()
    qtbot.waitUntil(window.isFullScreen)
    assert button.text() == "Leave full screen"
    button.click()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert button.text() == "Full screen"


def test_without_sound_the_session_says_so_rather_than_sound_on(window, qtbot):
    window.start_routine()
    view = window.session_view
    # The session shows what the sound player found, as the settings do.
    assert view.sound_problem == window.guide.sounds.unavailable_reason
    view.set_sound_problem("No audio output was found on this system.")
    assert view.sound_button.text() == "♪  Sound unavailable"
    assert not view.sound_button.isEnabled() and not view.volume.isEnabled()
    assert "No audio output" in view.sound_button.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_M)  # nothing to mute: the stored choice stays
    assert window.store.guidance.sound
    view.set_sound_problem(None)
    assert view.sound_button.text() == "♪  Sound on" and view.volume.isEnabled()


def test_no_phase_change_waits_for_a_figure_to_be_worked_out(window, clock, qtbot):
    """Each stretch's figure (its camera box, poses, arrows) is worked out ahead: the
    first before the routine's clock starts, each next one in the quiet after the
    previous stretch's first phase. A phase change never does it: the layout asks the
    figure's shape at once, and 6-8 ms there is as late as the phase shows."""
    for kept in (scene.bounds, scene._samples, scene.mat_box, scene._arrow_track):
        kept.cache_clear()
    window.library_view.start_button.click()
    state = window.current_state()
    shown = None
    while state is not None and state.step is not None:
        if state.step.exercise_id != shown:
            shown = state.step.exercise_id
            qtbot.wait(PREPARE_NEXT_AFTER_MS + 50)  # the quiet after a stretch's first phase
        worked_out = scene.bounds.cache_info().misses
        state = advance_to_next_step(window, clock)
        assert scene.bounds.cache_info().misses == worked_out, state.step
