"""The main window: library, session and summary screens, and the keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QSize, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from backstretch import APP_NAME, theme, wording
from backstretch.clock import Clock
from backstretch.content import Exercise, Library
from backstretch.paths import assets_dir
from backstretch.routine import choose_exercises, plan_routine
from backstretch.session import SessionState, Summary
from backstretch.settings import Section
from backstretch.ui.library.view import LibraryView
from backstretch.ui.session.driver import SessionDriver
from backstretch.ui.settings_store import SettingsStore

if TYPE_CHECKING:
    from backstretch.ui.progress.view import ProgressView
    from backstretch.ui.reminders.window import ReminderOffer
    from backstretch.ui.session.guide import Guide
    from backstretch.ui.session.summary import SummaryView
    from backstretch.ui.session.view import SessionView


PLANNED_SIZE = QSize(1280, 800)
FRAME_ALLOWANCE = QMargins(8, 36, 8, 8)  # a title bar and borders around the window


def first_size(available: QSize) -> QSize:
    """The window's first size on a screen with `available` room (panels left out)."""
    return PLANNED_SIZE.boundedTo(available.shrunkBy(FRAME_ALLOWANCE))


class MainWindow(QMainWindow):
    routine_ended = Signal(object)  # Summary
    settings_requested = Signal()
    progress_requested = Signal()
    closed_to_background = Signal()  # the window closed, Backstretch runs on
    quit_requested = Signal()  # Quit in the window, or Ctrl+Q
    session_started = Signal(object)  # the Plan, just before its first phase
    # Forwarded from screens that are built on first use, so others can connect early.
    pain_after_rated = Signal(object)  # int | None, from the summary screen
    pain_before_rated = Signal(object)  # int | None, from the session, once it began
    export_requested = Signal()  # from the progress screen
    sheet_requested = Signal()  # from the progress screen
    reminder_answered = Signal(object)  # an Answer, from the reminder offered in the window
    # Set by the application: asked when a person closes the window, True to keep
    # Backstretch running (to the tray, or in the background) rather than quit.
    keeps_running: Callable[[], bool] | None = None

    def __init__(
        self,
        library: Library,
        store: SettingsStore,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.store = store
        self.setWindowTitle(APP_NAME)
        self.fit_to_screen()

        self.driver = SessionDriver(clock, self)
        self.library_view = LibraryView(library, store)
        # Only the library is built before the first frame; the other screens are
        # built the first time they are shown (see the properties below).
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        central = QWidget()
        self._central = QVBoxLayout(central)
        self._central.setContentsMargins(0, 0, 0, 0)
        self._central.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.library_view.start_routine.connect(self.start_routine)
        self.library_view.start_exercise.connect(self.start_exercise)
        self.library_view.settings_requested.connect(self.settings_requested)
        self.library_view.progress_requested.connect(self.progress_requested)
        self.library_view.quit_requested.connect(self.quit_requested)
        store.changed.connect(self._on_settings_changed)
        store.problem.connect(self.show_problem)
        self.driver.ended.connect(self._on_ended)
        # Connected first, so the screen changes before anyone else hears of a phase
        # (the history, the sounds, the phase log); the screen itself is built later.
        self.driver.phase_changed.connect(lambda state: self.session_view.show_phase(state))
        self.driver.frame.connect(lambda state: self.session_view.show_frame(state))
        self.driver.paused_changed.connect(lambda paused: self.session_view.set_paused(paused))
        self.guide: Guide | None = None  # made on the first session: sound costs start-up

        self._shortcuts: dict[str, QShortcut] = {}
        for name, key, slot in (
            ("pause", "Space", self.driver.toggle_pause),
            ("skip", "Right", self.driver.skip),
            ("back", "Left", self.driver.back),
            ("stop", "Escape", self._escape),
            ("fullscreen", "F11", self.toggle_full_screen),
            ("mute", "M", lambda: self.session_view.toggle_sound()),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
            self._shortcuts[name] = shortcut
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        quit_shortcut.activated.connect(self.quit_requested)
        self._set_session_shortcuts(False)

        self._apply_theme()
        self.library_view.start_button.setFocus()  # the first thing to do, for keyboards too
        problems = [wording.skipped_content(str(problem)) for problem in library.problems]
        self.library_view.show_problems(problems + store.load_problems)

    def fit_to_screen(self) -> None:
        """The first size: as planned where the screen has room, else what the screen
        has room for (the title bar and panels are not the window's to take)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(PLANNED_SIZE)
            return
        area = screen.availableGeometry()
        self.resize(first_size(area.size()))
        # Centred where the desktop lets a window choose (Wayland does not: the
        # compositor places it).
        self.move(area.center() - self.rect().center())

    # -- screens ---------------------------------------------------------------------

    @cached_property
    def session_view(self) -> SessionView:
        from backstretch.ui.session.view import SessionView

        view = SessionView(self.library)
        self.stack.addWidget(view)
        view.back_requested.connect(self.driver.back)
        view.pause_requested.connect(self.driver.toggle_pause)
        view.skip_requested.connect(self.driver.skip)
        view.skip_exercise_requested.connect(self.driver.skip_exercise)
        view.stop_requested.connect(self.driver.stop)
        view.fullscreen_requested.connect(self.toggle_full_screen)
        view.pain_before.rated.connect(self.pain_before_rated)
        view.sound_toggled.connect(lambda on: self.store.update(Section.GUIDANCE, sound=on))
        view.volume_changed.connect(
            lambda percent: self.store.update(Section.GUIDANCE, volume=percent)
        )
        self._show_guidance(view)
        view.set_dark(theme.is_dark(self))
        return view

    @cached_property
    def reminder_offer(self) -> ReminderOffer:
        """A reminder's choice at the top of the window, once the window was opened
        for it (built on first use)."""
        from backstretch.ui.reminders.window import ReminderOffer

        offer = ReminderOffer()
        self._central.insertWidget(0, offer)
        offer.action.connect(self.reminder_answered)
        return offer

    def withdraw_reminder_offer(self) -> None:
        if self._built("reminder_offer"):
            self.reminder_offer.hide()

    @cached_property
    def summary_view(self) -> SummaryView:
        from backstretch.ui.session.summary import SummaryView

        view = SummaryView(self.library)
        self.stack.addWidget(view)
        view.done.connect(self.show_library)
        view.pain_after.rated.connect(self.pain_after_rated)
        return view

    @cached_property
    def progress_view(self) -> ProgressView:
        from backstretch.ui.progress.view import ProgressView

        view = ProgressView()
        self.stack.addWidget(view)
        view.done.connect(self.show_library)
        view.export_requested.connect(self.export_requested)
        view.sheet_requested.connect(self.sheet_requested)
        return view

    def _built(self, name: str) -> bool:
        return name in self.__dict__

    def show_library(self) -> None:
        self.stack.setCurrentWidget(self.library_view)
        self._set_session_shortcuts(False)
        self.library_view.start_button.setFocus()  # Enter or Space starts the routine
        if self.isFullScreen():
            self.showNormal()

    def show_progress_screen(self) -> ProgressView:
        self.stack.setCurrentWidget(self.progress_view)
        return self.progress_view

    def show_reminder_status(self, text: str) -> None:
        """The line about the next reminder (or why it waits), under the Start button."""
        label = self.library_view.reminder_status
        label.setText(text)
        label.setVisible(bool(text))

    def show_problem(self, message: str) -> None:
        """A problem for the user, added to those already shown on the home screen."""
        self.library_view.add_problems([message])

    def take_pain_before(self) -> int | None:
        """The "before" rating given on the home screen; it belongs to one routine.
        Without one, the session offers the question before its first stretch."""
        rating = self.library_view.pain_before.value()
        self.library_view.pain_before.clear()
        if rating is None:
            self.session_view.ask_pain_before()
        return rating

    def start_routine(self) -> None:
        self._start(choose_exercises(self.library.exercises, self.store.routine))

    def start_exercise(self, exercise_id: str) -> None:
        self._start([self.library.by_id(exercise_id)])

    def _start(self, exercises: Sequence[Exercise]) -> None:
        if not exercises:
            return
        plan = plan_routine(exercises, self.store.routine)
        self.session_view.set_plan(plan.exercise_ids, plan.total)
        self.stack.setCurrentWidget(self.session_view)
        self._set_session_shortcuts(True)
        self.driver.set_animating(self.isVisible() and not self.isMinimized())
        self.session_view.set_sound_problem(self.ensure_guide().sounds.unavailable_reason)
        self.session_view.set_full_screen(self.isFullScreen())
        self.session_started.emit(plan)
        self.driver.start(plan)
        self.session_view.setFocus()

    def _on_ended(self, summary: Summary) -> None:
        self.summary_view.show_summary(summary)
        self.stack.setCurrentWidget(self.summary_view)
        self._set_session_shortcuts(False)
        self.routine_ended.emit(summary)

    def current_state(self) -> SessionState | None:
        return self.driver.state()

    # -- keyboard and window ---------------------------------------------------------------

    def _set_session_shortcuts(self, enabled: bool) -> None:
        for name in ("pause", "skip", "back", "mute"):
            self._shortcuts[name].setEnabled(enabled)

    def _escape(self) -> None:
        if self.driver.running:
            self.ask_to_stop()
        elif self.isFullScreen():
            self.showNormal()

    def ask_to_stop(self) -> None:
        """Esc is easy to press by accident: it pauses and asks, and one more key
        (Enter) stops, while Esc again goes on as before."""
        from PySide6.QtWidgets import QMessageBox  # built when first asked

        state = self.driver.state()
        was_paused = state is not None and state.paused
        self.driver.pause()
        box = QMessageBox(self)
        box.setObjectName("stopQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop the routine?"))
        box.setText(self.tr("Stop the routine? What you have done so far is kept."))
        stop = box.addButton(self.tr("Stop routine"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is stop:
            self.driver.stop()
        elif not was_paused and self.driver.running:
            self.driver.resume()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- guidance by ear ------------------------------------------------------------------

    def ensure_guide(self) -> Guide:
        if self.guide is None:
            from backstretch.platform.sound import SoundCues
            from backstretch.platform.speech import Voice
            from backstretch.ui.session.guide import Guide

            sounds = SoundCues(assets_dir() / "sounds", self)
            self.guide = Guide(self.driver, self.library, sounds, Voice.shared(), self.store, self)
        return self.guide

    def _on_settings_changed(self, section: Section, _before: object) -> None:
        if section is Section.GUIDANCE and self._built("session_view"):
            self._show_guidance(self.session_view)

    def _show_guidance(self, view: SessionView) -> None:
        options = self.store.guidance
        view.set_guidance(options.sound, options.volume, options.reduced_motion)

    def _apply_theme(self) -> None:
        dark = theme.is_dark(self)
        if self._built("session_view"):
            self.session_view.set_dark(dark)
        for card in self.library_view.cards:
            card.apply_theme()

    # -- Qt events ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.driver.set_animating(self.isVisible() and not self.isMinimized())
            if self._built("session_view"):
                self.session_view.set_full_screen(self.isFullScreen())
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.driver.set_animating(not self.isMinimized())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.driver.set_animating(False)

    def confirm_quit(self) -> bool:
        """Whether to quit now: asked only in the middle of a routine, with No first (a
        stray Enter keeps the routine)."""
        from PySide6.QtWidgets import QMessageBox  # built when first asked

        state = self.driver.state()
        if not self.driver.running or state is None or state.step is None:
            return True
        was_paused = state.paused
        self.driver.pause()  # the routine waits while the question is open
        title = self.library.by_id(state.step.exercise_id).title
        answer = QMessageBox.question(
            self,
            self.tr("Quit {app}?").format(app=APP_NAME),
            wording.quit_during_routine(title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            if not was_paused:
                self.driver.resume()
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        by_a_person = self.isVisible()  # not a close from shutdown()
        if by_a_person and self.keeps_running is not None and self.keeps_running():
            event.ignore()
            self.driver.pause()  # a session left behind waits for the user
            self.hide()
            self.closed_to_background.emit()
            return
        if by_a_person and self.keeps_running is not None and not self.confirm_quit():
            event.ignore()
            return
        self.driver.stop()
        super().closeEvent(event)
