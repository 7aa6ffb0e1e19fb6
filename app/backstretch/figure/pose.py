"""The figure as data: skeleton, key poses, and how a pose moves through a phase.

Pure Python (no Qt) so poses can be checked, tested and reused without a display.

Conventions
-----------
* Figure units: a standing person is about 1.0 tall. y points up; in the side view
  y = 0 is the floor, in the top view x runs along the body (head to the left) and
  +y is the person's left.
* A pose gives every segment an *absolute* angle in degrees, counter-clockwise from
  +x. Absolute angles are easy to author ("thigh_l = -90" is a thigh pointing straight
  down, whatever the hips do) and easy to interpolate.
* Seen from above, a bent knee points at the camera and its thigh looks short; a pose
  may therefore also scale a segment's projected length (top view only).
* In the side view the figure's left limbs face the viewer; the right ones are behind.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

Point = tuple[float, float]

VIEWS = ("side", "top")
PROPS = ("mat", "cushion", "pillow")
PHASES = ("next", "get_ready", "stretch", "hold", "release", "rest", "done")
SIDES = ("left", "right")


# -- skeleton ------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """One bone: from a parent joint to a child joint, drawn as a tapered capsule."""

    name: str
    start: str
    end: str
    length: float
    start_radius: float
    end_radius: float
    # Runs across the body (collar bones, pelvis halves). Only the top view sees these;
    # in the side view they point straight at the camera.
    across: bool = False


_CENTRAL_JOINTS = ("pelvis", "waist", "chest", "neck_top", "head")


def _pair(
    name: str, start: str, end: str, length: float, r0: float, r1: float, *, across: bool = False
) -> tuple[Segment, Segment]:
    """A left and a right segment, e.g. thigh_l from hip_l to knee_l."""

    def joint(base: str, side: str) -> str:
        return base if base in _CENTRAL_JOINTS else f"{base}_{side}"

    left, right = (
        Segment(f"{name}_{s}", joint(start, s), joint(end, s), length, r0, r1, across) for s in "lr"
    )
    return left, right


# Parents come before children, so one pass computes every joint.
SEGMENTS: tuple[Segment, ...] = (
    Segment("spine_low", "pelvis", "waist", 0.15, 0.07, 0.062),
    Segment("spine_high", "waist", "chest", 0.16, 0.062, 0.064),
    Segment("neck", "chest", "neck_top", 0.08, 0.03, 0.03),
    Segment("head", "neck_top", "head", 0.05, 0.03, 0.068),
    *_pair("clavicle", "chest", "shoulder", 0.095, 0.0, 0.0, across=True),
    *_pair("upper_arm", "shoulder", "elbow", 0.17, 0.034, 0.029),
    *_pair("forearm", "elbow", "wrist", 0.15, 0.029, 0.023),
    *_pair("hand", "wrist", "fingers", 0.075, 0.023, 0.018),
    *_pair("hip", "pelvis", "hip", 0.07, 0.0, 0.0, across=True),
    *_pair("thigh", "hip", "knee", 0.255, 0.05, 0.036),
    *_pair("shin", "knee", "ankle", 0.24, 0.036, 0.026),
    *_pair("foot", "ankle", "toes", 0.11, 0.026, 0.018),
)
SEGMENT_BY_NAME: Mapping[str, Segment] = MappingProxyType({s.name: s for s in SEGMENTS})
ROOT_JOINT = "pelvis"
JOINTS: tuple[str, ...] = (ROOT_JOINT, *(s.end for s in SEGMENTS))
HEAD_RADIUS = SEGMENT_BY_NAME["head"].end_radius

# Two-bone chains that can keep their end joint planted on the floor.
PLANTABLE: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "wrist_l": ("upper_arm_l", "forearm_l"),
        "wrist_r": ("upper_arm_r", "forearm_r"),
        "ankle_l": ("thigh_l", "shin_l"),
        "ankle_r": ("thigh_r", "shin_r"),
    }
)


def segments_for(view: str) -> tuple[Segment, ...]:
    """The segments a pose must give angles for in this view."""
    return tuple(s for s in SEGMENTS if view == "top" or not s.across)


def joint_radius(joint: str) -> float:
    """How thick the body is at a joint: how far its centre sits above a floor it rests on."""
    radii = [s.start_radius for s in SEGMENTS if s.start == joint and not s.across]
    radii += [s.end_radius for s in SEGMENTS if s.end == joint and not s.across]
    return max(radii, default=0.0)


MAT_THICKNESS = 0.025  # side view: the mat lies just under the floor line, y = 0
# In the side view, where the far (right) shoulder and hip appear relative to the near ones.
FAR_SIDE_SHIFT: Point = (-0.035, 0.0)
MAX_RADIUS = max(max(s.start_radius, s.end_radius) for s in SEGMENTS)


def _opposite(name: str) -> str:
    if name.endswith("_l"):
        return name[:-2] + "_r"
    if name.endswith("_r"):
        return name[:-2] + "_l"
    return name


# -- poses ---------------------------------------------------------------------------


def _frozen(values: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class Pose:
    """Absolute segment angles in degrees, and (top view) projected length scales."""

    angles: Mapping[str, float]
    scales: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Read-only copies: a pose handed out must not change under anybody's feet.
        object.__setattr__(self, "angles", _frozen(self.angles))
        object.__setattr__(self, "scales", _frozen(self.scales))

    def __hash__(self) -> int:
        return hash((frozenset(self.angles.items()), frozenset(self.scales.items())))

    def scale(self, segment: str) -> float:
        return self.scales.get(segment, 1.0)


def angle_difference(start: float, end: float) -> float:
    """The signed turn from `start` to `end`, the short way round (-180..180)."""
    return (end - start + 180.0) % 360.0 - 180.0


def interpolate(start: Pose, end: Pose, t: float) -> Pose:
    """The pose a fraction `t` of the way from `start` to `end` (angles the short way)."""
    angles = {
        name: value + angle_difference(value, end.angles.get(name, value)) * t
        for name, value in start.angles.items()
    }
    names = set(start.scales) | set(end.scales)
    scales = {n: start.scale(n) + (end.scale(n) - start.scale(n)) * t for n in names}
    return Pose(angles, scales)


def ease_in_out(t: float) -> float:
    """Slow start, slow finish: a calm movement rather than a jolt."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


