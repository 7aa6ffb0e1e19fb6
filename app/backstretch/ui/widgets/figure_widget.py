"""A widget that shows an exercise figure and scales it with its own size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from backstretch.figure.render import aspect_ratio, paint_figure
from backstretch.figure.spec import FigureSpec

# The widget never asks for a box taller than this shape, so cards side by side stay
# about the same height. The figure is fitted inside whatever box it gets, so nothing
# is cut off.
_WIDEST_SHAPE_ASKED = 1.6


_STILL_PHASES = frozenset({"next", "get_ready", "rest", "done"})


class FigureWidget(QWidget):
    """Paints one FigureSpec at a phase and progress; repaints only on a real change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec: FigureSpec | None = None
        self._phase: tuple[str, float, str | None] = ("get_ready", 0.0, None)
        self._dark = False
        self._reduced_motion = False
        self.setAccessibleName(self.tr("Stretch illustration"))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- state -------------------------------------------------------------------

    def spec(self) -> FigureSpec | None:
        return self._spec

    def set_spec(self, spec: FigureSpec | None) -> None:
        if spec is self._spec:
            return
        self._spec = spec
        self.updateGeometry()  # another exercise may have another shape
        self.update()

    def set_phase(self, phase: str, progress: float, side: str | None) -> None:
        # In these phases the figure stands still, so progress must not cause repaints.
        if phase in _STILL_PHASES:
            progress = 0.0
        elif self._reduced_motion:
            progress = 1.0  # the key pose each movement leads to, shown at once
        state = (phase, min(1.0, max(0.0, float(progress))), side)
        if state == self._phase:
            return
        self._phase = state
        self.update()

    def set_dark(self, dark: bool) -> None:
        if dark != self._dark:
            self._dark = dark
            self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        """Key poses only: no animation between them and no moving arrows."""
        if reduced != self._reduced_motion:
            self._reduced_motion = reduced
            phase, progress, side = self._phase
            self._phase = (phase, -1.0, side)  # force the next set_phase to repaint
            self.set_phase(phase, progress, side)

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_description(self, text: str) -> None:
        self.setAccessibleDescription(text)

    # -- size --------------------------------------------------------------------

    def _aspect(self) -> float:
        own = aspect_ratio(self._spec) if self._spec is not None else _WIDEST_SHAPE_ASKED
        return max(own, _WIDEST_SHAPE_ASKED)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(1, round(width / self._aspect()))

    def sizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(480))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(120))

    # -- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._spec is None:
            return
        painter = QPainter(self)
        try:
            phase, progress, side = self._phase
            paint_figure(
                painter,
                QRectF(self.rect()),
                self._spec,
                phase,
                progress,
                side,
                dark=self._dark,
                motion=not self._reduced_motion,
            )
        finally:
            painter.end()
