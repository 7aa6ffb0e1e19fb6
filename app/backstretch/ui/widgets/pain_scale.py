"""A quick, optional pain rating: "How is your back right now?" 0 (no pain) to 10."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from backstretch import theme


class PainScale(QWidget):
    rated = Signal(object)  # int 0..10, or None when the rating is taken back

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painScale")
        self.question = QLabel(question)
        self.question.setFont(theme.font(16, bold=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(QLabel(self.tr("no pain")))
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # clicking the chosen number again takes it back
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFixedWidth(36)
            button.setMinimumHeight(36)
            button.setAccessibleName(self.tr("Pain {value} of 10").format(value=value))
            button.setToolTip(
                self.tr("{value}: {word}").format(value=value, word=self._word(value))
            )
            self.group.addButton(button, value)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addWidget(QLabel(self.tr("worst")))
        # The choice said in words too: a coloured button alone is easy to miss.
        self.chosen = QLabel()
        self.chosen.setObjectName("painChosen")
        self.chosen.setFont(theme.font(14, bold=True))
        layout.addWidget(self.chosen)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)
        # The chosen number stands out in any theme: filled with the highlight colour,
        # bold, with a strong border, where the others stay plain buttons.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold;"
            " border: 2px solid palette(window-text); border-radius: 4px; }"
        )

    @staticmethod
    def _word(value: int) -> str:
        words = (
            QCoreApplication.translate("PainScale", "no pain"),
            QCoreApplication.translate("PainScale", "mild"),
            QCoreApplication.translate("PainScale", "moderate"),
            QCoreApplication.translate("PainScale", "severe"),
            QCoreApplication.translate("PainScale", "worst imaginable"),
        )
        return words[0 if value == 0 else min(4, 1 + (value - 1) // 3)]

    def value(self) -> int | None:
        chosen = [n for n, button in enumerate(self.buttons) if button.isChecked()]
        return chosen[0] if chosen else None

    def clear(self) -> None:
        for button in self.buttons:
            button.setChecked(False)
        self.chosen.clear()

    def _clicked(self, value: int) -> None:
        chosen = self.buttons[value].isChecked()
        for button in self.buttons:
            if button is not self.buttons[value]:
                button.setChecked(False)
        self.chosen.setText(f"{value}: {self._word(value)}" if chosen else "")
        self.rated.emit(value if chosen else None)