def mirror(pose: Pose, view: str) -> Pose:
    """The same movement done to the other side. Mirroring twice gives the pose back.

    From above the body lies along the x axis, so the other side is the reflection in
    it (angles negate). From the side the camera stays put and the limbs swap roles.
    """
    flip = view == "top"
    angles = {_opposite(n): (-a if flip else a) for n, a in pose.angles.items()}
    scales = {_opposite(n): s for n, s in pose.scales.items()}
    return Pose(angles, scales)


# -- the figure spec ---------------------------------------------------------------


@dataclass(frozen=True)
class FigureSpec:
    """Everything needed to draw one exercise's figure in every phase."""

    view: str
    props: tuple[str, ...]
    keyframes: Mapping[str, Pose]
    anchor: str
    # Keyframes the movement passes through, from start to stretch.
    sequence: tuple[str, ...] = ("start", "stretch")
    # Where the anchor joint sits; None: on the floor at x = 0 (side), the origin (top).
    anchor_at: Point | None = None
    # Joints that stay where the start pose put them (hands on the floor).
    planted: tuple[str, ...] = ()
    highlight: tuple[str, ...] = ()
    arrow: str | None = None
    arrow_offset: Point = (0.0, 0.0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keyframes", MappingProxyType(dict(self.keyframes)))

    def __hash__(self) -> int:
        return hash(
            (
                self.view,
                self.props,
                frozenset(self.keyframes.items()),
                self.anchor,
                self.sequence,
                self.anchor_at,
                self.planted,
                self.highlight,
                self.arrow,
                self.arrow_offset,
            )
        )

    @property
    def anchor_position(self) -> Point:
        if self.anchor_at is not None:
            return self.anchor_at
        return (0.0, joint_radius(self.anchor)) if self.view == "side" else (0.0, 0.0)


# -- kinematics ----------------------------------------------------------------------


def _forward(view: str, pose: Pose) -> dict[str, Point]:
    """Joint positions with the pelvis at the origin."""
    positions: dict[str, Point] = {ROOT_JOINT: (0.0, 0.0)}
    for segment in SEGMENTS:
        x, y = positions[segment.start]
        if segment.across and view == "side":
            # Pointing at the camera: the far side shows only as a small shift, enough
            # to see both arms and both legs without pretending to draw perspective.
            dx, dy = FAR_SIDE_SHIFT if segment.name.endswith("_r") else (0.0, 0.0)
            positions[segment.end] = (x + dx, y + dy)
            continue
        length = segment.length * pose.scale(segment.name)
        angle = math.radians(pose.angles.get(segment.name, 0.0))
        positions[segment.end] = (x + length * math.cos(angle), y + length * math.sin(angle))
    return positions


def joint_positions(spec: FigureSpec, pose: Pose) -> dict[str, Point]:
    """Where every joint is, in figure units, with the anchor joint at its fixed place."""
    positions = _forward(spec.view, pose)
    ax, ay = positions[spec.anchor]
    tx, ty = spec.anchor_position
    return {name: (x - ax + tx, y - ay + ty) for name, (x, y) in positions.items()}


def _bend_sign(a: Point, b: Point, c: Point) -> float:
    """Which way the chain a-b-c bends: +1 counter-clockwise, -1 clockwise, 0 straight."""
    cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return 0.0 if abs(cross) < 1e-9 else math.copysign(1.0, cross)


def _reach(
    root: Point, target: Point, first: float, second: float, sign: float
) -> tuple[float, float]:
    """Absolute angles of a two-bone chain from `root` reaching for `target` (degrees).

    Out of reach the chain points straight at the target; `sign` picks the elbow side.
    """
    dx, dy = target[0] - root[0], target[1] - root[1]
    distance = min(max(math.hypot(dx, dy), abs(first - second) + 1e-9), first + second)
    towards = math.atan2(dy, dx)
    cos_root = (first**2 + distance**2 - second**2) / (2 * first * distance)
    root_turn = math.acos(min(1.0, max(-1.0, cos_root)))
    first_angle = towards - sign * root_turn
    elbow = (root[0] + first * math.cos(first_angle), root[1] + first * math.sin(first_angle))
    second_angle = math.atan2(target[1] - elbow[1], target[0] - elbow[0])
    return math.degrees(first_angle), math.degrees(second_angle)


def settle(spec: FigureSpec, pose: Pose, rest: Pose) -> Pose:
    """Bend the planted limbs so their end joints stay where they are in `rest`.

    Interpolating angles alone would let hands slide or float between keyframes; a
    two-bone reach keeps them on the spot while the body moves.
    """
    if not spec.planted:
        return pose
    targets = joint_positions(spec, rest)
    # Each planted limb hangs from a shoulder or a hip that the others do not move.
    current = joint_positions(spec, pose)
    angles = dict(pose.angles)
    for joint in spec.planted:
        first, second = (SEGMENT_BY_NAME[name] for name in PLANTABLE[joint])
        root = current[first.start]
        # Bend the way the pose bends; a limb straight in the pose bends as at rest.
        sign = _bend_sign(root, current[first.end], current[joint]) or _bend_sign(
            targets[first.start], targets[first.end], targets[joint]
        )
        lengths = (first.length * pose.scale(first.name), second.length * pose.scale(second.name))
        angles[first.name], angles[second.name] = _reach(
            root, targets[joint], *lengths, sign or 1.0
        )
    return Pose(angles, pose.scales)


# -- motion through the phases -----------------------------------------------------

# During the hold the body eases off this fraction towards the start and back, once:
# alive, like a breath, but still plainly the stretched pose.
BREATH = 0.04


def keyframes_for(spec: FigureSpec, side: str | None) -> list[Pose]:
    """The movement's keyframes in order, mirrored for the right side."""
    poses = [spec.keyframes[name] for name in spec.sequence]
    if side == "right":
        poses = [mirror(p, spec.view) for p in poses]
    return poses


def _along(poses: list[Pose], t: float) -> Pose:
    """A pose a fraction `t` along a path of keyframes."""
    legs = len(poses) - 1
    index = min(int(t * legs), legs - 1)
    return interpolate(poses[index], poses[index + 1], t * legs - index)


def pose_at(spec: FigureSpec, phase: str, progress: float, side: str | None) -> Pose:
    """The pose shown `progress` (0..1) of the way through `phase`."""
    if phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r} (expected one of: {', '.join(PHASES)})")
    if side not in (None, *SIDES):
        raise ValueError(f"unknown side {side!r} (expected left, right or None)")
    progress = min(1.0, max(0.0, progress))
    poses = keyframes_for(spec, side)
    start, stretched = poses[0], poses[-1]
    if phase == "stretch":
        pose = _along(poses, ease_in_out(progress))
    elif phase == "release":
        pose = _along(poses[::-1], ease_in_out(progress))
    elif phase == "hold":
        breath = BREATH * (0.5 - 0.5 * math.cos(2 * math.pi * progress))
        pose = interpolate(stretched, start, breath)
    else:
        pose = start
    return settle(spec, pose, start)


