"""Where things are on screen: the props, the motion arrow and the fixed camera box.

Pure Python (no Qt), so the renderer and the pose checker measure the same geometry:
what the checker passes is what the screen and the printed sheet show.
"""

from __future__ import annotations

import math
from functools import lru_cache

from backstretch.figure.camera import Point
from backstretch.figure.motion import joint_positions, pose_at
from backstretch.figure.skeleton import (
    HEAD_RADIUS,
    MAT_THICKNESS,
    MAX_RADIUS,
    SEGMENT_BY_NAME,
    SEGMENTS,
    Vec,
    opposite,
)
from backstretch.figure.spec import FigureSpec
from backstretch.session import Phase, Side

# The flat cushion under the head: low, as the article asks, but thick enough to see.
CUSHION_HEIGHT = 0.04
CUSHION_HALF_LENGTH = 0.1  # along the body
CUSHION_HALF_WIDTH = 0.15  # across the body
PILLOW_RADIUS = 0.042
ARROW_WIDTH = 0.028  # the shaft's stroke, figure units
ARROW_HEAD_LENGTH = 0.085
ARROW_HEAD_WING = 0.55  # radians either side of the shaft

Box3 = tuple[Vec, Vec]  # (lowest corner, highest corner)


def screen(spec: FigureSpec, joints: dict[str, Vec]) -> dict[str, Point]:
    project = spec.camera.project
    return {name: project(point) for name, point in joints.items()}


def cushion_box(head: Vec) -> Box3:
    """The flat cushion under the head, as a box on the floor."""
    x, _, z = head
    return (
        (x - CUSHION_HALF_LENGTH, 0.0, z - CUSHION_HALF_WIDTH),
        (x + CUSHION_HALF_LENGTH * 0.8, CUSHION_HEIGHT, z + CUSHION_HALF_WIDTH),
    )


def box_corners(box: Box3) -> list[Vec]:
    (x0, y0, z0), (x1, y1, z1) = box
    return [(x, y, z) for x in (x0, x1) for y in (y0, y1) for z in (z0, z1)]


def pillow_ends(joints: dict[str, Vec]) -> tuple[Vec, Vec]:
    """The pillow between the knees: from beside the knees half way along the thighs."""

    def middle(a: str, b: str) -> Vec:
        p, q = joints[a], joints[b]
        return ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2, (p[2] + q[2]) / 2)

    knees, hips = middle("knee_l", "knee_r"), middle("hip_l", "hip_r")

    def along(t: float) -> Vec:
        return tuple(h + (k - h) * t for h, k in zip(hips, knees, strict=True))  # type: ignore[return-value]

    return along(0.97), along(0.45)


def body_capsules(
    spec: FigureSpec, joints: dict[str, Vec]
) -> list[tuple[str, Point, Point, float]]:
    """What the arrow must keep clear of, on screen: (name, end, end, radius) each.

    Every bone as drawn, the head, and the props that stand on the mat.
    """
    project = spec.camera.project
    points = {name: project(p) for name, p in joints.items()}
    capsules = [
        (s.name, points[s.start], points[s.end], max(s.start_radius, s.end_radius))
        for s in SEGMENTS
        if not s.across
    ]
    capsules.append(("head", points["head"], points["head"], HEAD_RADIUS))
    if "pillow" in spec.props:
        a, b = (project(p) for p in pillow_ends(joints))
        capsules.append(("pillow", a, b, PILLOW_RADIUS * 1.1))
    if "cushion" in spec.props:
        corners = [project(c) for c in box_corners(cushion_box(joints["head"]))]
        for a, b in zip(corners, corners[1:] + corners[:1], strict=True):
            capsules.append(("cushion", a, b, 0.0))
    return capsules


# The glow's strokes (figure units): the widest gives its faint edge, the narrowest its
# bright core, which must stay off the head and the neck (checked).
GLOW_WIDTH = 0.30
GLOW_CORE_WIDTH = 0.13
# Where the glow along a bone that ends at the base of the neck stops (share of the
# bone): the highlight is on the back, never on the neck.
GLOW_NECK_STOP = 0.4


