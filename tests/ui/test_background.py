"""Without a tray, closing the window leaves Backstretch reminding in the background;
quitting is a choice of its own, and asks in the middle of a routine."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from backstretch.platform import autostart
from backstretch.settings import Section, Settings


@pytest.fixture
def application(make_application, monkeypatch):
    app = make_application()
    assert not app.tray_available  # the offscreen platform has no tray, like GNOME
    quits: list[bool] = []
    monkeypatch.setattr(app.qt_app, "quit", lambda: quits.append(True))
    app.quits = quits
    app.window.show()
    yield app
    app.shutdown()


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the message box that is about to open (it is modal)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text or button_text in button.text():
                button.click()
                return
        raise AssertionError(f"no {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


def test_the_first_close_says_how_to_come_back_and_how_to_quit(application, private_home):
    seen: list[str] = []
    answer_next_box("Keep reminding in the background", seen)
    application.window.close()
    assert not application.window.isVisible()
    assert application.quits == [] and application.reminders is not None
    (sentence,) = seen
    assert "applications menu" in sentence and "Ctrl+Q" in sentence and "Quit" in sentence
    saved = Settings(private_home).load().general
    assert saved.background_hint_shown and saved.keep_running_when_closed

    application.show_window()  # opened again from the menu: the launch is handed over
    application.window.close()  # said once: the second close asks nothing
    assert not application.window.isVisible() and application.quits == []


def test_choosing_to_quit_on_close_quits_and_is_kept(application, private_home):
    seen: list[str] = []
    answer_next_box("Quit when I close the window", seen)
    application.window.close()
    assert not application.window.isVisible()  # closed, not hidden: Qt quits on that
    assert not Settings(private_home).load().general.keep_running_when_closed


def test_with_reminders_off_closing_simply_quits(application):
    application.store.update(Section.REMINDERS, enabled=False)
    from backstretch.ui.closing import keeps_running_without_tray

    assert not keeps_running_without_tray(application.store)
    application.window.close()  # no question, nothing left to do in the background
    assert not application.window.isVisible()


def test_a_routine_left_in_the_background_waits_for_the_user(application):
    application.store.update(Section.GENERAL, background_hint_shown=True)
    application.window.start_routine()
    application.window.close()
    state = application.window.current_state()
    assert state is not None and state.paused


def test_ctrl_q_and_the_quit_button_quit(application, qtbot):
    qtbot.keyClick(application.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert application.quits == [True]
    application.window.show()
    application.window.library_view.quit_button.click()
    assert application.quits == [True, True]


def test_quit_in_the_middle_of_a_routine_asks_with_no_first(application):
    window = application.window
    window.start_routine()
    seen: list[str] = []
    answer_next_box("No", seen)
    application.quit()
    assert application.quits == [] and window.driver.running
    assert not window.current_state().paused  # the routine goes on as it was
    assert "Bottom-to-heel stretch" in seen[0]
    answer_next_box("Yes", seen)
    application.quit()
    assert application.quits == [True] and not window.driver.running


def test_the_start_up_pair_writes_the_login_entry(application, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = autostart.xdg_autostart_path()
    application.open_settings()
    dialog = application._settings_dialog
    assert not dialog.start_hidden.isEnabled()  # it only says how the login start goes
    dialog.start_at_login.setChecked(True)
    assert "--hidden" not in entry.read_text()  # the window opens at login
    assert dialog.start_hidden.isEnabled()
    dialog.start_hidden.setChecked(True)
    assert "--hidden" in entry.read_text()
    dialog.start_at_login.setChecked(False)
    assert not entry.exists()


def test_the_settings_choose_between_background_and_quitting(application, private_home):
    application.open_settings()
    dialog = application._settings_dialog
    assert dialog.keep_running.isChecked()
    dialog.quit_on_close.setChecked(True)
    assert not application.store.general.keep_running_when_closed
    assert not Settings(private_home).load().general.keep_running_when_closed
    application.window.close()
    assert not application.window.isVisible()


def test_a_closed_window_lets_go_of_its_surface_and_comes_back_whole(application, qtbot):
    application.store.update(Section.GENERAL, background_hint_shown=True)
    application.window.close()
    qtbot.waitUntil(lambda: application.window.windowHandle() is None)
    assert application.reminders is not None  # still reminding

    application.show_window()
    assert application.window.isVisible() and application.window.windowHandle() is not None
    assert len(application.window.library_view.cards) == 3


def test_a_window_shown_again_at_once_is_not_let_go(application, qtbot):
    application.store.update(Section.GENERAL, background_hint_shown=True)
    application.window.close()
    application.show_window()  # before the event loop ran the release
    qtbot.wait(50)
    assert application.window.isVisible() and application.window.windowHandle() is not None
