"""How a figure moves through the phases of a stretch. Pure Python (no Qt).

Keyframes are interpolated (angles and rolls the short way round, eased in and out);
the other side is the mirror image; planted hands are kept on the spot by bending the
arm; the hold breathes a little. `joint_positions` places the result in the world.
"""

from __future__ import annotations

import math
from functools import lru_cache

from backstretch.figure.skeleton import (
    PLANTABLE,
    SEGMENT_BY_NAME,
    Pose,
    Vec,
    forward,
    opposite,
)
from backstretch.figure.spec import FigureSpec
from backstretch.session import Phase, Side

# During the hold the body eases off this fraction towards the start and back, once:
# alive, like a breath, but still plainly the stretched pose.
BREATH = 0.04


def angle_difference(start: float, end: float) -> float:
    """The signed turn from `start` to `end`, the short way round (-180..180)."""
    return (end - start + 180.0) % 360.0 - 180.0


def interpolate(start: Pose, end: Pose, t: float) -> Pose:
    """The pose a fraction `t` of the way from `start` to `end` (angles the short way)."""
    angles = {
        name: value + angle_difference(value, end.angles.get(name, value)) * t
        for name, value in start.angles.items()
    }
    names = set(start.rolls) | set(end.rolls)
    rolls = {n: start.roll(n) + angle_difference(start.roll(n), end.roll(n)) * t for n in names}
    return Pose(angles, rolls)


# How much of the easing is a plain steady pace: enough that the first quarter of a
# movement already shows (a pure cosine ease covers only 15% of the way by then).
_STEADY = 0.4


def ease_in_out(t: float) -> float:
    """Slow start, slow finish: a calm movement rather than a jolt, yet visible early."""
    t = min(1.0, max(0.0, t))
    return _STEADY * t + (1 - _STEADY) * (0.5 - 0.5 * math.cos(math.pi * t))


def mirror(pose: Pose) -> Pose:
    """The same movement done to the other side (z → -z). Mirroring twice gives it back."""
    angles = {opposite(n): a for n, a in pose.angles.items()}
    rolls = {opposite(n): -r for n, r in pose.rolls.items()}
    return Pose(angles, rolls)


def joint_positions(spec: FigureSpec, pose: Pose) -> dict[str, Vec]:
    """Where every joint is in the world, with the anchor joint at its fixed place."""
    positions = forward(pose)
    ax, ay, _ = positions[spec.anchor]
    tx, ty = spec.anchor_position
    return {name: (x - ax + tx, y - ay + ty, z) for name, (x, y, z) in positions.items()}


def _bend_sign(a: Vec, b: Vec, c: Vec) -> float:
    """Which way the chain a-b-c bends in the side plane: +1 counter-clockwise, -1, 0."""
    cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    return 0.0 if abs(cross) < 1e-9 else math.copysign(1.0, cross)


def _reach(root: Vec, target: Vec, first: float, second: float, sign: float) -> tuple[float, float]:
    """Side-plane angles of a two-bone chain from `root` reaching for `target` (degrees).

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


@lru_cache(maxsize=64)
def _rest_positions(spec: FigureSpec, rest: Pose) -> dict[str, Vec]:
    """Where the starting position puts every joint (asked on every frame)."""
    return joint_positions(spec, rest)


def settle(spec: FigureSpec, pose: Pose, rest: Pose) -> Pose:
    """Bend the planted limbs so their end joints stay where they are in `rest`.

    Interpolating angles alone would let hands slide or float between keyframes; a
    two-bone reach in the side plane keeps them on the spot while the body moves.
    """
    if not spec.planted:
        return pose
    targets = _rest_positions(spec, rest)
    current = joint_positions(spec, pose)
    angles = dict(pose.angles)
    for joint in spec.planted:
        first, second = (SEGMENT_BY_NAME[name] for name in PLANTABLE[joint])
        root = current[first.start]
        # Bend the way the pose bends; a limb straight in the pose bends as at rest.
        sign = _bend_sign(root, current[first.end], current[joint]) or _bend_sign(
            targets[first.start], targets[first.end], targets[joint]
        )
        angles[first.name], angles[second.name] = _reach(
            root, targets[joint], first.length, second.length, sign or 1.0
        )
    return Pose(angles, pose.rolls)


def keyframes_for(spec: FigureSpec, side: Side | str | None) -> list[Pose]:
    """The movement's keyframes in order, mirrored for the right side."""
    poses = [spec.keyframes[name] for name in spec.sequence]
    if side == Side.RIGHT:
        poses = [mirror(p) for p in poses]
    return poses


def _along(poses: list[Pose], t: float) -> Pose:
    """A pose a fraction `t` along a path of keyframes."""
    legs = len(poses) - 1
    index = min(int(t * legs), legs - 1)
    return interpolate(poses[index], poses[index + 1], t * legs - index)


def as_phase(phase: Phase | str) -> Phase:
    try:
        return Phase(phase)
    except ValueError:
        known = ", ".join(p.value for p in Phase)
        raise ValueError(f"unknown phase {phase!r} (expected one of: {known})") from None


def as_side(side: Side | str | None) -> Side | None:
    if side is None:
        return None
    try:
        return Side(side)
    except ValueError:
        raise ValueError(f"unknown side {side!r} (expected left, right or None)") from None


def pose_at(spec: FigureSpec, phase: Phase | str, progress: float, side: Side | str | None) -> Pose:
    """The pose shown `progress` (0..1) of the way through `phase`."""
    phase, side = as_phase(phase), as_side(side)
    progress = min(1.0, max(0.0, progress)) if math.isfinite(progress) else 0.0
    poses = keyframes_for(spec, side)
    start, stretched = poses[0], poses[-1]
    if phase is Phase.STRETCH:
        pose = _along(poses, ease_in_out(progress))
    elif phase is Phase.RELEASE:
        pose = _along(poses[::-1], ease_in_out(progress))
    elif phase is Phase.HOLD:
        breath = BREATH * (0.5 - 0.5 * math.cos(2 * math.pi * progress))
        pose = interpolate(stretched, start, breath)
    else:
        pose = start
    return settle(spec, pose, start)
