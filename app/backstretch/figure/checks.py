"""The pose checker: does every frame of a stretch show what the article says?

Pure Python (no Qt). `check_figure` walks a stretch at 30 frames a second through every
phase (get ready, stretch, hold with its breathing, release, rest) on every side, and
reports each frame that breaks a rule, naming the stretch, phase, frame and joint:

* for every stretch: joint angles inside human ranges (knees and elbows bend the right
  way), nothing below the mat, no limb through the trunk or the head, the anchor and the
  planted joints stay put, no jump between consecutive frames, a movement that shows
  from its first quarter, a head that rests on its cushion, and a motion arrow and a
  glow that point at the movement: never at the head or neck, never across a limb or a
  prop — measured on the same screen geometry the renderer draws;
* the stretch's own constraints, declared as data under [figure.checks] in its file
  (see spec.Constraints), so a stretch added as a file is checked the same way.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from backstretch.figure.camera import Point
from backstretch.figure.motion import angle_difference, joint_positions, pose_at
from backstretch.figure.scene import (
    ARROW_WIDTH,
    CUSHION_HEIGHT,
    GLOW_CORE_WIDTH,
    arrow_head,
    arrow_path,
    body_capsules,
    glow_lines,
    screen,
)
from backstretch.figure.skeleton import (
    HEAD_RADIUS,
    HINGES,
    SEGMENT_BY_NAME,
    SEGMENTS,
    Pose,
    Vec,
    between,
    hinge_angle,
    joint_radius,
    opposite,
    sub,
)
from backstretch.figure.spec import FigureSpec
from backstretch.session import Phase, Side

FPS = 30

# Joint angles a body can take (180 = straight), whatever the stretch.
HUMAN_RANGES: Mapping[str, tuple[float, float]] = {
    **{f"knee_{s}": (25.0, 180.0) for s in "lr"},
    **{f"elbow_{s}": (30.0, 180.0) for s in "lr"},
    **{f"wrist_{s}": (70.0, 180.0) for s in "lr"},
    **{f"ankle_{s}": (60.0, 180.0) for s in "lr"},
    **{f"hip_{s}": (25.0, 180.0) for s in "lr"},
    "waist": (135.0, 180.0),
    "chest": (120.0, 180.0),
    "neck_top": (120.0, 180.0),
}
# Knees bend backwards and elbows forwards: the signed turn in the limb's own plane
# from the upper to the lower bone (degrees, counter-clockwise for a figure facing -x).
BEND_DIRECTION: Mapping[str, tuple[float, float]] = {
    **{f"knee_{s}": (-5.0, 160.0) for s in "lr"},
    **{f"elbow_{s}": (-160.0, 5.0) for s in "lr"},
}

FLOOR_TOLERANCE = 0.006  # how far a body part may press into the mat
GROUNDED = 0.012  # how far above the floor a joint still touches it
PLANTED = 0.01  # how far a planted joint may drift
STILL_DEGREES = 2.0  # how far a still segment may turn
MAX_STEP = 0.012  # the most a joint may travel between two frames (30 per second)
FLAT_DEGREES = 12.0  # a segment this close to level lies flat
STACKED_ACROSS = 0.09  # an upper joint resting on a lower one: this close across
# A limb passing another body part closer than this share of their radii goes through.
PENETRATION_SHARE = 0.7
# The arrow keeps this clear of the body, the props and (more) of the head and neck.
ARROW_CLEARANCE = 0.006
ARROW_HEAD_CLEARANCE = 0.03
# From its first quarter (time), a movement must show.
EARLY_SHARE = 0.12
EARLY_DISTANCE = 0.02

# Limb segments tested against the trunk and the head (the ones attached to the trunk
# are tested against the head only).
_DISTAL = ("forearm", "hand", "shin", "foot")
_PROXIMAL = ("upper_arm", "thigh")
_TRUNK = ("spine_low", "spine_high")


@dataclass(frozen=True)
class Timing:
    """How long each moving phase lasts (seconds), as in the exercise file."""

    move: float = 3.0
    hold: float = 5.0
    release: float = 3.0


@dataclass(frozen=True)
class Problem:
    stretch: str
    phase: Phase
    frame: int
    side: Side | None
    joint: str
    message: str

    def __str__(self) -> str:
        side = f" ({self.side.value} side)" if self.side else ""
        where = f"{self.stretch}{side}, {self.phase.value} frame {self.frame}"
        return f"{where}, {self.joint}: {self.message}"


@dataclass(frozen=True)
class Frame:
    phase: Phase
    index: int
    progress: float
    side: Side | None
    pose: Pose
    joints: dict[str, Vec]


def frames(spec: FigureSpec, side: Side | None, timing: Timing) -> Iterator[Frame]:
    """Every frame of one repetition, in order: get ready, stretch, hold, release, rest."""
    plan = [
        (Phase.GET_READY, 1),
        (Phase.STRETCH, max(2, round(timing.move * FPS) + 1)),
        (Phase.HOLD, max(2, round(timing.hold * FPS) + 1)),
        (Phase.RELEASE, max(2, round(timing.release * FPS) + 1)),
        (Phase.REST, 1),
    ]
    for phase, count in plan:
        for index in range(count):
            progress = index / (count - 1) if count > 1 else 0.0
            pose = pose_at(spec, phase, progress, side)
            yield Frame(phase, index, progress, side, pose, joint_positions(spec, pose))


def _segment_distance(p1: Vec, q1: Vec, p2: Vec, q2: Vec) -> float:
    """The shortest distance between two 3D segments."""
    d1, d2, r = sub(q1, p1), sub(q2, p2), sub(p1, p2)
    a, e, f = _dot(d1, d1), _dot(d2, d2), _dot(d2, r)
    if a < 1e-12 and e < 1e-12:
        return math.dist(p1, p2)
    if a < 1e-12:
        s, t = 0.0, min(1.0, max(0.0, f / e))
    else:
        c = _dot(d1, r)
        if e < 1e-12:
            s, t = min(1.0, max(0.0, -c / a)), 0.0
        else:
            b = _dot(d1, d2)
            denom = a * e - b * b
            s = min(1.0, max(0.0, (b * f - c * e) / denom)) if denom > 1e-12 else 0.0
            t = (b * s + f) / e
            if t < 0.0:
                s, t = min(1.0, max(0.0, -c / a)), 0.0
            elif t > 1.0:
                s, t = min(1.0, max(0.0, (b - c) / a)), 1.0
    c1 = tuple(p + d * s for p, d in zip(p1, d1, strict=True))
    c2 = tuple(p + d * t for p, d in zip(p2, d2, strict=True))
    return math.dist(c1, c2)


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def point_segment_distance(p: Point, a: Point, b: Point) -> float:
    """The shortest distance from a point to a 2D segment."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length < 1e-12 else ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length
    t = min(1.0, max(0.0, t))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def _side_names(names: Iterable[str], side: Side | None) -> list[str]:
    return [opposite(n) for n in names] if side is Side.RIGHT else list(names)


