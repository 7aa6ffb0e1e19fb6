"""How a figure is seen: an orthographic camera chosen per exercise. Pure Python (no Qt).

Two views are named in the exercise files:

* ``side``: level, from the person's left (+z). Bones keep their length on screen. The
  far (right) limbs are shifted a little to the left (an oblique projection), so both
  arms and both legs show without pretending to draw perspective.
* ``above``: from above the mat, `elevation` degrees over the floor, and `turn` degrees
  round the vertical from beyond the feet (0: looking along the body from the feet;
  -90: from the person's left side; 90: from the right). One camera sees both sides
  of a movement, so a roll to the right is the same person rolling the other way.

Screen coordinates are figure units with y up; depth grows away from the camera.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

from backstretch.figure.skeleton import Vec

VIEWS = ("side", "above")
Point = tuple[float, float]

# Side view: how far left the far side appears per unit of depth behind the body's middle.
SIDE_OBLIQUE = 0.25


@dataclass(frozen=True)
class Camera:
    """Where the figure is seen from."""

    view: str = "side"
    elevation: float = 0.0  # degrees above the floor (above view)
    turn: float = 0.0  # degrees around the vertical from the feet (above view)

    @cached_property
    def basis(self) -> tuple[Vec, Vec, Vec]:
        """The screen's right and up vectors and the viewing direction, in the world."""
        return _basis(self.view, self.elevation, self.turn)

    @property
    def oblique(self) -> float:
        return SIDE_OBLIQUE if self.view == "side" else 0.0

    def project(self, point: Vec) -> Point:
        right, up, forward = self.basis
        depth = _dot(point, forward)
        return (_dot(point, right) - self.oblique * depth, _dot(point, up))

    def depth(self, point: Vec) -> float:
        return _dot(point, self.basis[2])


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _basis(view: str, elevation: float, turn: float) -> tuple[Vec, Vec, Vec]:
    if view == "side":
        return ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, -1.0))
    # From beyond the feet (-x), looking towards the head and down; turned about y.
    e, t = math.radians(elevation), math.radians(turn)
    forward = (math.cos(e) * math.cos(t), -math.sin(e), math.cos(e) * math.sin(t))
    # right = forward cross up (world y), normalised; up = right cross forward.
    rx, ry, rz = -forward[2], 0.0, forward[0]
    length = math.hypot(rx, rz)
    right = (rx / length, ry, rz / length)
    up = (
        right[1] * forward[2] - right[2] * forward[1],
        right[2] * forward[0] - right[0] * forward[2],
        right[0] * forward[1] - right[1] * forward[0],
    )
    return right, up, forward
