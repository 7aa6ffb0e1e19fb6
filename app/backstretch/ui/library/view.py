"""The home screen: the routine's stretches as cards, its options, and Start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backstretch import markup, theme, wording
from backstretch.content import Library
from backstretch.routine import choose_exercises, plan_routine, timing_for
from backstretch.settings import Section
from backstretch.ui.library.card import ExerciseCard
from backstretch.ui.library.options_panel import RoutineOptionsPanel
from backstretch.ui.settings_store import SettingsStore
from backstretch.ui.widgets.pain_scale import PainScale

CARD_SPACING = 16


class LibraryView(QWidget):
    start_routine = Signal()
    start_exercise = Signal(str)
    settings_requested = Signal()
    progress_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self, library: Library, store: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.store = store
        self.setObjectName("libraryView")

        title = QLabel(self.tr("Back stretches"))
        title.setFont(theme.font(34, bold=True))
        intro = QLabel(library.routine.intro)
        intro.setWordWrap(True)
        intro.setFont(theme.font(16))
        tips = QLabel(" ".join(f"• {markup.escape(tip)}" for tip in library.routine.general_tips))
        tips.setWordWrap(True)
        tips.setObjectName("generalTips")

        self.start_button = QPushButton(self.tr("▶  Start routine"))
        self.start_button.setObjectName("startRoutine")
        self.start_button.setFont(theme.font(22, bold=True))
        self.start_button.setMinimumHeight(56)
        self.start_button.setDefault(True)
        self.start_button.setEnabled(bool(library.exercises))
        self.start_button.clicked.connect(self.start_routine)
        self.duration = QLabel()
        self.duration.setObjectName("routineDuration")
        self.duration.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.options_panel = RoutineOptionsPanel(store, library)
        store.changed.connect(self._on_settings_changed)

        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(intro)
        header_text.addWidget(tips)
        self.settings_button = QPushButton(self.tr("Reminders and settings…"))
        self.settings_button.setObjectName("openSettings")
        self.settings_button.clicked.connect(self.settings_requested)
        # When the next reminder comes, or why it waits: where there is no tray, the
        # window is the one place that says so.
        self.reminder_status = QLabel()
        self.reminder_status.setObjectName("reminderStatus")
        self.reminder_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reminder_status.setWordWrap(True)
        self.reminder_status.hide()
        start_box = QVBoxLayout()
        start_box.addWidget(self.start_button)
        start_box.addWidget(self.duration)
        start_box.addWidget(self.reminder_status)
        start_box.addWidget(self.settings_button)
        self.progress_button = QPushButton(self.tr("Your progress…"))
        self.progress_button.setObjectName("openProgress")
        self.progress_button.clicked.connect(self.progress_requested)
        start_box.addWidget(self.progress_button)
        # Where there is no tray, closing the window leaves Backstretch reminding in the
        # background: quitting is a choice of its own.
        self.quit_button = QPushButton(self.tr("Quit Backstretch"))
        self.quit_button.setObjectName("quit")
        self.quit_button.setToolTip(
            self.tr("Quit Backstretch: no more reminders until it is started (Ctrl+Q)")
        )
        self.quit_button.clicked.connect(self.quit_requested)
        start_box.addWidget(self.quit_button)
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
        cards_row.setSpacing(CARD_SPACING)
        # Each card's Start sits in a row under the scrolling cards, in its card's column:
        # the cards' text can be long, and a start that needs finding is a start missed.
        starts_row = QHBoxLayout()
        starts_row.setSpacing(CARD_SPACING)
        for exercise in library.exercises:
            card = ExerciseCard(exercise)
            card.start_requested.connect(self.start_exercise)
            self.cards.append(card)
            cards_row.addWidget(card, 1)
            card.start_button.setParent(None)  # out of the card's layout, into the row
            card.start_button.setMinimumHeight(40)
            starts_row.addWidget(card.start_button, 1)
        if not self.cards:
            empty = QLabel(self.tr("No stretches could be loaded. See the message above."))
            cards_row.addWidget(empty)
        cards_holder = QWidget()
        cards_holder.setLayout(cards_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(cards_holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the cards and the starts below them keep the same columns.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        starts_row.addSpacing(scroll.verticalScrollBar().sizeHint().width())
        starts_row.setContentsMargins(cards_row.contentsMargins())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(header)
        # Optional: a number before and after lets the progress view show the trend.
        self.pain_before = PainScale(self.tr("How is your back right now? (optional)"))
        layout.addWidget(self.pain_before)
        layout.addWidget(self.problems)
        layout.addWidget(scroll, 1)
        layout.addLayout(starts_row)
        self._show_routine()

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
        self.problems.setText(wording.problems_html(messages))
        self.problems.show()

    def add_problems(self, messages: list[str]) -> None:
        """Add to what is shown (a later problem must not hide an earlier one)."""
        new = [m for m in messages if m not in self._problem_messages]  # each said once
        if new:
            self.show_problems([*self._problem_messages, *new])

    def _on_settings_changed(self, section: Section, _before: object) -> None:
        if section is Section.ROUTINE:
            self._show_routine()

    def _show_routine(self) -> None:
        """The cards' doses and the routine's length, as the routine options now say."""
        options = self.store.routine
        for card in self.cards:
            timing = timing_for(card.exercise, options)
            card.set_dose(timing.repetitions, timing.hold)
        chosen = choose_exercises(self.library.exercises, options)
        self.start_button.setEnabled(bool(chosen))
        total = plan_routine(chosen, options).total if chosen else 0.0
        self.duration.setText(wording.routine_length(len(chosen), total))
