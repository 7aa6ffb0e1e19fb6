"""A widget that shows an exercise figure and scales it with its own size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QHideEvent, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from backstretch.figure.spec import FigureSpec
from backstretch.ui.widgets.figure_pictures import FigurePictures

# The figure engine (backstretch.figure.render) is imported at the first drawing: a
# widget that shows kept pictures (the library's cards) never needs it.

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
        self._pictures: FigurePictures | None = None
        self._shown: tuple[object, QImage] | None = None
        # The layout asks for the height at every width it tries: the shape is worked
        # out (or looked up) once per figure.
        self._shape: tuple[FigureSpec, float] | None = None
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

    def keep_pictures(self, pictures: FigurePictures) -> None:
        """A figure that stands still is shown from kept pictures (figure_pictures.py)."""
        self._pictures = pictures
        self.updateGeometry()
        self.update()

    # -- size --------------------------------------------------------------------

    def _aspect(self) -> float:
        if self._spec is None:
            return _WIDEST_SHAPE_ASKED
        if self._shape is not None and self._shape[0] is self._spec:
            return self._shape[1]
        if self._pictures is not None:
            own = self._pictures.aspect_ratio(self._spec)
        else:
            from backstretch.figure.render import aspect_ratio

            own = aspect_ratio(self._spec)
        self._shape = (self._spec, max(own, _WIDEST_SHAPE_ASKED))
        return self._shape[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(1, round(width / self._aspect()))

    def sizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(480))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.heightForWidth(120))

    # -- painting ----------------------------------------------------------------

    def _picture(self) -> QImage:
        assert self._pictures is not None and self._spec is not None
        wanted = (self._spec, self._phase, self.size(), self.devicePixelRatioF(), self._dark)
        if self._shown is None or self._shown[0] != wanted:
            picture = self._pictures.picture(
                self._spec,
                self._phase,
                width=self.width(),
                height=self.height(),
                pixel_ratio=self.devicePixelRatioF(),
                dark=self._dark,
                motion=not self._reduced_motion,
            )
            self._shown = (wanted, picture)
        return self._shown[1]

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._shown = None  # a hidden window holds no pictures

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._spec is None:
            return
        painter = QPainter(self)
        try:
            if self._pictures is not None:
                painter.drawImage(0, 0, self._picture())
                return
            from backstretch.figure.render import paint_figure

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
