"""The whole app object as users meet it: settings opened from the library, changes
that apply at once and survive a restart, and later launches handed over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backstretch.platform.launch_request import LaunchRequest
from backstretch.settings import Section, Settings


@pytest.fixture
def application(make_application):
    app = make_application()
    assert app.window.keeps_running is not None  # closing asks whether to go on
    return app


def test_settings_open_from_the_library_and_changes_persist(application, qtbot, private_home):
    application.window.library_view.settings_button.click()
    dialog = application._settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.interval.setValue(30)
    assert Settings(private_home).load().reminders.interval_minutes == 30
    assert application.reminders.scheduler.settings.interval_minutes == 30  # applies at once


def test_leaving_out_a_stretch_in_settings_changes_the_routine(application, private_home):
    from backstretch.ui.settings.stretch_chooser import StretchChooser

    application.open_settings()
    chooser = application._settings_dialog.findChild(StretchChooser)
    chooser.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # knee rolls
    assert application.store.routine.left_out == ("knee-rolls",)
    assert Settings(private_home).load().routine.left_out == ("knee-rolls",)
    assert application.window.library_view.duration.text().startswith("2 stretches")
    application.window.start_routine()
    assert "knee-rolls" not in application.window.driver.machine.plan.exercise_ids


def test_a_later_launch_with_start_begins_the_routine(application):
    application.handle_request(LaunchRequest(start=True))
    assert application.window.isVisible()
    assert application.window.driver.running


def test_a_later_launch_with_start_and_a_stretch_begins_only_that_stretch(application):
    application.handle_request(LaunchRequest(start=True, exercise="back-extensions"))
    assert application.window.isVisible()
    assert application.window.driver.machine.plan.exercise_ids == ("back-extensions",)


def test_without_a_tray_the_reminder_window_is_the_fallback(application):
    assert not application.tray_available  # the offscreen platform has no tray
    assert application.reminders is not None
    assert [n.name for n in application.reminders.controller.notifiers] == []


def walk_through(application, clock):
    window = application.window
    while window.driver.running:
        clock.advance(window.current_state().remaining + 0.001)
        window.driver.wake()


def test_a_routine_is_recorded_in_the_history_as_it_goes(application, private_home):
    from backstretch.history import HistoryStore

    clock = application.window.driver.clock
    application.window.start_exercise("back-extensions")
    window = application.window
    # Two repetitions in, the history already holds them (another reader sees them).
    for _ in range(12):
        clock.advance(window.current_state().remaining + 0.001)
        window.driver.wake()
    with HistoryStore.open(private_home / "history.sqlite3") as reader:
        (running,) = reader.sessions()
        assert running.finished is None and running.repetitions_done >= 2
    walk_through(application, clock)
    with HistoryStore.open(private_home / "history.sqlite3") as reader:
        (done,) = reader.sessions()
    assert done.finished is True
    assert done.repetitions_done == done.repetitions_planned > 0
    assert [s.status for s in done.stretches] == ["done"]


def test_a_damaged_history_is_set_aside_with_a_message(make_application, private_home):
    from backstretch.history import HistoryStore

    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    app = make_application(with_reminders=False)
    assert not list(private_home.glob("history.sqlite3.bad-*"))  # not opened yet
    app.window.start_exercise("knee-rolls")  # the first routine opens it
    text = app.window.library_view.problems.text()
    assert "history" in text.lower() and ".bad-" in text
    assert list(private_home.glob("history.sqlite3.bad-*"))
    walk_through(app, app.window.driver.clock)
    with HistoryStore.open(private_home / "history.sqlite3") as reader:
        (session,) = reader.sessions()  # a fresh history records from now on
    assert session.finished is True


def test_a_damaged_history_is_set_aside_when_the_progress_screen_opens_first(
    make_application, private_home
):
    private_home.mkdir(parents=True, exist_ok=True)
    (private_home / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    app = make_application(with_reminders=False)
    app.show_progress()
    assert ".bad-" in app.window.library_view.problems.text()
    assert app.window.progress_view.pain.points == []


def test_the_history_is_not_opened_until_it_is_needed(make_application, private_home):
    # A Backstretch waiting for its first reminder has no SQLite file open.
    app = make_application()
    assert app.services_started and app.history is None
    assert not (private_home / "history.sqlite3").exists()
    app.show_progress()
    assert app.history is not None and (private_home / "history.sqlite3").exists()


def run_rated_routine(application, qtbot, before, after):
    window = application.window
    if before is not None:
        qtbot.mouseClick(window.library_view.pain_before.buttons[before], Qt.MouseButton.LeftButton)
    window.start_exercise("knee-rolls")
    assert window.library_view.pain_before.value() is None  # used, then cleared
    walk_through(application, window.driver.clock)
    if after is not None:
        qtbot.mouseClick(window.summary_view.pain_after.buttons[after], Qt.MouseButton.LeftButton)
    window.summary_view.done.emit()


def test_pain_ratings_are_optional_and_stored_with_the_session(application, qtbot, private_home):
    from backstretch.history import HistoryStore

    run_rated_routine(application, qtbot, before=4, after=2)
    run_rated_routine(application, qtbot, before=None, after=None)  # skipped: fine
    with HistoryStore.open(private_home / "history.sqlite3") as store:
        first, second = store.sessions()
    assert (first.pain_before, first.pain_after) == (4, 2)
    assert (second.pain_before, second.pain_after) == (None, None)
    assert application.window.summary_view.advice.isHidden()


def test_worse_after_two_routines_in_a_row_suggests_a_pause(application, qtbot):
    run_rated_routine(application, qtbot, before=2, after=5)
    assert application.window.summary_view.advice.isHidden()  # once is not a pattern
    run_rated_routine(application, qtbot, before=3, after=5)
    advice = application.window.summary_view.advice
    assert not advice.isHidden()
    assert "doctor or physiotherapist" in advice.text()


def test_the_safety_notice_shows_once_and_is_remembered(qtbot, make_application, private_home):
    from PySide6.QtWidgets import QMessageBox

    def start():
        app = make_application(with_reminders=False, first_run_notice=True)
        app.window.show()
        app.show_safety_notice_once()
        return app

    first = start()
    notice = first.window.findChild(QMessageBox, "safetyNotice")
    assert notice is not None and notice.isVisible()
    for words in ("does not replace medical advice", "Stop any stretch that hurts",
                  "bladder or bowel", "weakness in your legs", "fever"):  # fmt: skip
        assert words in notice.text()
    qtbot.mouseClick(notice.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert Settings(private_home).load().general.safety_notice_seen
    first.window.close()
    second = start()
    assert second.window.findChild(QMessageBox, "safetyNotice") is None


def test_scripted_runs_never_show_the_safety_notice(application):
    from PySide6.QtWidgets import QMessageBox

    application.show_safety_notice_once()
    assert application.window.findChild(QMessageBox, "safetyNotice") is None


def test_progress_screen_exports_and_saves_the_sheet_where_asked(
    application, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    run_rated_routine(application, qtbot, before=3, after=1)
    application.window.library_view.progress_button.click()
    progress = application.window.progress_view
    assert application.window.stack.currentWidget() is progress
    assert progress.numbers["stretches"].text() == "1"
    targets = iter([tmp_path / "history.csv", tmp_path / "sheet.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(next(targets)), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    progress.export_button.click()
    assert progress.saved.text() == f"History saved as history.csv in {tmp_path}."
    progress.sheet_button.click()
    assert (tmp_path / "history.csv").read_text().count("\n") == 2  # header and one routine
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert progress.saved.text() == f"Routine sheet saved as sheet.pdf in {tmp_path}."
    progress.open_folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_a_save_that_fails_says_so_and_claims_nothing(application, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    application.window.library_view.progress_button.click()
    progress = application.window.progress_view
    target = tmp_path / "a-folder"
    target.mkdir()  # where the file should go is a folder: the write fails
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    application.export_history()
    assert warnings and warnings[0].startswith("Could not export the history")
    assert not progress.saved.isVisible()


def test_services_can_wait_until_the_window_has_painted(make_application, qtbot):
    # The command line builds the window first and starts history and reminders once
    # it has painted; a routine started before that is not recorded, so it waits too.
    from backstretch.ui.first_frame import after_first_paint

    app = make_application(start_services=False)
    assert app.reminders is None and app.icon is None
    after_first_paint(app.window, app.start_services)
    app.window.show()
    qtbot.waitUntil(lambda: app.reminders is not None)
    assert not app.window.windowIcon().isNull()
    app.shutdown()


def test_a_launch_handed_over_during_start_up_waits_for_the_services(make_application):
    app = make_application(start_services=False)
    app.handle_request(LaunchRequest(start=True))
    assert not app.window.driver.running  # not yet: the history is not open to record it
    app.start_services()
    assert app.window.driver.running and app.history is not None
    app.shutdown()


# -- one owner for the settings: no editor undoes another's change ---------------------


def test_a_reorder_in_the_dialog_keeps_the_hold_set_on_the_home_screen(application, private_home):
    from backstretch.ui.settings.stretch_chooser import StretchChooser

    application.open_settings()  # non-modal: the home screen stays usable
    application.window.library_view.options_panel.hold.setValue(30)
    chooser = application._settings_dialog.findChild(StretchChooser)
    chooser.list.setCurrentRow(2)
    chooser.up.click()
    for routine in (application.store.routine, Settings(private_home).load().routine):
        assert routine.hold_seconds == 30.0
        assert routine.order == ("bottom-to-heel", "back-extensions", "knee-rolls")


def test_a_start_up_checkbox_keeps_the_flags_saved_meanwhile(make_application, private_home):
    from PySide6.QtWidgets import QMessageBox

    app = make_application(with_reminders=False, first_run_notice=True)
    app.window.keeps_running = None
    app.open_settings()
    app.window.show()
    app.show_safety_notice_once()
    notice = app.window.findChild(QMessageBox, "safetyNotice")
    notice.button(QMessageBox.StandardButton.Ok).click()  # saves safety_notice_seen
    app._settings_dialog.start_hidden.setChecked(True)
    saved = Settings(private_home).load().general
    assert saved.safety_notice_seen and saved.start_hidden
    app.shutdown()


def test_every_settings_editor_at_once_agrees_with_the_file_and_the_scheduler(
    application, private_home
):
    window = application.window
    application.open_settings()
    dialog = application._settings_dialog
    home = window.library_view.options_panel
    window.start_exercise("knee-rolls")  # builds the session screen and its sound button
    window.driver.stop()

    home.repetitions.setValue(9)  # the home screen's panel
    dialog.routine_panel.rest.setValue(4)  # the dialog's copy of the same panel
    dialog.chooser.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # the chooser
    dialog.interval.setValue(90)  # the reminders tab
    dialog.start_at_login.setChecked(False)
    dialog.guidance.reduced_motion.setChecked(True)  # the sound and display tab
    window.session_view.set_sound_problem(None)  # as on a machine with an audio device
    window.session_view.sound_button.click()  # the session screen: sound off
    dialog.guidance.volume.setValue(40)

    store = application.store
    saved = Settings(private_home).load()
    expected = (9, 4.0, ("bottom-to-heel",))
    for routine in (store.routine, saved.routine):
        assert (routine.repetitions, routine.rest_seconds, routine.left_out) == expected
    for guidance in (store.guidance, saved.guidance):
        assert (guidance.sound, guidance.volume, guidance.reduced_motion) == (False, 40, True)
    assert saved.reminders == store.reminders
    assert application.reminders.scheduler.settings.interval_minutes == 90
    # Every editor shows the same values.
    assert home.repetitions.value() == dialog.routine_panel.repetitions.value() == 9
    assert home.rest.value() == dialog.routine_panel.rest.value() == 4
    assert not dialog.guidance.sound.isChecked()
    assert not window.session_view.sound_button.isChecked()
    assert window.library_view.duration.text().startswith("2 stretches")


def test_a_failed_save_is_said_and_the_change_still_applies(application, private_home):
    (private_home / "settings.json").mkdir(parents=True)  # a folder where the file goes
    application.window.library_view.options_panel.hold.setValue(20)
    application.window.library_view.options_panel.rest.setValue(3)
    assert application.store.routine.hold_seconds == 20.0
    problems = application.window.library_view.problems.text()
    assert problems.count("Your change applies until you quit.") == 1  # said once


def test_a_winter_evening_routine_stays_on_its_day_when_viewed_in_summer(
    application, monkeypatch, tmp_path, private_home
):
    from datetime import UTC, date, datetime
    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QFileDialog

    from backstretch import localtime
    from backstretch.history import HistoryStore

    monkeypatch.setenv("TZ", "Europe/London")
    evening = datetime(2026, 1, 10, 23, 30, tzinfo=UTC)  # 23:30 GMT
    with HistoryStore.open(private_home / "history.sqlite3") as store:
        session = store.start_session(evening, {}, [("knee-rolls", 10)], pain_before=4)
        store.finish_session(session, evening, finished=True)
    summer = datetime(2026, 7, 15, 12, 0, tzinfo=ZoneInfo("Europe/London"))
    monkeypatch.setattr(localtime, "now", lambda zone=None: summer)
    application.show_progress()
    (point,) = application.window.progress_view.pain.points
    assert point.day == date(2026, 1, 10)
    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    application.export_history()
    assert "2026-01-10T23:30:00+00:00" in target.read_text()


def test_opening_the_app_moves_a_waiting_reminder_into_the_window(application, qtbot):
    controller = application.reminders.controller
    application.reminders.scheduler.remind_at(controller._clock())
    controller.check()
    corner = application.reminders.window
    assert corner.isVisible()  # no notification service here: the corner window
    application.show_window()  # e.g. from the applications menu, or the notice's body
    offer = application.window.reminder_offer
    assert offer.isVisible() and not corner.isVisible()  # one reminder on screen
    assert offer.title.text() == "Time for your back stretches"
    offer.start_button.click()
    assert not offer.isVisible() and application.window.driver.running


def test_a_routine_started_from_a_reminder_still_asks_how_the_back_is(
    application, qtbot, private_home
):
    from backstretch.history import HistoryStore
    from backstretch.session import Phase

    window = application.window
    application.start_routine()  # as Start now in a reminder, or the tray's menu, does
    question = window.session_view.pain_before
    assert question.isVisible() and not window.session_view.up_next.isVisible()
    qtbot.mouseClick(question.buttons[4], Qt.MouseButton.LeftButton)
    assert question.chosen.text() == "4: moderate"  # the choice said in words too
    clock = window.driver.clock
    while window.current_state().step.phase is not Phase.STRETCH:
        clock.advance(window.current_state().remaining + 0.001)
        window.driver.wake()
    assert not question.isVisible()  # asked before the first stretch only
    walk_through(application, clock)
    application.history.finish_writes()
    with HistoryStore.open(private_home / "history.sqlite3") as store:
        (record,) = store.sessions()
    assert record.pain_before == 4


def test_a_rating_given_on_the_home_screen_is_not_asked_again(application, qtbot):
    window = application.window
    qtbot.mouseClick(window.library_view.pain_before.buttons[2], Qt.MouseButton.LeftButton)
    window.start_routine()
    assert not window.session_view.pain_before.isVisible()


def test_start_at_login_that_cannot_be_made_is_unticked_again(application, monkeypatch):
    from backstretch.platform import autostart

    def refuse(*_args):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(autostart, "set_enabled", refuse)
    application.open_settings()
    application._settings_dialog.start_at_login.setChecked(True)
    assert not application.store.general.start_at_login
    assert not application._settings_dialog.start_at_login.isChecked()
    assert "Could not change start at login" in application.window.library_view.problems.text()


def test_a_reorder_keeps_the_place_and_choice_of_stretches_this_version_lacks(application):
    application.store.update(Section.ROUTINE, order=("newer-stretch",), left_out=("newer-stretch",))
    application.open_settings()
    chooser = application._settings_dialog.chooser
    chooser.list.setCurrentRow(2)
    chooser.up.click()
    assert "newer-stretch" in application.store.routine.order
    assert application.store.routine.left_out == ("newer-stretch",)
