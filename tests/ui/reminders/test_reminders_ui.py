"""Reminder pieces users touch: the controller's choices, the reminder window, the tray
menu and the settings dialog, with real widgets and a wall clock the test controls."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel

from backstretch.platform.notifications import Notice, Notifier
from backstretch.reminder_periods import Period, WeekPeriods
from backstretch.reminders import Answer, Hold, Presence, ReminderMode, ReminderSettings, Scheduler
from backstretch.settings import Section, Settings
from backstretch.ui.reminders.controller import ReminderController
from backstretch.ui.reminders.tray import Tray
from backstretch.ui.reminders.window import ReminderWindow
from backstretch.ui.settings.dialog import SettingsDialog
from backstretch.ui.settings.reminders_tab import PresenceReport
from backstretch.wording import next_reminder
from tests.helpers.app import LIBRARY, settings_store

LONDON = ZoneInfo("Europe/London")
MONDAY_9 = datetime(2026, 11, 23, 9, 0, tzinfo=LONDON)
# Hourly from 09:00 to 17:30 on weekdays, no daily limit: what earlier versions gave.
HOURLY = ReminderSettings(
    interval_minutes=60,
    periods=WeekPeriods.every_day(Period(time(9, 0), time(17, 30))),
    weekdays=frozenset(range(5)),
    daily_limit=0,
)


class FakeNotifier(Notifier):
    name = "fake"

    def __init__(self, works: bool = True) -> None:
        super().__init__()
        self.works = works
        self.shown: list[Notice] = []
        self.withdrawn = 0

    def show_notice(self, notice: Notice) -> bool:
        if self.works:
            self.shown.append(notice)
        return self.works

    def withdraw(self) -> None:
        self.withdrawn += 1


class WallClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def parts(qtbot):
    clock = WallClock(MONDAY_9)
    scheduler = Scheduler(lambda: HOURLY, LONDON, clock.now)
    notifier = FakeNotifier()
    window = ReminderWindow()
    qtbot.addWidget(window)
    controller = ReminderController(
        scheduler,
        [notifier],
        window,
        lambda reminder: Notice(
            "Missed" if reminder.missed else "Time for your back stretches", "3 gentle stretches"
        ),
        clock,
    )
    return clock, scheduler, notifier, window, controller


def test_the_timer_is_armed_for_the_next_reminder_only(parts):
    clock, _, notifier, _, controller = parts
    controller.arm()
    # Coarsely to shortly before the hour, even if that timer fires 5% late.
    assert not controller.precise
    assert 55 * 60_000 < controller.armed_for_ms * 1.05 < 60 * 60_000
    clock.now = MONDAY_9 + timedelta(minutes=30)
    controller.check()  # an early wake shows nothing
    assert notifier.shown == []


def test_a_due_reminder_goes_to_the_notifier_and_start_starts(parts, qtbot):
    clock, scheduler, notifier, _, controller = parts
    clock.now = MONDAY_9 + timedelta(hours=1)
    controller.check()
    assert [n.title for n in notifier.shown] == ["Time for your back stretches"]
    assert controller.shown_through == "fake"
    with qtbot.waitSignal(controller.start_requested):
        notifier.action.emit(Answer.START)
    assert notifier.withdrawn == 1
    assert scheduler.next_due(clock.now) == MONDAY_9 + timedelta(hours=2)


def test_snooze_from_the_notifier_brings_it_back_later(parts):
    clock, scheduler, notifier, _, controller = parts
    clock.now = MONDAY_9 + timedelta(hours=1)
    controller.check()
    notifier.action.emit(Answer.SNOOZE)
    assert scheduler.next_due(clock.now) == clock.now + timedelta(minutes=10)
    clock.now += timedelta(minutes=10)
    controller.check()
    assert len(notifier.shown) == 2


def test_without_a_working_notifier_the_window_shows_the_reminder(parts, qtbot):
    clock, scheduler, notifier, window, controller = parts
    notifier.works = False
    clock.now = MONDAY_9 + timedelta(hours=1)
    controller.check()
    assert window.isVisible() and controller.shown_through == "window"
    assert window.title.text() == "Time for your back stretches"
    window.skip_button.click()
    assert not window.isVisible()
    assert scheduler.next_due(clock.now) == MONDAY_9 + timedelta(hours=2)


def test_the_window_buttons_answer_the_reminder(parts, qtbot):
    clock, _, notifier, window, controller = parts
    notifier.works = False
    clock.now = MONDAY_9 + timedelta(hours=1)
    controller.check()
    with qtbot.waitSignal(controller.start_requested):
        window.start_button.click()


def test_clicking_the_notification_body_opens_the_app_and_keeps_the_choice(parts, qtbot):
    clock, _, notifier, window, controller = parts
    clock.now = MONDAY_9 + timedelta(hours=1)
    controller.check()
    with qtbot.waitSignal(controller.show_requested):
        notifier.action.emit(Answer.OPEN)
    assert not window.isVisible()  # no second reminder in the corner
    # The app, now open, takes the reminder in: the notice goes, the choice stays.
    withdrawn = notifier.withdrawn
    notice = controller.move_into_app()
    assert notice is not None and notice.title == "Time for your back stretches"
    assert notifier.withdrawn == withdrawn + 1 and not window.isVisible()
    with qtbot.waitSignal(controller.answered):
        controller.answer(Answer.SNOOZE)
    assert controller.move_into_app() is None  # answered: nothing left to take in


def test_the_corner_window_is_made_never_to_take_the_keyboard(parts, qtbot):
    """What the window asks of the desktop; that a real X server and a real Wayland
    compositor grant it is checked in tests/integration (the offscreen platform
    activates every window it shows)."""
    from PySide6.QtCore import Qt

    clock, _, notifier, window, controller = parts
    notifier.works = False
    clock.now = MONDAY_9 + timedelta(hours=1)
    controller.check()
    assert window.isVisible()
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    for button in (window.start_button, window.snooze_button, window.skip_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus and not button.isDefault()


def test_a_missed_reminder_says_so(parts):
    clock, _, notifier, _, controller = parts
    clock.now = MONDAY_9 + timedelta(hours=3, minutes=20)
    controller.check()
    assert len(notifier.shown) == 1 and notifier.shown[0].title.startswith("Missed")


def test_pause_and_resume_from_the_tray(parts, qtbot):
    _, scheduler, _, _, controller = parts
    tray = Tray(QIcon())
    tray.pause_requested.connect(controller.pause)
    tray.resume_requested.connect(controller.resume)
    tray.pause_actions[1].trigger()  # 1 hour
    assert scheduler.paused_until == MONDAY_9 + timedelta(hours=1)
    tray.pause_actions[2].trigger()  # until tomorrow
    assert scheduler.paused_until == datetime(2026, 11, 24, 0, 0, tzinfo=LONDON)
    tray.resume_action.trigger()
    assert scheduler.paused_until is None


def test_the_tray_menu_offers_the_usual_actions(qtbot):
    tray = Tray(QIcon())
    labels = [a.text() for a in tray.menu.actions() if a.text()]
    assert labels[:3] == ["Start routine now", "Open Backstretch", "No reminder planned"]
    assert "Settings…" in labels and "Quit" in labels
    with qtbot.waitSignal(tray.start_requested):
        tray.start_action.trigger()
    with qtbot.waitSignal(tray.quit_requested):
        tray.quit_action.trigger()
    tray.update_next("Next reminder at 10:00", paused=False)
    assert "10:00" in tray.icon.toolTip() and not tray.resume_action.isEnabled()


def test_the_next_reminder_in_words():
    now = MONDAY_9
    assert next_reminder(now + timedelta(hours=1), None, now) == "Next reminder at 10:00"
    assert next_reminder(now + timedelta(days=1), None, now) == "Next reminder at 09:00 tomorrow"
    assert next_reminder(None, now + timedelta(hours=2), now) == "Reminders paused until 11:00"


@pytest.fixture
def store(private_home):
    return settings_store(private_home)


REPORT = PresenceReport(
    idle=["GNOME's idle monitor", "logind's session lock"],
    do_not_disturb={Hold.SYSTEM: ["GNOME's Do Not Disturb"], Hold.CAMERA: ["cameras"]},
)


@pytest.fixture
def settings_dialog(qtbot, store):
    dialog = SettingsDialog(store, LIBRARY, tray_available=True, presence_report=REPORT)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def dialog(settings_dialog):
    return settings_dialog.reminders_tab


def test_settings_dialog_shows_and_changes_reminders(dialog, store, qtbot):
    assert dialog.interval.value() == 120 and dialog.interval_mode.isChecked()
    assert [box.isChecked() for box in dialog.days] == [True] * 7
    with qtbot.waitSignal(store.changed) as changed:
        dialog.interval.setValue(45)
    assert changed.args[0] is Section.REMINDERS and store.reminders.interval_minutes == 45
    dialog.days[5].setChecked(False)
    assert 5 not in store.reminders.weekdays


def test_settings_dialog_refuses_bad_input_with_a_message(dialog, store, qtbot):
    with qtbot.assertNotEmitted(store.changed):
        dialog.periods[0].setText("09:00-08:00")
        dialog.periods[0].editingFinished.emit()
    assert "not a period" in dialog.message.text()
    dialog.periods[0].setText("09:00-12:00")
    dialog.periods[0].editingFinished.emit()
    assert dialog.message.text() == ""
    dialog.fixed_times.setText("10:30, tea")
    with qtbot.assertNotEmitted(store.changed):
        dialog.fixed_mode.setChecked(True)
    assert "tea" in dialog.message.text()
    dialog.interval_mode.setChecked(True)  # the bad times no longer matter
    assert dialog.message.text() == ""
    for box in dialog.days[1:]:
        box.setChecked(False)
    with qtbot.assertNotEmitted(store.changed):
        dialog.days[0].setChecked(False)
    assert dialog.message.text() == "Choose at least one day."
    assert store.reminders.weekdays == frozenset({0})  # the last valid choice stands


def test_settings_persist_across_a_new_settings_object(dialog, private_home):
    dialog.snooze.setValue(15)
    dialog.fixed_times.setText("11:00, 16:15")
    dialog.fixed_mode.setChecked(True)
    again = Settings(private_home).load()
    assert again.reminders.mode is ReminderMode.FIXED and again.reminders.snooze_minutes == 15
    assert [t.strftime("%H:%M") for t in again.reminders.fixed_times] == ["11:00", "16:15"]


def test_reminder_settings_changed_in_the_app_survive_a_restart(make_application, private_home):
    app = make_application()
    app.open_settings()
    dialog = app._settings_dialog.reminders_tab
    dialog.snooze.setValue(15)
    dialog.fixed_times.setText("11:00, 16:15")
    dialog.fixed_mode.setChecked(True)
    saved = Settings(private_home).load().reminders
    assert saved.mode is ReminderMode.FIXED and saved.snooze_minutes == 15
    assert [t.strftime("%H:%M") for t in saved.fixed_times] == ["11:00", "16:15"]
    # The next start reads them back: its dialog and its schedule show them.
    again = make_application()
    again.open_settings()
    assert again._settings_dialog.reminders_tab.fixed_mode.isChecked()
    assert again._settings_dialog.reminders_tab.snooze.value() == 15
    assert again.reminders.scheduler.settings == saved


def test_start_up_options_are_offered(settings_dialog, store):
    settings_dialog.start_at_login.setChecked(True)
    assert store.general.start_at_login


def test_the_stretch_chooser_reorders_and_leaves_out(qtbot, store):
    from PySide6.QtCore import Qt

    from backstretch.ui.settings.stretch_chooser import StretchChooser

    chooser = StretchChooser(LIBRARY.exercises, store)
    qtbot.addWidget(chooser)
    assert chooser.ids() == ["bottom-to-heel", "knee-rolls", "back-extensions"]
    chooser.list.setCurrentRow(2)
    chooser.up.click()
    assert store.routine.order == ("bottom-to-heel", "back-extensions", "knee-rolls")
    chooser.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert store.routine.left_out == ("bottom-to-heel",)


# -- on time, and waiting for the moment ---------------------------------------------------


def test_a_reminder_shows_within_a_second_of_its_time(qtbot, monkeypatch):
    from backstretch.localtime import now
    from backstretch.ui.reminders import controller as module

    # The app's lead and shortest coarse wait, scaled down so the test takes seconds:
    # a coarse timer to shortly before the time, then a precise shot.
    monkeypatch.setattr(module, "PRECISE_ONLY", timedelta(seconds=2))
    monkeypatch.setattr(module, "PRECISE_LEAD", timedelta(seconds=1))

    scheduler = Scheduler(lambda: replace(HOURLY, enabled=True), LONDON, now(LONDON))
    due = now(LONDON) + timedelta(seconds=5)
    scheduler.remind_at(due)
    notifier = FakeNotifier()
    window = ReminderWindow()
    qtbot.addWidget(window)
    controller = ReminderController(
        scheduler, [notifier], window, lambda r: Notice("t", "b"), lambda: now(LONDON)
    )
    controller.arm()
    assert not controller.precise  # coarse first
    with qtbot.waitSignal(controller.shown, timeout=10_000):
        pass
    late = now(LONDON) - due
    assert timedelta(0) <= late < timedelta(seconds=1), late
    assert len(notifier.shown) == 1


def test_the_system_is_asked_only_when_a_reminder_is_due(parts):
    clock, _, notifier, _, controller = parts
    asked = []
    controller._look = lambda settings: asked.append(clock.now) or Presence()
    controller.arm()
    clock.now = MONDAY_9 + timedelta(minutes=30)
    controller.check()  # an early wake (the computer woke up): nothing due, nothing asked
    assert asked == []
    clock.now = MONDAY_9 + timedelta(hours=1)
    controller.check()
    assert asked == [clock.now] and len(notifier.shown) == 1


def test_a_reminder_waits_for_the_full_screen_window_and_the_tray_says_why(parts):
    clock, scheduler, notifier, _, controller = parts
    presence = {"now": Presence(busy=frozenset({Hold.FULL_SCREEN}))}
    controller._look = lambda settings: presence["now"]
    clock.now = MONDAY_9 + timedelta(hours=1)
    controller.check()
    assert notifier.shown == [] and scheduler.waiting.reason is Hold.FULL_SCREEN
    # While it waits, the system is asked again every few seconds, and only then.
    assert controller.precise and controller.armed_for_ms <= 10_001
    text = next_reminder(
        scheduler.next_reminder(clock.now), None, clock.now, waiting_for=scheduler.waiting.reason
    )
    assert text == "Waiting until your full-screen window closes"
    clock.now += timedelta(seconds=10)
    controller.check()
    assert notifier.shown == []
    presence["now"] = Presence(idle=timedelta(seconds=1))  # the call left full screen
    clock.now += timedelta(seconds=10)
    controller.check()
    assert [n.title for n in notifier.shown] == ["Time for your back stretches"]


def test_a_finished_routine_counts_towards_the_daily_limit(parts):
    clock, scheduler, _, _, controller = parts
    scheduler._settings = lambda: replace(HOURLY, daily_limit=1)
    clock.now = MONDAY_9 + timedelta(minutes=20)
    controller.routine_done()
    assert scheduler.limit_reached(clock.now)
    text = next_reminder(
        scheduler.next_reminder(clock.now), None, clock.now, routines_today=1, resting=True
    )
    assert (
        text
        == "You have done your stretches once today: well done. Next reminder at 10:00 tomorrow"
    )


def test_fixed_times_disable_the_interval_and_the_periods(dialog):
    assert dialog.interval.isEnabled() and dialog.periods[0].isEnabled()
    assert not dialog.fixed_times.isEnabled()
    dialog.fixed_mode.setChecked(True)
    assert not dialog.interval.isEnabled()
    assert not any(edit.isEnabled() for edit in dialog.periods)
    assert dialog.fixed_times.isEnabled() and all(box.isEnabled() for box in dialog.days)
    assert "do not apply" in dialog.periods_note.text()


def test_the_tab_shows_and_changes_periods_breaks_do_not_disturb_and_the_limit(dialog, store):
    assert dialog.periods[0].text() == "09:00–12:00, 13:00–17:30"
    assert dialog.daily_limit.value() == 2 and dialog.break_minutes.value() == 5
    assert dialog.daily_limit.minimum() == 0 and dialog.daily_limit.maximum() == 12
    dialog.periods[4].setText("09:00-13:00")
    dialog.periods[4].editingFinished.emit()
    assert [p.text() for p in store.reminders.periods.on(4)] == ["09:00–13:00"]
    assert store.reminders.periods.on(3) == store.reminders.periods.on(0)
    dialog.daily_limit.setValue(0)
    assert store.reminders.daily_limit == 0 and dialog.daily_limit.text() == "no limit"
    dialog.break_minutes.setValue(15)
    dialog.wait_for[Hold.CAMERA].setChecked(False)
    dialog.longest_wait.setValue(30)
    reminders = store.reminders
    assert reminders.break_minutes == 15 and not reminders.wait_for_camera
    assert reminders.longest_wait_minutes == 30
    dialog.natural_breaks.setChecked(False)
    assert not store.reminders.natural_breaks and not dialog.break_minutes.isEnabled()


def test_each_choice_is_explained_and_the_tab_says_what_this_system_can_tell(dialog):
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("rest until the next day" in text for text in texts)
    assert any("the interval starts again" in text for text in texts)
    assert any("never pile up" in text for text in texts)
    assert dialog.breaks_source.text() == (
        "Time away is noticed through GNOME's idle monitor and logind's session lock."
    )
    assert any("does not say which window is in front" in text for text in texts)
    assert dialog.wait_for[Hold.CAMERA].text() == "Wait while a camera is in use (a video call)"


def test_without_any_back_end_the_settings_say_why(qtbot, store):
    from backstretch.ui.settings.reminders_tab import RemindersTab

    tab = RemindersTab(store, tray_available=True, report=PresenceReport())
    qtbot.addWidget(tab)
    assert "reminders come at their times whatever you do" in tab.breaks_source.text()


def test_the_tray_says_why_a_reminder_waits(qtbot):
    tray = Tray(QIcon())
    tray.update_next(next_reminder(None, None, MONDAY_9, waiting_for=Hold.CAMERA), paused=False)
    assert "Waiting until your camera is no longer in use" in tray.icon.toolTip()