@lru_cache(maxsize=64)
def bounds(spec: FigureSpec) -> tuple[float, float, float, float]:
    """A fixed camera box (left, bottom, right, top) for the whole exercise.

    It covers every pose on both sides, the body's thickness, the props and the motion
    arrow, so the figure never jumps or rescales between phases.
    """
    centres: list[Point] = []  # joints and arrow: padded by the body's thickness below
    edges: list[Point] = []  # props: already their outline
    # Release retraces the stretch path backwards, and the hold only breathes between
    # the stretched pose (progress 0) and its deepest breath (progress 0.5), so 13
    # stretch samples and those two cover every frame. This runs once per stretch
    # when the library opens, so fewer samples mean a quicker start.
    steps = 12
    samples = [("stretch", step / steps) for step in range(steps + 1)]
    samples += [("hold", 0.0), ("hold", 0.5)]
    for side in (None, "right"):
        ox, oy = arrow_offset(spec, side)
        for phase, progress in samples:
            joints = joint_positions(spec, pose_at(spec, phase, progress, side))
            centres += joints.values()
            if spec.arrow is not None:
                centres.append((joints[spec.arrow][0] + ox, joints[spec.arrow][1] + oy))
            if "cushion" in spec.props:
                left, bottom, right, top = cushion_box(spec, joints["head"])
                edges += [(left, bottom), (right, top)]
    pad = MAX_RADIUS + HEAD_RADIUS * 0.5
    padded = [(x - pad, y - pad) for x, y in centres] + [(x + pad, y + pad) for x, y in centres]
    everything = padded + edges
    left, right = min(x for x, _ in everything), max(x for x, _ in everything)
    bottom, top = min(y for _, y in everything), max(y for _, y in everything)
    if spec.view == "side":
        # The floor and the mat's thickness sit under everything.
        bottom = min(bottom, -MAT_THICKNESS - 0.02)
    elif "mat" in spec.props:
        left, bottom, right, top = left - 0.03, bottom - 0.03, right + 0.03, top + 0.03
    return (left, bottom, right, top)