def glow_lines(spec: FigureSpec, points: dict[str, Point]) -> list[tuple[Point, Point]]:
    """The lines the glow is drawn along, on screen."""
    lines = []
    for name in spec.highlight:
        segment = SEGMENT_BY_NAME[name]
        a, b = points[segment.start], points[segment.end]
        if segment.end == SEGMENT_BY_NAME["neck"].start:
            b = (a[0] + (b[0] - a[0]) * GLOW_NECK_STOP, a[1] + (b[1] - a[1]) * GLOW_NECK_STOP)
        lines.append((a, b))
    return lines


def arrow_joint(spec: FigureSpec, side: Side | str | None) -> str | None:
    """The joint the arrow follows: its mirror image on the right side."""
    if spec.arrow is None:
        return None
    if side == Side.RIGHT:
        return opposite(spec.arrow)
    return spec.arrow


@lru_cache(maxsize=64)
def arrow_path(spec: FigureSpec, phase: Phase | str, side: Side | str | None) -> tuple[Point, ...]:
    """Where the arrow's joint travels during a moving phase, offset clear of the body.

    The same for the whole phase, so it is worked out once, not on every frame.
    """
    side = Side(side) if side is not None else None
    if spec.arrow is None or phase not in (Phase.STRETCH, Phase.RELEASE):
        return ()
    points = _shaped_arrow(spec, Phase(phase), side)
    if spec.arrow_over_start:
        # One lift for both phases, so the release's arrow sits where the stretch's did.
        both = points + _shaped_arrow(
            spec, Phase.RELEASE if phase == Phase.STRETCH else Phase.STRETCH, side
        )
        lift = _lift_over_start(spec, side, both)
        points = [(x, y + lift) for x, y in points]
    return tuple(points)


def _shaped_arrow(spec: FigureSpec, phase: Phase, side: Side | None) -> list[Point]:
    # The release retraces the stretch: the same track, the other way.
    track = _arrow_track(spec, side)
    points = list(track if phase == Phase.STRETCH else track[::-1])
    # Trimmed a little, so it reads as "this way" rather than as a line to a spot.
    points = points[2:-1]
    if spec.arrow_scale != 1.0:
        mx = sum(x for x, _ in points) / len(points)
        my = sum(y for _, y in points) / len(points)
        k = spec.arrow_scale
        points = [(mx + (x - mx) * k, my + (y - my) * k) for x, y in points]
    return points


# Between the lowest point of an arrow lifted over the body and the body under it: the
# arrowhead's reach past its shaft, half the shaft and a clear gap.
_ARROW_GAP = 0.45 * ARROW_HEAD_LENGTH + ARROW_WIDTH / 2 + 0.02


def _lift_over_start(spec: FigureSpec, side: Side | None, points: list[Point]) -> float:
    """How far to raise the arrow so it clears the body as it lies at the start."""
    reach = ARROW_HEAD_LENGTH
    low = min(x for x, _ in points) - reach
    high = max(x for x, _ in points) + reach
    start = joint_positions(spec, pose_at(spec, Phase.STRETCH, 0.0, side))
    top = max(
        (
            _highest_within(a, b, low, high) + radius
            for _n, a, b, radius in body_capsules(spec, start)
        ),
        default=-math.inf,
    )
    if top == -math.inf:
        return 0.0
    return max(0.0, top + _ARROW_GAP - min(y for _, y in points))


def _highest_within(a: Point, b: Point, low: float, high: float) -> float:
    """The highest point of the segment a-b whose x lies in [low, high] (or -inf)."""
    (ax, ay), (bx, by) = a, b
    if max(ax, bx) < low or min(ax, bx) > high:
        return -math.inf
    if abs(bx - ax) < 1e-12:
        return max(ay, by)
    heights = []
    for x in (max(low, min(ax, bx)), min(high, max(ax, bx))):
        heights.append(ay + (by - ay) * (x - ax) / (bx - ax))
    return max(heights)


@lru_cache(maxsize=64)
def _arrow_track(spec: FigureSpec, side: Side | None) -> tuple[Point, ...]:
    """The arrow's joint through the whole stretch, offset, on screen."""
    joint = arrow_joint(spec, side)
    assert joint is not None
    ox, oy = spec.arrow_offset
    steps = 20
    points = []
    for step in range(steps + 1):
        joints = joint_positions(spec, pose_at(spec, Phase.STRETCH, step / steps, side))
        point = joints[joint]
        if spec.arrow_around is not None:
            _cx, cy, cz = joints[spec.arrow_around]
            dy, dz = point[1] - cy, point[2] - cz
            reach = math.hypot(dy, dz) or 1.0
            push = spec.arrow_clearance / reach
            point = (point[0], point[1] + dy * push, point[2] + dz * push)
        x, y = spec.camera.project(point)
        points.append((x + ox, y + oy))
    return tuple(points)


