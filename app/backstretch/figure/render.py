"""Draw an exercise figure with QPainter: mat, props, body, highlight and motion arrow.

Only QtGui is used, so the same code paints widgets, thumbnails, printable sheets and
the icon source. Everything is drawn in figure units (see pose.py) through one
transform that fits the exercise's fixed camera box into the target rectangle.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QRadialGradient,
    QTransform,
)

from backstretch.figure.pose import (
    HEAD_RADIUS,
    MAT_THICKNESS,
    SEGMENT_BY_NAME,
    FigureSpec,
    Point,
    Pose,
    arrow_offset,
    bounds,
    cushion_box,
    ease_in_out,
    joint_positions,
    pose_at,
)


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


def glow_strength(phase: str, progress: float) -> float:
    """How strongly the stretched area glows (0..1): brightest during the hold."""
    if phase == "hold":
        return 1.0
    if phase == "stretch":
        return _GLOW_AT_REST + (1 - _GLOW_AT_REST) * ease_in_out(progress)
    if phase == "release":
        return 1.0 - (1 - _GLOW_AT_REST) * ease_in_out(progress)
    return _GLOW_AT_REST


def fit_transform(spec: FigureSpec, rect: QRectF) -> QTransform:
    """Figure units to pixels: the camera box fills `rect`, aspect kept, centred, y up."""
    left, bottom, right, top = bounds(spec)
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


def _trunk_from_above(joints: dict[str, Point]) -> QPainterPath:
    """Seen from above the trunk is a rounded shape from the shoulders to the hips."""
    sl, sr = joints["shoulder_l"], joints["shoulder_r"]
    hl, hr = joints["hip_l"], joints["hip_r"]
    waist = joints["waist"]
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


# -- one frame -----------------------------------------------------------------------


class _Frame:
    """The painter set up in figure units, and the pose being drawn."""

    def __init__(
        self, painter: QPainter, spec: FigureSpec, pose: Pose, *, pixel: float, dark: bool
    ) -> None:
        self.painter = painter
        self.spec = spec
        self.pose = pose
        self.joints = joint_positions(spec, pose)
        self.colours = DARK if dark else LIGHT
        self.dark = dark
        self.pixel = pixel  # one device pixel in figure units

    def pen(self, colour: QColor, width: float) -> QPen:
        pen = QPen(colour)
        pen.setWidthF(width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def outline_pen(self, colour: QColor | None = None, pixels: float = 1.6) -> QPen:
        # In pixels, so outlines stay crisp on thumbnails and fine on big screens.
        return self.pen(colour or self.colours.outline, max(self.pixel * pixels, 0.004))

    def fill(self, path: QPainterPath, colour: QColor, edge: QColor | None = None) -> None:
        self.painter.setPen(self.outline_pen(edge, 1.2 if edge else 1.6))
        self.painter.setBrush(colour)
        self.painter.drawPath(path)

    # -- scenery --

    def mat(self) -> None:
        left, bottom, right, top = bounds(self.spec)
        path = QPainterPath()
        if self.spec.view == "side":
            margin = (right - left) * 0.04
            rect = QRectF(left + margin, -MAT_THICKNESS, right - left - 2 * margin, MAT_THICKNESS)
            path.addRoundedRect(rect, MAT_THICKNESS / 2, MAT_THICKNESS / 2)
        else:
            rect = QRectF(left, bottom, right - left, top - bottom).adjusted(
                0.015, 0.015, -0.015, -0.015
            )
            path.addRoundedRect(rect, 0.04, 0.04)
        self.fill(path, self.colours.mat, self.colours.mat_edge)

    def floor_line(self) -> None:
        left, _, right, _ = bounds(self.spec)
        self.painter.setPen(self.outline_pen(self.colours.mat_edge, 1.2))
        self.painter.drawLine(QPointF(left, 0.0), QPointF(right, 0.0))

    def cushion(self) -> None:
        """A low, flat cushion under the head."""
        left, bottom, right, top = cushion_box(self.spec, self.joints["head"])
        rounding = min(right - left, top - bottom) * 0.25
        path = QPainterPath()
        path.addRoundedRect(QRectF(left, bottom, right - left, top - bottom), rounding, rounding)
        self.fill(path, self.colours.prop, self.colours.prop_edge)

    def pillow(self) -> None:
        """A pillow between the knees, lying along the thighs."""
        kl, kr = self.joints["knee_l"], self.joints["knee_r"]
        hl, hr = self.joints["hip_l"], self.joints["hip_r"]
        knees = ((kl[0] + kr[0]) / 2, (kl[1] + kr[1]) / 2)
        hips = ((hl[0] + hr[0]) / 2, (hl[1] + hr[1]) / 2)
        along = math.degrees(math.atan2(knees[1] - hips[1], knees[0] - hips[0]))
        path = QPainterPath()
        path.addRoundedRect(QRectF(-0.13, -0.035, 0.16, 0.07), 0.035, 0.035)
        placed = QTransform()
        placed.translate(*knees)
        placed.rotate(along)
        self.fill(placed.map(path), self.colours.prop, self.colours.prop_edge)

    # -- body --

    def limb(self, side: str, parts: tuple[str, ...], colour: QColor) -> QPainterPath:
        path = _chain(self.joints, tuple(f"{part}_{side}" for part in parts))
        self.fill(path, colour)
        return path

    def arm(self, side: str, colour: QColor) -> None:
        self.limb(side, ("upper_arm", "forearm", "hand"), colour)

    def leg(self, side: str, colour: QColor) -> None:
        path = self.limb(side, ("thigh", "shin", "foot"), colour)
        if self.spec.view == "top":
            self.raised_knee(path, side, colour)

    def raised_knee(self, leg: QPainterPath, side: str, colour: QColor) -> None:
        """Seen from above, a knee pointing at the camera catches the light.

        How short the thigh looks says how steeply it rises, so a bent-up knee gets a
        bright spot and a knee rolled down towards the mat hardly any.
        """
        rise = 1.0 - self.pose.scale(f"thigh_{side}")
        if rise <= 0.05:
            return
        knee = self.joints[f"knee_{side}"]
        light = QColor(colour).lighter(135)
        spot = QRadialGradient(_p(knee), 0.11)
        light.setAlphaF(min(1.0, rise * 2.5))
        spot.setColorAt(0.0, light)
        light.setAlphaF(0.0)
        spot.setColorAt(1.0, light)
        self.painter.save()
        self.painter.setClipPath(leg, Qt.ClipOperation.IntersectClip)
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(spot))
        self.painter.drawEllipse(_p(knee), 0.11, 0.11)
        self.painter.restore()
        # The outline goes back over the light.
        self.painter.setPen(self.outline_pen())
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawPath(leg)

    def trunk(self, colour: QColor) -> None:
        neck = _chain(self.joints, ("neck",))
        if self.spec.view == "top":
            path = _united(_trunk_from_above(self.joints), neck)
        else:
            path = _united(_chain(self.joints, ("spine_low", "spine_high")), neck)
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
            eye = _polar(centre, crown + math.pi / 2.6, 0.62 * HEAD_RADIUS)
        else:
            # Face up, towards the camera: two eyes across the middle of the face.
            eye = _polar(centre, crown, -0.1 * HEAD_RADIUS)
        self.fill(shape, colour)
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(self.colours.eye)
        if self.spec.view == "side":
            self.painter.drawEllipse(_p(eye), 0.009, 0.009)
        else:
            for turn in (math.pi / 2, -math.pi / 2):
                self.painter.drawEllipse(_p(_polar(eye, crown + turn, 0.028)), 0.008, 0.008)

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
        for name in self.spec.highlight:
            segment = SEGMENT_BY_NAME[name]
            path.moveTo(_p(self.joints[segment.start]))
            path.lineTo(_p(self.joints[segment.end]))
        widest = 0.30
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
        layers.setTransform(
            to_device
            * QTransform.fromTranslate(-area.x(), -area.y())
            * QTransform.fromScale(1 / shrink, 1 / shrink)
        )
        colour = QColor(self.colours.glow)
        colour.setAlphaF(0.045 * strength)
        count = 16
        for layer in range(count):
            layers.setPen(self.pen(colour, widest - 0.17 * layer / (count - 1)))
            layers.drawPath(path)
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
        self.painter.setPen(self.pen(self.colours.arrow, 0.028))
        self.painter.drawPath(shaft)
        end, before = points[-1], points[-2]
        heading = math.atan2(end[1] - before[1], end[0] - before[0])
        length, wing = 0.085, 0.55
        tip = _polar(end, heading, 0.4 * length)
        head = QPolygonF(
            [
                _p(tip),
                _p(_polar(tip, heading + math.pi - wing, length)),
                _p(_polar(tip, heading + math.pi + wing, length)),
            ]
        )
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(self.colours.arrow)
        self.painter.drawPolygon(head)


@lru_cache(maxsize=32)
def _arrow_points(spec: FigureSpec, phase: str, side: str | None) -> tuple[Point, ...]:
    """Where the arrow's joint travels during a moving phase, offset clear of the body.

    The same for the whole phase, so it is worked out once, not on every frame.
    """
    if spec.arrow is None or phase not in ("stretch", "release"):
        return ()
    ox, oy = arrow_offset(spec, side)
    steps = 20
    points = []
    for step in range(steps + 1):
        x, y = joint_positions(spec, pose_at(spec, phase, step / steps, side))[spec.arrow]
        points.append((x + ox, y + oy))
    # Trimmed a little, so it reads as "this way" rather than as a line to a spot.
    return tuple(points[2:-1])


def _draw_body(frame: _Frame) -> None:
    c = frame.colours
    props = frame.spec.props
    if frame.spec.view == "side":
        # Far limbs first and darker; the trunk; then the near limbs in front.
        frame.arm("r", c.body_far)
        frame.leg("r", c.body_far)
        if "pillow" in props:
            frame.pillow()
        frame.trunk(c.body)
        frame.head(c.body)
        frame.leg("l", c.body)
        frame.arm("l", c.body)
        return
    # From above: arms on the mat, then the legs, then the trunk over the tops of the
    # thighs (as the pelvis would hide them).
    frame.arm("l", c.body)
    frame.arm("r", c.body)
    # Rolled over, the leg nearer the mat goes under the pillow and the other on top;
    # with both knees up, the pillow shows between them.
    midline = frame.joints["chest"][1]
    offsets = {side: abs(frame.joints[f"knee_{side}"][1] - midline) for side in "lr"}
    lower, upper = sorted("lr", key=lambda side: -offsets[side])
    rolled = abs(offsets["l"] - offsets["r"]) > 0.02
    if "pillow" in props and not rolled:
        frame.pillow()
    frame.leg(lower, c.body)
    if "pillow" in props and rolled:
        frame.pillow()
    frame.leg(upper, c.body)
    frame.trunk(c.body)
    frame.head(c.body)


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    spec: FigureSpec,
    phase: str,
    progress: float,
    side: str | None,
    *,
    dark: bool = False,
    motion: bool = True,
) -> None:
    """Draw the figure of `spec` as it is `progress` of the way through `phase`."""
    if rect.width() < 2 or rect.height() < 2:
        return
    transform = fit_transform(spec, rect)
    pose = pose_at(spec, phase, progress, side)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setTransform(transform, combine=True)
        frame = _Frame(painter, spec, pose, pixel=1.0 / transform.m11(), dark=dark)
        if "mat" in spec.props:
            frame.mat()
        elif spec.view == "side":
            frame.floor_line()
        if "cushion" in spec.props:
            frame.cushion()
        frame.glow(glow_strength(phase, progress))
        _draw_body(frame)
        if motion:
            frame.arrow(_arrow_points(spec, phase, side))
    finally:
        painter.restore()


def render_image(
    spec: FigureSpec,
    phase: str,
    progress: float,
    side: str | None,
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
