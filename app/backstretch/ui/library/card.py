"""One stretch as an illustrated card: what it does, how to do it, and what to watch."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from backstretch import theme, wording
from backstretch.content import Exercise
from backstretch.session import Side
from backstretch.ui.widgets.figure_widget import FigureWidget


def _bullets(items: tuple[str, ...], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return f"<{tag} style='margin-left:-18px'>{rows}</{tag}>"


def describe_dose(exercise: Exercise, repetitions: int, hold: float) -> str:
    sides = " · each side" if exercise.sided else ""
    low, high = exercise.repetitions.minimum, exercise.repetitions.maximum
    advised = f" (advised {low}–{high})" if low != high else ""
    return f"{repetitions} repetitions{advised} · hold {hold:g} s{sides}"


class ExerciseCard(QFrame):
    start_requested = Signal(str)  # exercise id

    def __init__(self, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.setObjectName("exerciseCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(f"{exercise.title} card")
        # Share the row equally; long lines wrap instead of widening the card.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)

        self.figure = FigureWidget(self)
        self.figure.set_spec(exercise.figure)
        self.figure.set_phase("hold", 0.0, "left" if exercise.sided else None)
        self.figure.set_description(
            f"{exercise.title}: {exercise.instruction('hold', wording.side_name(Side.LEFT))}"
        )
        self.figure.setFixedHeight(180)  # the same for every card, whatever the view

        title = QLabel(exercise.title)
        title.setObjectName("cardTitle")
        title.setFont(theme.font(24, bold=True))
        title.setWordWrap(True)  # a long title in another language takes two lines
        title.setAccessibleName(exercise.title)
        summary = QLabel(exercise.summary)
        summary.setWordWrap(True)
        self.dose = QLabel()
        self.dose.setObjectName("cardDose")
        self.dose.setFont(theme.font(15, bold=True))
        self.dose.setWordWrap(True)

        body = QLabel(
            f"<b>Starting position: {html.escape(exercise.starting_summary.lower())}</b>"
            + _bullets(exercise.starting_steps)
            + "<b>How to do it</b>"
            + _bullets(exercise.action, ordered=True)
            + ("<b>Tips</b>" + _bullets(exercise.tips) if exercise.tips else "")
        )
        body.setObjectName("cardBody")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.setSpacing(8)
        for widget in (self.figure, title, summary, self.dose, body):
            layout.addWidget(widget)

        self.caution = QLabel()
        self.caution.setObjectName("cardCaution")
        self.caution.setWordWrap(True)
        if exercise.cautions:
            self.caution.setText("⚠ " + "<br>⚠ ".join(html.escape(c) for c in exercise.cautions))
            layout.addWidget(self.caution)
        layout.addStretch(1)

        self.start_button = QPushButton(f"Start {exercise.title.lower()}")
        self.start_button.setObjectName("cardStart")
        self.start_button.setAccessibleName(f"Start only {exercise.title}")
        self.start_button.clicked.connect(lambda: self.start_requested.emit(exercise.id))
        layout.addWidget(self.start_button)
        self.apply_theme()

    def set_dose(self, repetitions: int, hold: float) -> None:
        self.dose.setText(describe_dose(self.exercise, repetitions, hold))

    def apply_theme(self) -> None:
        dark = theme.is_dark(self)
        background, ink = theme.caution_colours(dark)
        self.caution.setStyleSheet(
            f"background:{background}; color:{ink}; border-radius:8px; padding:8px;"
            "font-weight:bold;"
        )
        self.figure.set_dark(dark)
