"""What the user sees when a routine ends: what they did and how long it took."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from backstretch import theme
from backstretch.content import Library
from backstretch.session import Summary
from backstretch.ui.widgets.pain_scale import PainScale


def format_duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


class SummaryView(QWidget):
    done = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.setObjectName("summaryView")
        self.headline = QLabel()
        self.headline.setObjectName("summaryHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline.setFont(theme.font(64, bold=True))
        self.totals = QLabel()
        self.totals.setObjectName("summaryTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.totals.setFont(theme.font(28))
        self.details = QLabel()
        self.details.setObjectName("summaryDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setFont(theme.font(22))
        self.encouragement = QLabel()
        self.encouragement.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.encouragement.setWordWrap(True)
        self.encouragement.setFont(theme.font(18))
        self.pain_after = PainScale("How is your back now? (optional)")
        self.advice = QLabel()
        self.advice.setObjectName("painAdvice")
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice.setFont(theme.font(18, bold=True))
        self.advice.hide()
        self.back_button = QPushButton("Back to stretches")
        self.back_button.setObjectName("summaryDone")
        self.back_button.setFont(theme.font(20, bold=True))
        self.back_button.setMinimumHeight(52)
        self.back_button.clicked.connect(self.done)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.headline, self.totals, self.details, self.encouragement):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.pain_after, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.advice)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def show_summary(self, summary: Summary) -> None:
        dark = theme.is_dark(self)
        colour = theme.phase_colour("done", dark).name()
        self.headline.setText("Well done!" if summary.finished else "Routine stopped")
        self.headline.setStyleSheet(f"color: {colour};" if summary.finished else "")
        stretches = summary.stretches_done
        self.totals.setText(
            f"{stretches} stretch{'es' * (stretches != 1)} · "
            f"{summary.repetitions_done} repetitions · {format_duration(summary.seconds)}"
        )
        lines = []
        for result in summary.results:
            title = self.library.by_id(result.exercise_id).title
            lines.append(f"{title}: {result.completed} of {result.planned}")
        self.details.setText("\n".join(lines))
        self.encouragement.setText(
            "See you at your next stretch. A few minutes every day is what helps."
            if summary.finished
            else "Every repetition counts. Come back when you are ready."
        )
        self.pain_after.clear()
        self.advice.hide()
        self.back_button.setFocus()

    def show_advice(self, text: str) -> None:
        """Shown when the pain ratings suggest pausing the routine."""
        background, ink = theme.caution_colours(theme.is_dark(self))
        self.advice.setStyleSheet(
            f"background:{background}; color:{ink}; border-radius:10px; padding:10px;"
        )
        self.advice.setText(text)
        self.advice.show()