def cushion_box(spec: FigureSpec, head: Point) -> tuple[float, float, float, float]:
    """Where the flat cushion lies under the head: (left, bottom, right, top)."""
    x, y = head
    if spec.view == "top":
        # Across the mat, wider than the head, reaching a little past the crown.
        return (x - 0.11, y - 0.15, x + 0.08, y + 0.15)
    return (x - 0.12, 0.0, x + 0.12, 0.035)


def arrow_offset(spec: FigureSpec, side: str | None) -> Point:
    """How far the motion arrow sits from the joint it follows (mirrored from above)."""
    ox, oy = spec.arrow_offset
    return (ox, -oy) if side == "right" and spec.view == "top" else (ox, oy)


# -- reading the [figure] table ----------------------------------------------------


class FigureDataError(ValueError):
    """A [figure] table that cannot be drawn; `field` is the dotted path of the culprit."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


_TOP_KEYS = (
    "view",
    "props",
    "anchor",
    "anchor_at",
    "planted",
    "highlight",
    "arrow",
    "arrow_offset",
    "sequence",
    "keyframes",
)
_SEGMENT_VALUE_KEYS = ("angle", "scale")


def _one_of(value: object, options: Iterable[str], where: str, what: str) -> str:
    choices = tuple(options)
    if not isinstance(value, str):
        raise FigureDataError(where, f"must be text naming a {what}")
    if value not in choices:
        raise FigureDataError(
            where, f"unknown {what} {value!r} (expected one of: {', '.join(choices)})"
        )
    return value


def _names(value: object, options: Iterable[str], where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise FigureDataError(where, f"must be a list of {what} names")
    return tuple(_one_of(v, options, f"{where}[{i}]", what) for i, v in enumerate(value, 1))


def _point(value: object, where: str) -> Point:
    numbers = [_number(v) for v in value] if isinstance(value, list) else []
    if len(numbers) != 2 or None in numbers:
        raise FigureDataError(where, "must be two numbers, [x, y]")
    x, y = numbers
    assert x is not None and y is not None
    return (x, y)


def _expand_sides(name: str, view: str) -> tuple[str, ...]:
    """`thigh` is short for both thighs; `thigh_l` is one of them."""
    known = {s.name for s in segments_for(view)}
    if name in known:
        return (name,)
    both = (f"{name}_l", f"{name}_r")
    return both if all(b in known for b in both) else ()


def _parse_pose(table: object, view: str, where: str, inherit: Pose | None) -> Pose:
    if not isinstance(table, Mapping):
        raise FigureDataError(where, "must be a table of segment angles")
    known = segments_for(view)
    angles: dict[str, float] = dict(inherit.angles) if inherit else {}
    scales: dict[str, float] = dict(inherit.scales) if inherit else {}
    # Both-sides shorthand first, so a one-side entry can refine it.
    ordered = sorted(table.items(), key=lambda item: str(item[0]).endswith(("_l", "_r")))
    for key, value in ordered:
        here = f"{where}.{key}"
        names = _expand_sides(str(key), view)
        if not names:
            extra = (
                " (seen from the side it points at the camera)"
                if any(s.name.startswith(str(key)) and s.across for s in SEGMENTS)
                else ""
            )
            raise FigureDataError(
                here,
                f"unknown segment {key!r}{extra} "
                f"(expected one of: {', '.join(s.name for s in known)})",
            )
        angle, scale = _segment_value(value, view, here)
        for name in names:
            angles[name] = angle
            if scale is not None:
                scales[name] = scale
    missing = [s.name for s in known if s.name not in angles]
    if missing:
        raise FigureDataError(where, f"missing angles for: {', '.join(missing)}")
    return Pose(angles, scales)


def _number(value: object) -> float | None:
    """The value as a float, or None when it is not a number (booleans are not)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _segment_value(value: object, view: str, where: str) -> tuple[float, float | None]:
    """An angle, or an inline table with an angle and a projected length scale."""
    plain = _number(value)
    if plain is not None:
        return plain, None
    if not isinstance(value, Mapping):
        raise FigureDataError(where, "must be an angle in degrees or { angle = …, scale = … }")
    for key in value:
        if key not in _SEGMENT_VALUE_KEYS:
            raise FigureDataError(f"{where}.{key}", "unknown field (expected angle or scale)")
    angle = _number(value.get("angle"))
    if angle is None:
        raise FigureDataError(f"{where}.angle", "must be a number of degrees")
    if "scale" not in value:
        return angle, None
    if view != "top":
        raise FigureDataError(f"{where}.scale", "length scales are only used in the top view")
    scale = _number(value["scale"])
    if scale is None or not 0.05 <= scale <= 1.5:
        raise FigureDataError(f"{where}.scale", "must be a number between 0.05 and 1.5")
    return angle, scale


