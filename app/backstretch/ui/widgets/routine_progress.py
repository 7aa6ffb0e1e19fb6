"""A slim bar for progress through the whole routine.

QProgressBar repaints synchronously on every setValue, which drags the whole session
screen (figure included) into each update, right when a phase change should show.
This bar only schedules a repaint, like every other widget.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from backstretch import wording


class RoutineProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Routine progress"))
        self.setFixedHeight(12)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    @property
    def fraction(self) -> float:
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if abs(fraction - self._fraction) * self.width() >= 0.5 or fraction in (0.0, 1.0):
            self._fraction = fraction
            self.setAccessibleDescription(wording.routine_done_share(fraction))
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        track = self.palette().color(QPalette.ColorRole.WindowText)
        track.setAlphaF(0.12)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        if self._fraction > 0:
            filled = QRectF(0, 0, max(self.height(), self.width() * self._fraction), self.height())
            painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
