"""What the user sees when a routine ends: what they did and how long it took."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from backstretch import theme, wording
from backstretch.content import Library
from backstretch.session import Phase, Summary
from backstretch.ui.widgets.pain_scale import PainScale


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
        self.pain_after = PainScale(self.tr("How is your back now? (optional)"))
        self.advice = QLabel()
        self.advice.setObjectName("painAdvice")
        self.advice.setWordWrap(True)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.advice.setFont(theme.font(18, bold=True))
        self.advice.hide()
        self.back_button = QPushButton(self.tr("Back to stretches"))
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
        colour = theme.phase_colour(Phase.DONE, dark).name()
        self.headline.setText(wording.summary_headline(summary))
        self.headline.setStyleSheet(f"color: {colour};" if summary.kept_up else "")
        self.totals.setText(wording.summary_totals(summary))
        lines = [
            wording.summary_line(
                self.library.by_id(result.exercise_id).title, result.completed, result.planned
            )
            for result in summary.results
        ]
        self.details.setText("\n".join(lines))
        self.encouragement.setText(wording.summary_encouragement(summary))
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
