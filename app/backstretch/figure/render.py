"""Draw an exercise figure with QPainter: mat, props, body, highlight and motion arrow.

Only QtGui is used, so the same code paints widgets, thumbnails, printable sheets and
the icon source. The skeleton is posed in 3D (figure/skeleton.py), projected through
the exercise's camera (figure/camera.py) and drawn in screen figure units through one
transform that fits the exercise's fixed camera box into the target rectangle. Parts
are painted back to front, and of a pair of limbs the farther one is shaded darker.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from backstretch.figure.camera import Point
from backstretch.figure.motion import as_phase, as_side, ease_in_out, joint_positions, pose_at
from backstretch.figure.scene import (
    ARROW_WIDTH,
    GLOW_CORE_WIDTH,
    GLOW_WIDTH,
    PILLOW_RADIUS,
    arrow_head,
    arrow_path,
    bounds,
    cushion_box,
    glow_lines,
    mat_box,
    pillow_ends,
    screen,
)
from backstretch.figure.skeleton import (
    HEAD_RADIUS,
    MAT_THICKNESS,
    SEGMENT_BY_NAME,
    Pose,
    Vec,
    direction,
)
from backstretch.figure.spec import FigureSpec
from backstretch.session import Phase, Side


@dataclass(frozen=True)
class Colours:
    body: QColor
    body_far: QColor  # limbs on the far side, in the side view
    outline: QColor
    eye: QColor
    mat: QColor
    mat_edge: QColor
    prop: QColor
    prop_edge: QColor
    glow: QColor
    arrow: QColor


# A calm blue figure on a sage mat; the warm glow and the arrow are the only loud
# colours, so the eye goes to what moves and what stretches.
LIGHT = Colours(
    body=QColor("#4f7cc4"),
    body_far=QColor("#36598f"),
    outline=QColor("#1f3557"),
    eye=QColor("#1f3557"),
    mat=QColor("#cfe5d6"),
    mat_edge=QColor("#8fb89c"),
    prop=QColor("#f4dc8f"),
    prop_edge=QColor("#b9973c"),
    glow=QColor("#ff8c2e"),
    arrow=QColor("#d2452f"),
)
DARK = Colours(
    body=QColor("#8fb4f0"),
    body_far=QColor("#5f82bb"),
    outline=QColor("#0f1a2b"),
    eye=QColor("#0f1a2b"),
    mat=QColor("#2f4a3b"),
    mat_edge=QColor("#5b8a6c"),
    prop=QColor("#d9bf6a"),
    prop_edge=QColor("#7d6526"),
    glow=QColor("#ffa24d"),
    arrow=QColor("#ff8f75"),
)

# Outside the movement the stretched area glows faintly, as a hint of what is to come.
_GLOW_AT_REST = 0.35


def glow_strength(phase: Phase | str, progress: float) -> float:
    """How strongly the stretched area glows (0..1): brightest during the hold."""
    if phase == Phase.HOLD:
        return 1.0
    if phase == Phase.STRETCH:
        return _GLOW_AT_REST + (1 - _GLOW_AT_REST) * ease_in_out(progress)
    if phase == Phase.RELEASE:
        return 1.0 - (1 - _GLOW_AT_REST) * ease_in_out(progress)
    return _GLOW_AT_REST


def fit_transform(spec: FigureSpec, rect: QRectF, side: Side | None = None) -> QTransform:
    """Figure units to pixels: the camera box fills `rect`, aspect kept, centred, y up."""
    left, bottom, right, top = bounds(spec, side)
    scale = min(rect.width() / (right - left), rect.height() / (top - bottom))
    x0 = rect.left() + (rect.width() - (right - left) * scale) / 2
    y0 = rect.top() + (rect.height() - (top - bottom) * scale) / 2
    transform = QTransform()
    transform.translate(x0 - left * scale, y0 + top * scale)
    transform.scale(scale, -scale)
    return transform


def aspect_ratio(spec: FigureSpec) -> float:
    """Width over height of the exercise's camera box."""
    left, bottom, right, top = bounds(spec)
    return (right - left) / (top - bottom)


def prepare(spec: FigureSpec) -> None:
    """Work out ahead what every drawing of `spec` reuses: its camera box (from poses
    sampled through the whole stretch), the mat and the arrows' paths, on either side.

    The first drawing of a figure otherwise pays for them, 6-8 ms (more on a busy CPU),
    and a live figure's first drawing falls on a phase change. Kept (lru_cache), so a
    second call costs next to nothing.
    """
    aspect_ratio(spec)  # bounds(spec): kept apart from bounds(spec, None) by lru_cache
    for side in (None, Side.LEFT, Side.RIGHT):
        bounds(spec, side)
        for phase in (Phase.STRETCH, Phase.RELEASE):
            arrow_path(spec, phase, side)
    if "mat" in spec.props:
        mat_box(spec)