def arrow_head(points: tuple[Point, ...]) -> tuple[Point, Point, Point]:
    """The arrowhead's triangle (tip first) at the end of the shaft."""
    end, before = points[-1], points[-2]
    heading = math.atan2(end[1] - before[1], end[0] - before[0])

    def polar(origin: Point, angle: float, distance: float) -> Point:
        return (origin[0] + distance * math.cos(angle), origin[1] + distance * math.sin(angle))

    tip = polar(end, heading, 0.4 * ARROW_HEAD_LENGTH)
    return (
        tip,
        polar(tip, heading + math.pi - ARROW_HEAD_WING, ARROW_HEAD_LENGTH),
        polar(tip, heading + math.pi + ARROW_HEAD_WING, ARROW_HEAD_LENGTH),
    )


@lru_cache(maxsize=64)
def _samples(spec: FigureSpec) -> tuple[tuple[Side | None, dict[str, Vec]], ...]:
    """Enough poses to cover every frame of every phase, on both sides.

    Release retraces the stretch path backwards, and the hold only breathes between the
    stretched pose (progress 0) and its deepest breath (progress 0.5), so 13 stretch
    samples and those two cover every frame. This runs once per stretch when the
    library opens, so fewer samples mean a quicker start.
    """
    steps = 12
    samples = [(Phase.STRETCH, step / steps) for step in range(steps + 1)]
    samples += [(Phase.HOLD, 0.0), (Phase.HOLD, 0.5)]
    return tuple(
        (side, joint_positions(spec, pose_at(spec, phase, progress, side)))
        for side in (None, Side.RIGHT)
        for phase, progress in samples
    )


# How far the mat reaches beyond the body on every side, in every pose.
MAT_MARGIN = 0.03


@lru_cache(maxsize=64)
def mat_box(spec: FigureSpec) -> Box3:
    """The mat, seen from above: a thin slab under everything the body and props reach.

    Drawn in the world and projected like the body, so it reads as the floor the person
    lies on, with its near edge showing its thickness.
    """
    points = [p for _side, joints in _samples(spec) for p in joints.values()]
    if "cushion" in spec.props:
        points += [
            c for _side, joints in _samples(spec) for c in box_corners(cushion_box(joints["head"]))
        ]
    pad = MAT_MARGIN + MAX_RADIUS
    return (
        (min(p[0] for p in points) - pad, -MAT_THICKNESS, min(p[2] for p in points) - pad),
        (max(p[0] for p in points) + pad, 0.0, max(p[2] for p in points) + pad),
    )


@lru_cache(maxsize=64)
def bounds(spec: FigureSpec, side: Side | str | None = None) -> tuple[float, float, float, float]:
    """A fixed camera box (left, bottom, right, top) on screen for the whole exercise.

    It covers every pose on both sides, the body's thickness, the props and the motion
    arrow, so the figure never jumps or rescales between phases or sides.
    """
    del side  # one box for both sides: the same camera sees either roll
    project = spec.camera.project
    centres: list[Point] = []  # joints and arrow: padded by the body's thickness below
    edges: list[Point] = []  # props: already their outline
    for _sample_side, joints in _samples(spec):
        centres += [project(p) for p in joints.values()]
        if "cushion" in spec.props:
            edges += [project(c) for c in box_corners(cushion_box(joints["head"]))]
    for arrow_side in (None, Side.RIGHT):
        for phase in (Phase.STRETCH, Phase.RELEASE):
            centres += arrow_path(spec, phase, arrow_side)
    if spec.view != "side" and "mat" in spec.props:
        edges += [project(c) for c in box_corners(mat_box(spec))]
    pad = MAX_RADIUS + HEAD_RADIUS * 0.5
    padded = [(x - pad, y - pad) for x, y in centres] + [(x + pad, y + pad) for x, y in centres]
    everything = padded + edges
    left, right = min(x for x, _ in everything), max(x for x, _ in everything)
    bottom, top = min(y for _, y in everything), max(y for _, y in everything)
    if spec.view == "side":
        # The floor and the mat's thickness sit under everything.
        bottom = min(bottom, -MAT_THICKNESS - 0.02)
    return (left, bottom, right, top)