def _signed_turn(pose: Pose, first: str, second: str) -> float | None:
    """The side-plane turn from one bone to the next, if both lie in one plane."""
    if abs(pose.roll(first) - pose.roll(second)) > 1e-6:
        return None
    return angle_difference(pose.angles.get(first, 0.0), pose.angles.get(second, 0.0))


class _Checker:
    def __init__(self, name: str, spec: FigureSpec, timing: Timing) -> None:
        self.name = name
        self.spec = spec
        self.timing = timing
        self.problems: list[Problem] = []

    def report(self, frame: Frame, joint: str, message: str) -> None:
        self.problems.append(
            Problem(self.name, frame.phase, frame.index, frame.side, joint, message)
        )

    # -- every frame --

    def body(self, frame: Frame) -> None:
        joints, pose = frame.joints, frame.pose
        for hinge, (low, high) in HUMAN_RANGES.items():
            angle = hinge_angle(joints, hinge)
            if not low - 1e-6 <= angle <= high + 1e-6:
                self.report(
                    frame,
                    hinge,
                    f"angle {angle:.0f}° is outside the human range {low:.0f}–{high:.0f}°",
                )
        for hinge, (low, high) in BEND_DIRECTION.items():
            turn = _signed_turn(pose, *HINGES[hinge])
            if turn is not None and not low <= turn <= high:
                self.report(frame, hinge, f"bends the wrong way ({turn:.0f}°)")
        for joint, (_, y, _) in joints.items():
            if y - joint_radius(joint) < -FLOOR_TOLERANCE:
                self.report(frame, joint, f"is below the mat ({y - joint_radius(joint):+.3f})")
        head = joints["head"]
        for segment in SEGMENTS:
            base = segment.name[:-2]
            if base not in _DISTAL + _PROXIMAL:
                continue
            a, b = joints[segment.start], joints[segment.end]
            radius = max(segment.start_radius, segment.end_radius)
            if _segment_distance(a, b, head, head) < PENETRATION_SHARE * (radius + HEAD_RADIUS):
                self.report(frame, segment.name, "passes through the head")
            if base not in _DISTAL:
                continue
            for trunk_name in _TRUNK:
                trunk = SEGMENT_BY_NAME[trunk_name]
                gap = _segment_distance(a, b, joints[trunk.start], joints[trunk.end])
                if gap < PENETRATION_SHARE * (radius + max(trunk.start_radius, trunk.end_radius)):
                    self.report(frame, segment.name, f"passes through the trunk ({trunk_name})")
        if "cushion" in self.spec.props:
            resting = head[1] - HEAD_RADIUS
            if not CUSHION_HEIGHT - FLOOR_TOLERANCE <= resting <= CUSHION_HEIGHT + GROUNDED:
                self.report(
                    frame, "head", f"does not rest on the cushion ({resting:.3f} above the floor)"
                )

    def declared(self, frame: Frame, start: dict[str, Vec], start_pose: Pose) -> None:
        checks, joints, side = self.spec.checks, frame.joints, frame.side
        fixed = [self.spec.anchor, *self.spec.planted, *checks.planted]
        for joint in dict.fromkeys(_side_names(fixed, side)):
            drift = math.dist(joints[joint], start[joint])
            if drift > PLANTED:
                self.report(frame, joint, f"should stay put but moved {drift:.3f}")
        for joint in _side_names(checks.grounded, side):
            height = joints[joint][1] - joint_radius(joint)
            if height > GROUNDED:
                self.report(frame, joint, f"should touch the floor but is {height:.3f} above it")
        for name in _side_names(checks.still, side):
            seg = SEGMENT_BY_NAME[name]
            turn = between(
                sub(joints[seg.end], joints[seg.start]), sub(start[seg.end], start[seg.start])
            )
            if turn > STILL_DEGREES:
                self.report(frame, name, f"should stay still but turned {turn:.1f}°")
        for hinge, (low, high) in checks.bend.items():
            for joint in dict.fromkeys(_side_names([hinge], side)):
                angle = hinge_angle(joints, joint)
                if not low - 1e-6 <= angle <= high + 1e-6:
                    self.report(
                        frame, joint, f"angle {angle:.0f}° is outside {low:.0f}–{high:.0f}°"
                    )
        for base, (low, high) in checks.apart.items():
            gap = math.dist(joints[f"{base}_l"], joints[f"{base}_r"])
            if not low <= gap <= high:
                self.report(
                    frame, f"{base}_l/{base}_r", f"are {gap:.3f} apart, not {low:g}–{high:g}"
                )
        for hinge, most in checks.in_line.items():
            for joint in dict.fromkeys(_side_names([hinge], side)):
                off = 180.0 - hinge_angle(joints, joint)
                if off > most + 1e-6:
                    self.report(frame, joint, f"bends {off:.0f}° out of line (at most {most:g}°)")
        for joint, (first, second, within) in checks.near_line_at_hold.items():
            if frame.phase is not Phase.HOLD:
                continue
            j, a, b = (joints[n] for n in _side_names((joint, first, second), side))
            axis = sub(b, a)
            length = math.sqrt(_dot(axis, axis))
            offset = sub(j, a)
            along = _dot(offset, axis) / length if length > 1e-9 else 0.0
            # Distance in the side plane: across the body the head lies between the arms.
            off = math.hypot(
                offset[0] - axis[0] * along / length, offset[1] - axis[1] * along / length
            )
            if off > within:
                self.report(
                    frame, joint, f"is {off:.3f} off the line {first}–{second} (at most {within:g})"
                )

    # -- the whole movement --

    def movement(self, side: Side | None) -> None:
        checks = self.spec.checks
        every = list(frames(self.spec, side, self.timing))
        start = every[0].joints
        start_pose = every[0].pose
        for frame in every:
            self.body(frame)
            self.declared(frame, start, start_pose)
        for before, after in itertools.pairwise(every):
            joint, step = max(
                ((j, math.dist(after.joints[j], before.joints[j])) for j in after.joints),
                key=lambda item: item[1],
            )
            if step > MAX_STEP:
                self.report(after, joint, f"jumps {step:.3f} since the frame before")
        hold = next(f for f in every if f.phase is Phase.HOLD)
        travel = {j: math.dist(hold.joints[j], start[j]) for j in start}
        most = max(travel.values())
        stretch = [f for f in every if f.phase is Phase.STRETCH]
        quarter = stretch[len(stretch) // 4]
        early = max(math.dist(quarter.joints[j], start[j]) for j in start)
        if most > 0 and early < max(EARLY_DISTANCE, EARLY_SHARE * most):
            self.report(
                quarter,
                max(travel, key=lambda j: travel[j]),
                f"barely moves in the first quarter ({early:.3f} of {most:.3f})",
            )
        first = every[0]
        for name in _side_names(checks.flat_at_start, side):
            seg = SEGMENT_BY_NAME[name]
            a, b = first.joints[seg.start], first.joints[seg.end]
            tilt = math.degrees(math.asin(min(1.0, abs(b[1] - a[1]) / max(1e-9, math.dist(a, b)))))
            height = min(a[1] - joint_radius(seg.start), b[1] - joint_radius(seg.end))
            if tilt > FLAT_DEGREES or height > GROUNDED:
                self.report(
                    first, name, f"should lie flat on the mat (tilted {tilt:.0f}°, {height:.3f} up)"
                )
        for upper, lower in checks.stacked_at_hold:
            u, low = _side_names((upper, lower), side)
            a, b = hold.joints[u], hold.joints[low]
            across = math.hypot(a[0] - b[0], a[2] - b[2])
            if a[1] <= b[1] + 0.02 or across > STACKED_ACROSS:
                self.report(
                    hold, u, f"should rest on {low} (rises {a[1] - b[1]:.3f}, {across:.3f} across)"
                )
        if checks.spread:
            names = _side_names(checks.spread, side)
            changes = {n: abs(hinge_angle(hold.joints, n) - hinge_angle(start, n)) for n in names}
            total = sum(changes.values())
            for joint, change in changes.items():
                if total > 0 and change < checks.spread_share * total:
                    self.report(
                        hold,
                        joint,
                        f"takes only {change / total:.0%} of the movement "
                        f"({change:.0f}° of {total:.0f}°)",
                    )
        self.emphasis(every, side)

    # -- the arrow and the glow, on screen --

    def emphasis(self, every: list[Frame], side: Side | None) -> None:
        spec = self.spec
        for frame in every:
            if frame.index % 3 and frame.phase is not Phase.HOLD:
                continue
            points = screen(spec, frame.joints)
            capsules = body_capsules(spec, frame.joints)
            if frame.phase in (Phase.STRETCH, Phase.RELEASE):
                path = arrow_path(spec, frame.phase, side)
                if len(path) >= 2:
                    self._arrow(frame, path, capsules)
            if frame.phase is Phase.HOLD and frame.index == 0:
                self._glow(frame, points)

    def _arrow(
        self, frame: Frame, path: tuple[Point, ...], capsules: list[tuple[str, Point, Point, float]]
    ) -> None:
        shaft = [
            (a[0] + (b[0] - a[0]) * t / 4, a[1] + (b[1] - a[1]) * t / 4)
            for a, b in itertools.pairwise(path)
            for t in range(4)
        ]
        tip, wing_a, wing_b = arrow_head(path)
        centre = ((tip[0] + wing_a[0] + wing_b[0]) / 3, (tip[1] + wing_a[1] + wing_b[1]) / 3)
        marks = [(p, ARROW_WIDTH / 2) for p in [*shaft, path[-1]]]
        marks += [(p, 0.0) for p in (tip, wing_a, wing_b, centre)]
        for name, a, b, radius in capsules:
            near_head = name in ("head", "neck")
            clear = radius + (ARROW_HEAD_CLEARANCE if near_head else ARROW_CLEARANCE)
            for point, half in marks:
                if point_segment_distance(point, a, b) < clear + half:
                    what = "the head or neck" if near_head else name
                    self.report(frame, name, f"the motion arrow touches {what}")
                    return

    def _glow(self, frame: Frame, points: dict[str, Point]) -> None:
        for name in self.spec.highlight:
            if name in ("head", "neck"):
                self.report(frame, name, "the glow must not highlight the head or neck")
        neck = SEGMENT_BY_NAME["neck"]
        core = GLOW_CORE_WIDTH / 2
        for (a, b), name in zip(glow_lines(self.spec, points), self.spec.highlight, strict=True):
            if name in ("head", "neck"):
                continue
            to_head = point_segment_distance(points["head"], a, b) - HEAD_RADIUS
            to_neck = min(
                point_segment_distance(points[neck.start], a, b),
                point_segment_distance(points[neck.end], a, b),
            ) - max(neck.start_radius, neck.end_radius)
            if min(to_head, to_neck) < core:
                what = "head" if to_head < to_neck else "neck"
                self.report(frame, name, f"the glow's core sits on the {what}")


def check_figure(
    name: str, spec: FigureSpec, *, sided: bool, timing: Timing | None = None
) -> list[Problem]:
    """Every problem in every frame of the stretch `name`, first ones first."""
    checker = _Checker(name, spec, timing or Timing())
    for side in (Side.LEFT, Side.RIGHT) if sided else (None,):
        checker.movement(side)
    return checker.problems
