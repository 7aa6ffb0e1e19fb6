"""A big ring that empties as the phase runs out, with the seconds left in its middle."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backstretch import theme, wording


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0.0
        self._duration = 1.0
        self._colour = QColor("#2b66a8")
        self._paused = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(self.tr("Countdown"))

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    @property
    def seconds_shown(self) -> int:
        """Whole seconds left, rounded up: "1" stays on screen until the phase ends."""
        return max(0, math.ceil(self._remaining - 1e-6))

    def set_time(self, remaining: float, duration: float) -> None:
        before = (self.seconds_shown, round(self._fraction() * 720))
        self._remaining, self._duration = remaining, max(duration, 1e-6)
        if before != (self.seconds_shown, round(self._fraction() * 720)):
            self.setAccessibleDescription(wording.seconds_left(self.seconds_shown))
            self.update()

    def set_colour(self, colour: QColor) -> None:
        if colour != self._colour:
            self._colour = colour
            self.update()

    def set_paused(self, paused: bool) -> None:
        if paused != self._paused:
            self._paused = paused
            self.update()

    def _fraction(self) -> float:
        return min(1.0, max(0.0, self._remaining / self._duration))

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.075)
        box = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QColor(self._colour)
        track.setAlphaF(0.18)
        painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(box)
        painter.setPen(
            QPen(self._colour, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        span = round(self._fraction() * 360 * 16)
        if span > 0:
            painter.drawArc(box, 90 * 16, span)  # from twelve o'clock, anticlockwise
        text = "❚❚" if self._paused else str(self.seconds_shown)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(theme.font(side * (0.28 if self._paused else 0.42), bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
