"""The home screen: the routine's stretches as cards, its options, and Start."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backstretch import theme
from backstretch.content import Library
from backstretch.routine import RoutineOptions, choose_exercises, plan_routine, timing_for
from backstretch.ui.library.card import ExerciseCard
from backstretch.ui.widgets.pain_scale import PainScale


def describe_duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    return "under a minute" if minutes < 1 else f"about {minutes} minute{'s' * (minutes != 1)}"


class RoutineOptionsPanel(QGroupBox):
    """Spin boxes for the routine options; 'Recommended' leaves it to each stretch."""

    changed = Signal(object)  # RoutineOptions

    def __init__(
        self, options: RoutineOptions, rep_range: tuple[int, int], parent: QWidget | None = None
    ) -> None:
        super().__init__("Routine options", parent)
        self._loading = False
        self.repetitions = self._spin(rep_range[0] - 1, rep_range[1], "Recommended", " times")
        self.hold = self._spin(0, 60, "Recommended", " s")
        self.rest = self._spin(0, 60, "Recommended", " s")
        self.lead_in = self._spin(0, 60, "None", " s")
        form = QFormLayout(self)
        form.addRow("Repetitions", self.repetitions)
        form.addRow("Hold each stretch", self.hold)
        form.addRow("Rest between repetitions", self.rest)
        form.addRow("Time to get ready", self.lead_in)
        for label, spin in (
            ("Repetitions", self.repetitions),
            ("Hold seconds", self.hold),
            ("Rest seconds", self.rest),
            ("Get ready seconds", self.lead_in),
        ):
            spin.setAccessibleName(label)
        self.set_options(options)
        for spin in (self.repetitions, self.hold, self.rest, self.lead_in):
            spin.valueChanged.connect(self._emit)

    @staticmethod
    def _spin(low: int, high: int, special: str, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSpecialValueText(special)  # shown at the minimum value
        spin.setSuffix(suffix)
        return spin

    def set_options(self, options: RoutineOptions) -> None:
        self._options = options
        self.repetitions.setValue(options.repetitions or self.repetitions.minimum())
        self.hold.setValue(round(options.hold_seconds or 0))
        self.rest.setValue(round(options.rest_seconds or 0))
        self.lead_in.setValue(round(options.lead_in_seconds))

    def options(self) -> RoutineOptions:
        def chosen(spin: QSpinBox) -> int | None:
            return None if spin.value() == spin.minimum() else spin.value()

        hold, rest = chosen(self.hold), chosen(self.rest)
        return replace(
            self._options,
            repetitions=chosen(self.repetitions),
            hold_seconds=float(hold) if hold is not None else None,
            rest_seconds=float(rest) if rest is not None else None,
            lead_in_seconds=float(self.lead_in.value()),
        )

    def apply(self, options: RoutineOptions) -> None:
        """Show `options` and announce them if they differ from what was shown."""
        before = self._options
        self._loading = True
        self.set_options(options)
        self._loading = False
        if options != before:
            self.changed.emit(options)

    def _emit(self) -> None:
        if self._loading:
            return
        self._options = self.options()
        self.changed.emit(self._options)


class LibraryView(QWidget):
    start_routine = Signal()
    start_exercise = Signal(str)
    options_changed = Signal(object)  # RoutineOptions
    settings_requested = Signal()
    progress_requested = Signal()

    def __init__(
        self, library: Library, options: RoutineOptions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("libraryView")

        title = QLabel("Back stretches")
        title.setFont(theme.font(34, bold=True))
        intro = QLabel(library.routine.intro)
        intro.setWordWrap(True)
        intro.setFont(theme.font(16))
        tips = QLabel(" ".join(f"• {html.escape(tip)}" for tip in library.routine.general_tips))
        tips.setWordWrap(True)
        tips.setObjectName("generalTips")

        self.start_button = QPushButton("▶  Start routine")
        self.start_button.setObjectName("startRoutine")
        self.start_button.setFont(theme.font(22, bold=True))
        self.start_button.setMinimumHeight(56)
        self.start_button.setDefault(True)
        self.start_button.setEnabled(bool(library.exercises))
        self.start_button.clicked.connect(self.start_routine)
        self.duration = QLabel()
        self.duration.setObjectName("routineDuration")
        self.duration.setAlignment(Qt.AlignmentFlag.AlignCenter)

        reps = [e.repetitions for e in library.exercises]
        rep_range = (
            min((r.minimum for r in reps), default=8),
            max((r.maximum for r in reps), default=10),
        )
        self.options_panel = RoutineOptionsPanel(options, rep_range)
        self.options_panel.changed.connect(self._on_options)

        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(intro)
        header_text.addWidget(tips)
        self.settings_button = QPushButton("Reminders and settings…")
        self.settings_button.setObjectName("openSettings")
        self.settings_button.clicked.connect(self.settings_requested)
        start_box = QVBoxLayout()
        start_box.addWidget(self.start_button)
        start_box.addWidget(self.duration)
        start_box.addWidget(self.settings_button)
        self.progress_button = QPushButton("Your progress…")
        self.progress_button.setObjectName("openProgress")
        self.progress_button.clicked.connect(self.progress_requested)
        start_box.addWidget(self.progress_button)
        start_box.addStretch(1)
        header = QHBoxLayout()
        header.addLayout(header_text, 3)
        header.addWidget(self.options_panel, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(start_box, 1)

        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self._problem_messages: list[str] = []

        self.cards: list[ExerciseCard] = []
        cards_row = QHBoxLayout()
        cards_row.setSpacing(16)
        for exercise in library.exercises:
            card = ExerciseCard(exercise)
            card.start_requested.connect(self.start_exercise)
            self.cards.append(card)
            cards_row.addWidget(card, 1)
        if not self.cards:
            empty = QLabel("No stretches could be loaded. See the message above.")
            cards_row.addWidget(empty)
        cards_holder = QWidget()
        cards_holder.setLayout(cards_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(cards_holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(header)
        # Optional: a number before and after lets the progress view show the trend.
        self.pain_before = PainScale("How is your back right now? (optional)")
        layout.addWidget(self.pain_before)
        layout.addWidget(self.problems)
        layout.addWidget(scroll, 1)
        self._on_options(options, save=False)

    def show_problems(self, messages: list[str]) -> None:
        self._problem_messages = list(messages)
        if not messages:
            self.problems.hide()
            return
        dark = theme.is_dark(self)
        background, ink = theme.caution_colours(dark)
        self.problems.setStyleSheet(
            f"background:{background}; color:{ink}; border-radius:8px; padding:10px;"
        )
        self.problems.setText("<br>".join(html.escape(m) for m in messages))
        self.problems.show()

    def add_problems(self, messages: list[str]) -> None:
        """Add to what is shown (a later problem must not hide an earlier one)."""
        self.show_problems([*self._problem_messages, *messages])

    def _on_options(self, options: RoutineOptions, save: bool = True) -> None:
        for card in self.cards:
            timing = timing_for(card.exercise, options)
            card.set_dose(timing.repetitions, timing.hold)
        chosen = choose_exercises(self.library.exercises, options)
        self.start_button.setEnabled(bool(chosen))
        if not chosen:
            self.duration.setText("No stretch chosen: see Reminders and settings")
        else:
            total = plan_routine(chosen, options).total
            self.duration.setText(
                f"{len(chosen)} stretch{'es' * (len(chosen) != 1)} · {describe_duration(total)}"
            )
        if save:
            self.options_changed.emit(options)