def parse_figure(table: Mapping[str, object], where: str) -> FigureSpec:
    """Validate a [figure] table; raise FigureDataError naming the first bad field."""
    if not isinstance(table, Mapping):
        raise FigureDataError(where, "must be a table")
    for key in table:
        if key not in _TOP_KEYS:
            raise FigureDataError(
                f"{where}.{key}", f"unknown field (expected one of: {', '.join(_TOP_KEYS)})"
            )

    def required(key: str) -> object:
        if key not in table:
            raise FigureDataError(f"{where}.{key}", "missing")
        return table[key]

    view = _one_of(required("view"), VIEWS, f"{where}.view", "view")
    props = _names(table.get("props", []), PROPS, f"{where}.props", "prop")
    anchor = _one_of(required("anchor"), JOINTS, f"{where}.anchor", "joint")
    anchor_at = _point(table["anchor_at"], f"{where}.anchor_at") if "anchor_at" in table else None
    planted = _names(table.get("planted", []), PLANTABLE, f"{where}.planted", "plantable joint")
    segment_names = [s.name for s in segments_for(view)]
    highlight = _names(table.get("highlight", []), segment_names, f"{where}.highlight", "segment")
    arrow = _one_of(table["arrow"], JOINTS, f"{where}.arrow", "joint") if "arrow" in table else None
    offset = (
        _point(table["arrow_offset"], f"{where}.arrow_offset")
        if "arrow_offset" in table
        else (0.0, 0.0)
    )

    frames_where = f"{where}.keyframes"
    frames = required("keyframes")
    if not isinstance(frames, Mapping):
        raise FigureDataError(frames_where, "must be a table of poses")
    sequence: tuple[str, ...] = ("start", "stretch")
    if "sequence" in table:
        names = _names(table["sequence"], frames, f"{where}.sequence", "keyframe")
        if len(names) < 2 or names[0] != "start" or names[-1] != "stretch":
            raise FigureDataError(
                f"{where}.sequence", 'must run from "start" to "stretch" (at least those two)'
            )
        sequence = names
    for needed in ("start", "stretch"):
        if needed not in frames:
            raise FigureDataError(f"{frames_where}.{needed}", "missing keyframe")
    start = _parse_pose(frames["start"], view, f"{frames_where}.start", None)
    # Later keyframes only list what changes; the rest stays as in the start pose.
    keyframes = {"start": start}
    for name, value in frames.items():
        if name != "start":
            keyframes[str(name)] = _parse_pose(value, view, f"{frames_where}.{name}", start)
    for name in keyframes:
        if name not in sequence:
            raise FigureDataError(
                f"{frames_where}.{name}", "keyframe is not used (add it to figure.sequence)"
            )
    return FigureSpec(
        view=view,
        props=props,
        keyframes=keyframes,
        anchor=anchor,
        sequence=sequence,
        anchor_at=anchor_at,
        planted=planted,
        highlight=highlight,
        arrow=arrow,
        arrow_offset=offset,
    )