# -- shapes ------------------------------------------------------------------------


def _p(point: Point) -> QPointF:
    return QPointF(point[0], point[1])


def _polar(origin: Point, angle: float, distance: float) -> Point:
    return (origin[0] + distance * math.cos(angle), origin[1] + distance * math.sin(angle))


def _arc(centre: Point, radius: float, start: float, end: float) -> list[QPointF]:
    """Points on a circle from angle `start` to `end` (radians, counter-clockwise)."""
    steps = max(2, math.ceil(abs(end - start) / (math.pi / 16)))
    return [_p(_polar(centre, start + (end - start) * i / steps, radius)) for i in range(steps + 1)]


# Qt flattens curves for boolean operations with a tolerance in absolute units, which
# is far too coarse for figure units (a head is 0.14 across): unite at a larger scale.
_BOOLEAN_SCALE = 1000.0
_UP = QTransform.fromScale(_BOOLEAN_SCALE, _BOOLEAN_SCALE)
_DOWN = QTransform.fromScale(1 / _BOOLEAN_SCALE, 1 / _BOOLEAN_SCALE)


def _united(*paths: QPainterPath) -> QPainterPath:
    result = QPainterPath()
    for path in paths:
        result = result.united(_UP.map(path))
    return _DOWN.map(result)


def _circle(centre: Point, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(_p(centre), radius, radius)
    return path


def capsule(a: Point, b: Point, ra: float, rb: float) -> QPainterPath:
    """A limb: two circles joined by their outer tangents (a tapered, rounded bone)."""
    distance = math.hypot(b[0] - a[0], b[1] - a[1])
    if distance <= abs(ra - rb) + 1e-6:
        # One end swallows the other: the limb is just its bigger end.
        return _circle(a, ra) if ra >= rb else _circle(b, rb)
    towards = math.atan2(b[1] - a[1], b[0] - a[0])
    spread = math.acos((ra - rb) / distance)
    # Round the far end from one tangent to the other, then back round the near end.
    outline = _arc(b, rb, towards - spread, towards + spread)
    outline += _arc(a, ra, towards + spread, towards + 2 * math.pi - spread)
    path = QPainterPath()
    path.addPolygon(QPolygonF(outline))
    path.closeSubpath()
    return path


def _chain(joints: dict[str, Point], names: tuple[str, ...]) -> QPainterPath:
    """Several segments as one outline, so joints show no seams."""
    return _united(
        *(
            capsule(joints[s.start], joints[s.end], s.start_radius, s.end_radius)
            for s in (SEGMENT_BY_NAME[name] for name in names)
        )
    )


def _trunk_outline(points: dict[str, Point]) -> QPainterPath:
    """The trunk seen with its width: a rounded shape from the shoulders to the hips."""
    sl, sr = points["shoulder_l"], points["shoulder_r"]
    hl, hr = points["hip_l"], points["hip_r"]
    waist = points["waist"]
    # The waist's sides: a little narrower than the shoulders, across the body.
    across = math.atan2(sl[1] - sr[1], sl[0] - sr[0])
    half = 0.4 * math.hypot(sl[0] - sr[0], sl[1] - sr[1])
    outline = QPainterPath(_p(sl))
    outline.quadTo(_p(_polar(waist, across, half)), _p(hl))
    outline.lineTo(_p(hr))
    outline.quadTo(_p(_polar(waist, across, -half)), _p(sr))
    outline.closeSubpath()
    # A wide round-joined stroke rounds the corners into shoulders and hips.
    pen = QPen()
    pen.setWidthF(0.08)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return _united(outline, QPainterPathStroker(pen).createStroke(outline))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


# Of a pair of limbs, the farther one is drawn fully in the far colour once it is this
# much deeper (figure units); in between it darkens gradually, so a leg rolling under
# the other one sinks into the shade as it goes.
_SHADE_DEPTH = 0.1
_LIMBS = {
    "arm": ("upper_arm", "forearm", "hand"),
    "leg": ("thigh", "shin", "foot"),
}


# -- one frame -----------------------------------------------------------------------


class _Frame:
    """The painter set up in screen figure units, and the pose being drawn."""

    def __init__(
        self, painter: QPainter, spec: FigureSpec, pose: Pose, *, pixel: float, dark: bool
    ) -> None:
        self.painter = painter
        self.spec = spec
        self.pose = pose
        self.camera = spec.camera
        self.world = joint_positions(spec, pose)
        self.joints = screen(spec, self.world)
        self.colours = DARK if dark else LIGHT
        self.dark = dark
        self.pixel = pixel  # one device pixel in figure units

    def depth(self, *names: str) -> float:
        return sum(self.camera.depth(self.world[n]) for n in names) / len(names)

    def pen(self, colour: QColor, width: float) -> QPen:
        pen = QPen(colour)
        pen.setWidthF(width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def outline_pen(self, colour: QColor | None = None, pixels: float = 1.6) -> QPen:
        # In pixels, so outlines stay crisp on thumbnails and fine on big screens.
        pen = self.pen(colour or self.colours.outline, max(self.pixel * pixels, 0.004))
        # The outlines are fine polylines of round shapes: a bevel at each of their many
        # vertices looks the same as a round join and strokes much faster.
        pen.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
        return pen

    def fill(self, path: QPainterPath, colour: QColor, edge: QColor | None = None) -> None:
        self.painter.setBrush(colour)
        self.draw(path, self.outline_pen(edge, 1.2 if edge else 1.6))

    def draw(self, path: QPainterPath, pen: QPen) -> None:
        """Draw `path` (figure units) with `pen` (width in figure units) on the device.

        Mapped to device coordinates first: Qt strokes a path drawn through a large
        scale (figure units are tiny) about twice as slowly as the same path in pixels.
        """
        transform = self.painter.transform()
        device_pen = QPen(pen)
        device_pen.setWidthF(pen.widthF() / self.pixel)
        self.painter.save()
        self.painter.resetTransform()
        self.painter.setPen(device_pen)
        self.painter.drawPath(transform.map(path))
        self.painter.restore()

    # -- scenery --

    def box(self, corners: tuple[Vec, Vec], top: QColor, front: QColor, edge: QColor) -> None:
        """A box on the floor: the faces that turn towards the camera, far ones first."""
        (x0, y0, z0), (x1, y1, z1) = corners
        _right, _up, forward = self.camera.basis
        towards = (-forward[0], -forward[1], -forward[2])
        faces = [
            ((0.0, 1.0, 0.0), [(x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1)], top),
            ((-1.0, 0.0, 0.0), [(x0, y0, z0), (x0, y1, z0), (x0, y1, z1), (x0, y0, z1)], front),
            ((1.0, 0.0, 0.0), [(x1, y0, z0), (x1, y1, z0), (x1, y1, z1), (x1, y0, z1)], front),
            ((0.0, 0.0, 1.0), [(x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)], front),
            ((0.0, 0.0, -1.0), [(x0, y0, z0), (x1, y0, z0), (x1, y1, z0), (x0, y1, z0)], front),
        ]
        seen = [f for f in faces if sum(n * t for n, t in zip(f[0], towards, strict=True)) > 0.02]
        seen.sort(key=lambda f: -sum(self.camera.depth(c) for c in f[1]))
        for _, corners3, colour in seen:
            polygon = QPolygonF([_p(self.camera.project(c)) for c in corners3])
            path = QPainterPath()
            path.addPolygon(polygon)
            path.closeSubpath()
            self.fill(path, colour, edge)

    def mat(self) -> None:
        if self.spec.view != "side":
            # Seen from above, the mat is a slab on the floor: its top in the mat's
            # colour, its near edge darker, so it reads as the floor under the body.
            c = self.colours
            self.box(mat_box(self.spec), c.mat, QColor(c.mat).darker(125), c.mat_edge)
            return
        left, _bottom, right, _top = bounds(self.spec)
        path = QPainterPath()
        margin = (right - left) * 0.04
        rect = QRectF(left + margin, -MAT_THICKNESS, right - left - 2 * margin, MAT_THICKNESS)
        path.addRoundedRect(rect, MAT_THICKNESS / 2, MAT_THICKNESS / 2)
        self.fill(path, self.colours.mat, self.colours.mat_edge)

    def floor_line(self) -> None:
        left, _, right, _ = bounds(self.spec)
        self.painter.setPen(self.outline_pen(self.colours.mat_edge, 1.2))
        self.painter.drawLine(QPointF(left, 0.0), QPointF(right, 0.0))

    def cushion(self) -> None:
        """A low, flat cushion under the head, its height showing on the near side."""
        c = self.colours
        self.box(cushion_box(self.world["head"]), c.prop, QColor(c.prop).darker(118), c.prop_edge)

    def pillow(self) -> None:
        """A pillow between the knees, lying along the thighs."""
        a, b = (self.camera.project(p) for p in pillow_ends(self.world))
        path = capsule(a, b, PILLOW_RADIUS, PILLOW_RADIUS * 1.1)
        self.fill(path, self.colours.prop, self.colours.prop_edge)

    # -- body --

    def limb(self, kind: str, side: str, colour: QColor) -> None:
        self.fill(_chain(self.joints, tuple(f"{part}_{side}" for part in _LIMBS[kind])), colour)

    def trunk(self, colour: QColor) -> None:
        chain = _chain(self.joints, ("spine_low", "spine_high"))
        if self.spec.view == "side":
            path = _united(chain, _chain(self.joints, ("neck",)))
        else:
            path = _united(_trunk_outline(self.joints), chain)
        self.fill(path, colour)

    def head(self, colour: QColor) -> None:
        centre = self.joints["head"]
        top = self.joints["neck_top"]
        crown = math.atan2(centre[1] - top[1], centre[0] - top[0])
        shape = _circle(centre, HEAD_RADIUS)
        if self.spec.view == "side":
            # The left side faces the viewer, so the face is a quarter turn
            # counter-clockwise from the crown. A nose shows where the head looks.
            face = crown + math.pi / 2
            shape = _united(shape, _circle(_polar(centre, face, HEAD_RADIUS), 0.017))
            self.fill(shape, colour)
            eye = _polar(centre, crown + math.pi / 2.6, 0.62 * HEAD_RADIUS)
            self.painter.setPen(Qt.PenStyle.NoPen)
            self.painter.setBrush(self.colours.eye)
            self.painter.drawEllipse(_p(eye), 0.009, 0.009)
            return
        self.fill(_united(shape, _chain(self.joints, ("neck",))), colour)
        self.eyes()

    def eyes(self) -> None:
        """Two eyes where the face turns towards the camera (a head seen at an angle)."""
        # The face, in 3D: a quarter turn from the crown in the head's own plane.
        angle = self.pose.angles.get("head", 0.0)
        roll = self.pose.roll("head")
        face = direction(angle + 90.0, roll)
        crown = direction(angle, roll)
        _, _, forward = self.camera.basis
        if -sum(f * d for f, d in zip(face, forward, strict=True)) <= 0.1:
            return  # facing away: no eyes to see
        cx, cy, cz = self.world["head"]
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(self.colours.eye)
        for across in (0.36, -0.36):
            eye = (
                cx + HEAD_RADIUS * (0.72 * face[0] + 0.15 * crown[0]),
                cy + HEAD_RADIUS * (0.72 * face[1] + 0.15 * crown[1]),
                cz + HEAD_RADIUS * (0.72 * face[2] + 0.15 * crown[2] + across),
            )
            self.painter.drawEllipse(_p(self.camera.project(eye)), 0.0085, 0.0085)

    # -- emphasis --

    def glow(self, strength: float) -> None:
        """A soft warm halo around the stretched part, drawn under the body.

        (A tint over the body reads worse: warm over blue turns a muddy grey.) Many
        faint, ever narrower strokes make the falloff; they are drawn at a quarter of
        the resolution and scaled up smoothly, which is much cheaper and blurs away
        the steps between them.
        """
        if not self.spec.highlight or strength <= 0:
            return
        path = QPainterPath()
        for a, b in glow_lines(self.spec, self.joints):
            path.moveTo(_p(a))
            path.lineTo(_p(b))
        widest = GLOW_WIDTH
        to_device = self.painter.transform()
        device = self.painter.device()
        reach = widest / 2 + 0.01
        around = to_device.mapRect(path.boundingRect().adjusted(-reach, -reach, reach, reach))
        area = around.intersected(QRectF(0, 0, device.width(), device.height())).toAlignedRect()
        if area.isEmpty():
            return
        shrink = 4
        small = QImage(
            max(1, area.width() // shrink + 1),
            max(1, area.height() // shrink + 1),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        small.fill(QColor(0, 0, 0, 0))
        layers = QPainter(small)
        layers.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Stroked in pixels of the small image (see draw()).
        to_small = (
            to_device
            * QTransform.fromTranslate(-area.x(), -area.y())
            * QTransform.fromScale(1 / shrink, 1 / shrink)
        )
        small_path = to_small.map(path)
        small_unit = 1 / (self.pixel * shrink)  # pixels of the small image per figure unit
        colour = QColor(self.colours.glow)
        # Ten layers of 7% add up to about half opacity along the line, as sixteen of
        # 4.5% did, for less than two thirds of the drawing.
        colour.setAlphaF(0.071 * strength)
        count = 10
        for layer in range(count):
            width = widest - (widest - GLOW_CORE_WIDTH) * layer / (count - 1)
            layers.setPen(self.pen(colour, width * small_unit))
            layers.drawPath(small_path)
        layers.end()
        self.painter.save()
        self.painter.resetTransform()
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if self.dark:
            # On a dark background light adds up, which reads as a glow, not a stain.
            self.painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Screen)
        target = QRectF(area.x(), area.y(), small.width() * shrink, small.height() * shrink)
        self.painter.drawImage(target, small)
        self.painter.restore()

    def arrow(self, points: tuple[Point, ...]) -> None:
        """A curved arrow along the path the joint travels in this phase."""
        if len(points) < 2:
            return
        shaft = QPainterPath(_p(points[0]))
        for point in points[1:]:
            shaft.lineTo(_p(point))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.setPen(self.pen(self.colours.arrow, ARROW_WIDTH))
        self.painter.drawPath(shaft)
        head = QPolygonF([_p(p) for p in arrow_head(points)])
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(self.colours.arrow)
        self.painter.drawPolygon(head)


def _draw_body(frame: _Frame) -> None:
    """Every part of the body and the pillow, farthest first."""
    c = frame.colours
    parts: list[tuple[float, int, object]] = []
    for kind, (_first, *_rest) in _LIMBS.items():
        joints = {s: [f"{n}_{s}" for n in ("shoulder", "elbow", "wrist", "fingers")] for s in "lr"}
        if kind == "leg":
            joints = {s: [f"{n}_{s}" for n in ("hip", "knee", "ankle", "toes")] for s in "lr"}
        depths = {s: frame.depth(*joints[s]) for s in "lr"}
        nearest = min(depths.values())
        for side in "lr":
            shade = _mix(c.body, c.body_far, (depths[side] - nearest) / _SHADE_DEPTH)
            parts.append(
                (depths[side], 0, lambda k=kind, s=side, colour=shade: frame.limb(k, s, colour))
            )
    if "pillow" in frame.spec.props:
        # A hair farther than the knees, so with both knees up it shows between them.
        depth = sum(frame.camera.depth(p) for p in pillow_ends(frame.world)) / 2
        parts.append((depth + 0.005, 0, frame.pillow))
    parts.append((frame.depth("pelvis", "waist", "chest"), 1, lambda: frame.trunk(c.body)))
    parts.append((frame.depth("head"), 2, lambda: frame.head(c.body)))
    if frame.spec.view == "side":
        # Seen from the side the head and the trunk are one piece, at the same depth.
        parts = [(d, o, f) if o == 0 else (frame.depth("chest"), o, f) for d, o, f in parts]
    for _, _, draw in sorted(parts, key=lambda part: (-round(part[0], 6), part[1])):
        draw()  # type: ignore[operator]


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    spec: FigureSpec,
    phase: Phase | str,
    progress: float,
    side: Side | str | None,
    *,
    dark: bool = False,
    motion: bool = True,
) -> None:
    """Draw the figure of `spec` as it is `progress` of the way through `phase`."""
    if rect.width() < 2 or rect.height() < 2:
        return
    phase, side = as_phase(phase), as_side(side)
    transform = fit_transform(spec, rect, side)
    pose = pose_at(spec, phase, progress, side)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setTransform(transform, combine=True)
        frame = _Frame(painter, spec, pose, pixel=1.0 / abs(transform.m11()), dark=dark)
        if "mat" in spec.props:
            frame.mat()
        elif spec.view == "side":
            frame.floor_line()
        if "cushion" in spec.props:
            frame.cushion()
        frame.glow(glow_strength(phase, progress))
        _draw_body(frame)
        if motion:
            frame.arrow(arrow_path(spec, phase, side))
    finally:
        painter.restore()


def render_image(
    spec: FigureSpec,
    phase: Phase | str,
    progress: float,
    side: Side | str | None,
    width: int,
    height: int,
    *,
    dark: bool = False,
    background: QColor | None = None,
) -> QImage:
    """The figure on a transparent (or `background`) ARGB32 image of the given size."""
    image = QImage(max(1, width), max(1, height), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background if background is not None else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        paint_figure(painter, QRectF(0, 0, width, height), spec, phase, progress, side, dark=dark)
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)
