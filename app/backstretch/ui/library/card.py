"""One stretch as an illustrated card: what it does, how to do it, and what to watch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from backstretch import markup, theme, wording
from backstretch.content import Exercise
from backstretch.session import Side
from backstretch.ui.widgets.figure_pictures import kept_pictures
from backstretch.ui.widgets.figure_widget import FigureWidget


def _bullets(items: tuple[str, ...], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{markup.escape(item)}</li>" for item in items)
    return f"<{tag} style='margin-left:-18px'>{rows}</{tag}>"


def describe_dose(exercise: Exercise, repetitions: int, hold: float) -> str:
    low, high = exercise.repetitions.minimum, exercise.repetitions.maximum
    if low != high and exercise.sided:
        text = QCoreApplication.translate(
            "ExerciseCard", "{repetitions} (advised {low}–{high}) · hold {hold} · each side"
        )
    elif low != high:
        text = QCoreApplication.translate(
            "ExerciseCard", "{repetitions} (advised {low}–{high}) · hold {hold}"
        )
    elif exercise.sided:
        text = QCoreApplication.translate("ExerciseCard", "{repetitions} · hold {hold} · each side")
    else:
        text = QCoreApplication.translate("ExerciseCard", "{repetitions} · hold {hold}")
    return text.format(
        repetitions=wording.repetitions(repetitions),
        low=low,
        high=high,
        hold=wording.duration(hold),
    )


class ExerciseCard(QFrame):
    start_requested = Signal(str)  # exercise id

    def __init__(self, exercise: Exercise, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exercise = exercise
        self.setObjectName("exerciseCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("{title} card").format(title=exercise.title))
        # Share the row equally; long lines wrap instead of widening the card.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)

        side = Side.LEFT if exercise.sided else None
        side_words = wording.side_name(side) if side else None
        # Each picture sits above the words it shows: the starting position above
        # "Starting position", the stretched position (with the arrow that leads there)
        # above "How to do it".
        self.figure = self._figure(
            "get_ready",
            0.0,
            side,
            self.tr("Starting position: {position}").format(position=exercise.starting_summary),
        )
        self.stretch_figure = self._figure(
            "stretch", 1.0, side, f"{exercise.title}: {exercise.instruction('stretch', side_words)}"
        )

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

        self.starting = self._text(
            "<b>"
            + self.tr("Starting position: {position}").format(
                position=markup.escape(exercise.starting_summary)
            )
            + "</b>"
            + _bullets(exercise.starting_steps)
        )
        self.how_to = self._text(
            "<b>"
            + self.tr("How to do it")
            + "</b>"
            + _bullets(exercise.action, ordered=True)
            + ("<b>" + self.tr("Tips") + "</b>" + _bullets(exercise.tips) if exercise.tips else "")
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.setSpacing(8)
        for widget in (
            title,
            summary,
            self.dose,
            self.figure,
            self.starting,
            self.stretch_figure,
            self.how_to,
        ):
            layout.addWidget(widget)

        self.caution = QLabel()
        self.caution.setObjectName("cardCaution")
        self.caution.setWordWrap(True)
        if exercise.cautions:
            self.caution.setText("⚠ " + "<br>⚠ ".join(markup.escape(c) for c in exercise.cautions))
            layout.addWidget(self.caution)
        layout.addStretch(1)

        self.start_button = QPushButton(self.tr("Start {title}").format(title=exercise.title))
        self.start_button.setObjectName("cardStart")
        self.start_button.setAccessibleName(
            self.tr("Start only {title}").format(title=exercise.title)
        )
        self.start_button.clicked.connect(lambda: self.start_requested.emit(exercise.id))
        layout.addWidget(self.start_button)
        self.apply_theme()

    def _figure(self, phase: str, progress: float, side: str | None, text: str) -> FigureWidget:
        figure = FigureWidget(self)
        figure.keep_pictures(kept_pictures())  # the cards stand still: drawn once, kept
        figure.set_spec(self.exercise.figure)
        figure.set_phase(phase, progress, side)
        figure.set_description(text)
        figure.setFixedHeight(150)  # the same for every card, whatever the view
        return figure

    def _text(self, rich: str) -> QLabel:
        label = QLabel(rich)
        label.setObjectName("cardBody")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

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
        self.stretch_figure.set_dark(dark)
