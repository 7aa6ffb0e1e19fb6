"""The coaching screen, made to be read from a mat two metres away.

It only renders SessionState and forwards what the user asks for; the driver and the
pure machine decide what is current.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFontMetricsF,
    QGuiApplication,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from backstretch import theme, wording
from backstretch.content import Exercise, Library
from backstretch.session import Phase, SessionState, Step
from backstretch.ui.widgets.countdown_ring import CountdownRing
from backstretch.ui.widgets.figure_widget import FigureWidget
from backstretch.ui.widgets.pain_scale import PainScale
from backstretch.ui.widgets.routine_progress import RoutineProgress

DEFAULT_POINT_SIZE = 11.0  # desktop defaults are 9 to 11 pt; larger system fonts scale up
# The smallest window the screen is laid out for: a 1024x600 netbook screen, less a panel
# and a title bar. Below this the type would have to shrink past reading from a mat.
SMALLEST = QSize(900, 500)
SMALLEST_SCALE = 0.45

INSTRUCTION_LINES = 2  # the instruction keeps room for two lines at least

# The next stretch's figure is worked out this long after a stretch's first phase is
# shown: that phase has painted, and the next phase change is still far off.
PREPARE_NEXT_AFTER_MS = 100


class SessionView(QWidget):
    back_requested = Signal()
    pause_requested = Signal()
    skip_requested = Signal()
    skip_exercise_requested = Signal()
    stop_requested = Signal()
    fullscreen_requested = Signal()
    sound_toggled = Signal(bool)  # True: sound on
    volume_changed = Signal(int)  # percent

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("sessionView")
        self._dark = False
        self._order: tuple[str, ...] = ()
        self._plan_total = 0.0
        self._phase_text = ""  # the phase's name, shown again on resuming
        self._prepared = -1  # the last stretch of the plan whose figure is worked out
        self._scheduled = -1  # the last one whose working out is on its way
        self._paused = False
        self.sound_problem: str | None = None  # why no sound can play, if it cannot
        # The sizes are fitted with room for the longest caution, so the type keeps its
        # size when a caution comes and goes.
        self._longest_caution = max(
            (wording.cautions(e.cautions) for e in library.exercises if e.cautions),
            key=len,
            default="",
        )
        # And with room for the longest instruction, so the figure keeps its size from
        # phase to phase even in a language whose sentences run long.
        self._longest_instruction = max(
            (text for e in library.exercises for text in e.instructions.values()),
            key=len,
            default="",
        )

        self.exercise_title = QLabel()
        self.exercise_title.setObjectName("exerciseTitle")
        self.routine_position = QLabel()
        self.routine_position.setObjectName("routinePosition")
        self.progress = RoutineProgress()
        self.time_left = QLabel()
        self.time_left.setObjectName("timeLeft")

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.exercise_title)
        titles.addWidget(self.routine_position)
        top.addLayout(titles, 1)
        top.addWidget(
            self.time_left, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )

        self.figure = FigureWidget(self)
        self.figure.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.phase_label = QLabel()
        self.phase_label.setObjectName("phaseName")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = CountdownRing()
        self.repetition_label = QLabel()
        self.repetition_label.setObjectName("repetition")
        self.repetition_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side_panel = QVBoxLayout()
        side_panel.addWidget(self.phase_label)
        side_panel.addWidget(self.ring, 1)
        side_panel.addWidget(self.repetition_label)

        middle = QHBoxLayout()
        middle.addWidget(self.figure, 3)
        middle.addLayout(side_panel, 2)

        self.instruction = QLabel()
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caution = QLabel()
        self.caution.setObjectName("sessionCaution")
        self.caution.setWordWrap(True)
        self.caution.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Beside the caution: one of the stretch's tips while there is time to read it.
        self.tip = QLabel()
        self.tip.setObjectName("sessionTip")
        self.tip.setWordWrap(True)
        self.tip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tip.hide()
        notes = QHBoxLayout()
        notes.addWidget(self.caution, 1)
        notes.addWidget(self.tip, 1)
        self.up_next = QLabel()
        self.up_next.setObjectName("upNext")
        self.up_next.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.up_next.setWordWrap(False)  # one short line: it keeps its height when space is tight
        # Offered in the up-next line's place before the first stretch, when the routine
        # began without one (from a reminder, the tray or the command line).
        self.pain_before = PainScale(self.tr("How is your back right now? (optional)"))
        self.pain_before.hide()
        self._asking_before = False

        self.back_button = self._button(
            self.tr("◀  Back"), self.tr("Back (Left arrow)"), self.back_requested
        )
        self.pause_button = self._button(
            self.tr("❚❚  Pause"), self.tr("Pause (Space)"), self.pause_requested
        )
        self.skip_button = self._button(
            self.tr("Skip  ▶"), self.tr("Skip phase (Right arrow)"), self.skip_requested
        )
        self.skip_exercise_button = self._button(
            self.tr("Next stretch  ▶▶"),
            self.tr("Skip to the next stretch"),
            self.skip_exercise_requested,
        )
        self.stop_button = self._button(
            self.tr("■  Stop"), self.tr("Stop the routine (Escape)"), self.stop_requested
        )
        self.fullscreen_button = self._button(
            self.tr("Full screen"), self.tr("Full screen (F11)"), self.fullscreen_requested
        )
        self.sound_button = QPushButton()
        self.sound_button.setCheckable(True)
        self.sound_button.setMinimumHeight(44)
        self.sound_button.toggled.connect(self._on_sound_toggled)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setTracking(False)  # one change (and one save) per drag, not per pixel
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setFixedWidth(120)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setToolTip(self.tr("Volume of the sound cues"))
        self.volume.valueChanged.connect(self.volume_changed)
        self._show_sound_state(True)

        controls = QHBoxLayout()
        controls.addStretch(1)
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.skip_exercise_button,
            self.stop_button,
            self.fullscreen_button,
        ):
            controls.addWidget(button)
        controls.addSpacing(16)
        controls.addWidget(self.sound_button)
        controls.addWidget(self.volume)
        controls.addStretch(1)

        # Text never widens the screen: it is sized to the window, not the window to it
        # (else the window could not shrink again after full screen).
        for label in (self.exercise_title, self.routine_position, self.up_next):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.controls = controls
        self.main_layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instruction)
        layout.addLayout(notes)
        layout.addWidget(self.up_next)
        layout.addWidget(self.pain_before, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(controls)
        self._apply_sizes()

    def _button(self, text: str, tooltip: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(tooltip)
        button.setMinimumHeight(44)
        button.clicked.connect(signal)
        return button

    # -- sound -------------------------------------------------------------------

    def set_guidance(self, sound: bool, volume: int, reduced_motion: bool) -> None:
        """Show the stored choices without echoing them back as changes."""
        for widget in (self.sound_button, self.volume):
            widget.blockSignals(True)
        self.sound_button.setChecked(sound)
        self.volume.setValue(volume)
        for widget in (self.sound_button, self.volume):
            widget.blockSignals(False)
        self._show_sound_state(sound)
        self.figure.set_reduced_motion(reduced_motion)

    def toggle_sound(self) -> None:
        if self.sound_problem is None:
            self.sound_button.toggle()

    def _on_sound_toggled(self, on: bool) -> None:
        self._show_sound_state(on)
        self.sound_toggled.emit(on)

    def set_sound_problem(self, reason: str | None) -> None:
        """Where no sound can play (no audio device, no sound files), the session says
        so, as the settings do, instead of offering a switch and a slider that do
        nothing."""
        self.sound_problem = reason
        self._show_sound_state(self.sound_button.isChecked())

    def _show_sound_state(self, on: bool) -> None:
        if self.sound_problem is not None:
            self.sound_button.setText(self.tr("♪  Sound unavailable"))
            self.sound_button.setToolTip(self.sound_problem)
            self.sound_button.setAccessibleName(
                self.tr("Sound unavailable: {reason}").format(reason=self.sound_problem)
            )
            self.sound_button.setEnabled(False)
            self.volume.setEnabled(False)
            return
        self.sound_button.setEnabled(True)
        self.sound_button.setText(self.tr("♪  Sound on") if on else self.tr("♪  Sound off"))
        name = (
            self.tr("Sound cues on (M to mute)") if on else self.tr("Sound cues off (M to turn on)")
        )
        self.sound_button.setToolTip(name)
        self.sound_button.setAccessibleName(name)
        self.volume.setEnabled(on)

    # -- what the driver tells us -------------------------------------------------

    def show_phase(self, state: SessionState) -> None:
        """A new step began: update everything that only changes per step."""
        step = state.step
        if step is None:
            return
        exercise = self.library.by_id(step.exercise_id)
        colour = theme.phase_colour(step.phase, self._dark)

        self.exercise_title.setText(exercise.title)
        self.routine_position.setText(
            wording.stretch_position(step.exercise_index, len(self._order))
        )
        self._phase_text = wording.phase_title(step.phase)
        self.phase_label.setText(self.tr("PAUSED") if self._paused else self._phase_text)
        # A palette change, not a style sheet: re-polishing on every phase costs
        # milliseconds just when the change should show at once.
        palette = self.phase_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.phase_label.setPalette(palette)
        self.ring.set_colour(colour)
        self.repetition_label.setText(wording.position(step))

        text = self._instruction(exercise, step)
        self.instruction.setText(text)
        self.figure.set_spec(exercise.figure)
        self.figure.set_description(text)
        self._show_cautions(exercise, step)
        tip = wording.tip(exercise.tips, step)
        self.tip.setText(tip)
        self.tip.setVisible(bool(tip))
        self.up_next.setText(self._up_next(state))
        self._show_pain_question(step)
        self.show_frame(state)
        self._announce(wording.announcement(step, text))
        self._prepare_next(step.exercise_index)

    def _announce(self, message: str) -> None:
        """Tell a screen reader about the new phase, without moving its focus."""
        self.phase_label.setAccessibleDescription(message)
        event = QAccessibleAnnouncementEvent(self.phase_label, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    def show_frame(self, state: SessionState) -> None:
        step = state.step
        if step is None:
            return
        self.ring.set_time(state.remaining, step.duration)
        self.ring.set_paused(state.paused)
        self.figure.set_phase(step.phase, state.progress, step.side)
        self.progress.set_fraction(state.routine_progress)
        left = (1.0 - state.routine_progress) * self._plan_total
        self.time_left.setText(wording.time_left(left))

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self.pause_button.setText(self.tr("▶  Resume") if paused else self.tr("❚❚  Pause"))
        self.pause_button.setAccessibleName(
            self.tr("Resume (Space)") if paused else self.tr("Pause (Space)")
        )
        self.ring.set_paused(paused)
        # Said in the largest type on screen: from the mat, a still figure alone could
        # be a hold.
        self.phase_label.setText(self.tr("PAUSED") if paused else self._phase_text)
        if paused:
            self._announce(self.tr("Paused. Press Space to go on."))

    def set_full_screen(self, full: bool) -> None:
        self.fullscreen_button.setText(
            self.tr("Leave full screen") if full else self.tr("Full screen")
        )
        name = (
            self.tr("Leave full screen (F11 or Escape)") if full else self.tr("Full screen (F11)")
        )
        self.fullscreen_button.setToolTip(name)
        self.fullscreen_button.setAccessibleName(name)

    def set_plan(self, exercise_ids: tuple[str, ...], total: float) -> None:
        self._order = exercise_ids
        self._plan_total = total
        # Before the routine's clock starts: the first phase then shows at once.
        self._prepared = self._scheduled = -1
        self._prepare(0)
        self.set_paused(False)
        self._asking_before = False
        self.pain_before.clear()
        self.pain_before.hide()
        self.up_next.show()

    def ask_pain_before(self) -> None:
        """This routine began without a "before" rating: offer it until the first
        stretch."""
        self._asking_before = True

    def _show_pain_question(self, step: Step) -> None:
        if self._asking_before and step.phase in (Phase.NEXT, Phase.GET_READY):
            self.up_next.hide()
            self.pain_before.show()
            return
        self._asking_before = False  # the first stretch began: the moment has passed
        self.pain_before.hide()
        self.up_next.show()

    # -- the figure, worked out ahead ----------------------------------------------

    def _prepare(self, position: int) -> None:
        """Work out the figure of the plan's stretch at `position` (its camera box,
        poses and arrows) ahead of its first phase. Left to that phase, it is done as
        the phase changes, since the layout asks the figure's shape at once: 6-8 ms on
        an idle CPU, two or three times that on a busy one."""
        if position >= len(self._order) or position <= self._prepared:
            return
        # Here, not at the top: the first screen does without the figure engine.
        from backstretch.figure.render import prepare

        self._prepared = position
        prepare(self.library.by_id(self._order[position]).figure)

    def _prepare_next(self, position: int) -> None:
        """Once a stretch's first phase has shown, the next stretch's figure is worked
        out in the quiet that follows."""
        following = position + 1
        if following >= len(self._order) or following <= self._scheduled:
            return
        self._scheduled = following
        order = self._order
        QTimer.singleShot(
            PREPARE_NEXT_AFTER_MS,
            self,
            lambda: self._prepare(following) if self._order is order else None,
        )

    # -- wording -------------------------------------------------------------------

    def _instruction(self, exercise: Exercise, step: Step) -> str:
        if step.phase is Phase.NEXT:
            return wording.next_exercise(exercise.title, exercise.starting_summary)
        return exercise.instruction(step.phase, wording.side_name(step.side) if step.side else None)

    def _show_cautions(self, exercise: Exercise, step: Step) -> None:
        # Cautions matter most before the first repetition, while there is time to act.
        if step.phase in (Phase.NEXT, Phase.GET_READY) and exercise.cautions:
            self.caution.setText(wording.cautions(exercise.cautions))
            self.caution.show()
        else:
            self.caution.hide()

    def _up_next(self, state: SessionState) -> str:
        return wording.then(
            state.next_step, state.step, lambda exercise_id: self.library.by_id(exercise_id).title
        )

    # -- sizes that follow the window ------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_sizes()  # picks up a system font changed while the view was hidden

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def minimumSizeHint(self) -> QSize:
        # The type follows the window (see _apply_sizes), so the window never has to
        # follow the type.
        return SMALLEST

    def _apply_sizes(self) -> None:
        # One scale for all type, from the smaller of the two window proportions, so the
        # text grows in full screen and still fits a small window.
        scale = max(SMALLEST_SCALE, min(self.width() / 1200, self.height() / 760))
        # A larger system font (a low-vision setting) makes everything larger still.
        scale *= max(1.0, QGuiApplication.font().pointSizeF() / DEFAULT_POINT_SIZE)
        # Then smaller, step by step, until every control and line fits the window:
        # nothing may fall off the bottom of a small screen.
        self._set_fonts(scale)
        while scale > SMALLEST_SCALE and not self._fits():
            scale = max(SMALLEST_SCALE, scale * 0.92)
            self._set_fonts(scale)

    def _set_fonts(self, scale: float) -> None:
        self.exercise_title.setFont(theme.font(34 * scale, bold=True))
        self.routine_position.setFont(theme.font(18 * scale))
        self.time_left.setFont(theme.font(22 * scale))
        self.phase_label.setFont(theme.font(72 * scale, bold=True))
        self.repetition_label.setFont(theme.font(30 * scale, bold=True))
        self.instruction.setFont(theme.font(34 * scale))
        self.caution.setFont(theme.font(22 * scale, bold=True))
        self.tip.setFont(theme.font(22 * scale))
        self.up_next.setFont(theme.font(20 * scale))
        button_font = theme.font(max(11, 17 * scale))
        for button in self.findChildren(QPushButton):
            button.setFont(button_font)
        self.progress.setFixedHeight(max(8, round(12 * scale)))
        metrics = QFontMetricsF(self.instruction.font())
        margins = self.main_layout.contentsMargins()
        width = max(100, self.width() - margins.left() - margins.right())
        longest = metrics.boundingRect(
            QRectF(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, self._longest_instruction
        )
        lines = max(metrics.lineSpacing() * INSTRUCTION_LINES, longest.height())
        self.instruction.setFixedHeight(round(lines) + 4)

    def _fits(self) -> bool:
        """Whether the controls and every line fit the window, with the ring at its
        smallest; the figure takes whatever height is left."""
        layout = self.main_layout
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        self.controls.invalidate()  # it keeps the sizes of the fonts before
        if self.controls.minimumSize().width() > width:
            return False
        spacing = layout.spacing()
        rows: list[int] = [
            max(
                self.exercise_title.sizeHint().height() + self.routine_position.sizeHint().height(),
                self.time_left.sizeHint().height(),
            ),
            self.progress.height(),
            self.instruction.height(),
            max(self.up_next.sizeHint().height(), self.pain_before.sizeHint().height()),
            self.controls.minimumSize().height(),
            self.phase_label.sizeHint().height()
            + self.ring.minimumHeight()
            + self.repetition_label.sizeHint().height(),
        ]
        if self._longest_caution:
            metrics = QFontMetricsF(self.caution.font())
            box = metrics.boundingRect(
                QRectF(0, 0, width - 16, 10_000), Qt.TextFlag.TextWordWrap, self._longest_caution
            )
            rows.append(round(box.height()) + 20)  # with the padding of its style
        needed = sum(rows) + spacing * (len(rows) + 2) + margins.top() + margins.bottom()
        return needed <= self.height()

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self.figure.set_dark(dark)
        for label, (background, ink) in (
            (self.caution, theme.caution_colours(dark)),
            (self.tip, theme.tip_colours(dark)),
        ):
            label.setStyleSheet(
                f"background:{background}; color:{ink}; border-radius:10px; padding:8px;"
            )
