"""The figure's skeleton: bones, joints, their thickness, and forward kinematics in 3D.

Pure Python (no Qt).

Conventions
-----------
* Figure units: a standing person is about 1.0 tall. The floor is y = 0 and y points up.
  +z is the person's left: the side camera looks at the left side, so the left limbs
  are the near ones. A stretch seen from the side faces -x (to the left of the picture);
  a person lying on their back has the head towards +x.
* A pose gives every segment an *absolute* direction as two angles in degrees:
  `angle`, counter-clockwise from +x in the side plane (x, y) — "thigh = -90" is a thigh
  pointing straight down whatever the hips do — and `roll`, a turn of that direction
  about the body's long (x) axis towards +z. Roll 0 keeps a segment in the side plane,
  so a side view needs no rolls at all. Rolls are counted from a segment's natural
  direction: the segments across the body (collar bones, pelvis halves) point to their
  own side at roll 0, so `hip = { roll = 60 }` turns the pelvis 60° onto its right side,
  and the same roll on the thighs and shins turns a bent pair of legs as a pair.
* Mirroring (z → -z) swaps the left and right segments and negates every roll.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Vec = tuple[float, float, float]


@dataclass(frozen=True)
class Segment:
    """One bone: from a parent joint to a child joint, drawn as a tapered capsule."""

    name: str
    start: str
    end: str
    length: float
    start_radius: float
    end_radius: float
    # Runs across the body (collar bones, pelvis halves): points at the side camera.
    across: bool = False

    @property
    def base_roll(self) -> float:
        """The roll at which this segment points where a body at rest has it."""
        if not self.across:
            return 0.0
        return 90.0 if self.name.endswith("_l") else -90.0


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
MAX_RADIUS = max(max(s.start_radius, s.end_radius) for s in SEGMENTS)

# Two-bone chains that can keep their end joint planted on the floor.
PLANTABLE: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "wrist_l": ("upper_arm_l", "forearm_l"),
        "wrist_r": ("upper_arm_r", "forearm_r"),
        "ankle_l": ("thigh_l", "shin_l"),
        "ankle_r": ("thigh_r", "shin_r"),
    }
)

# The joints a pose checker can measure as an angle between two bones (180 = straight).
HINGES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        **{f"elbow_{s}": (f"upper_arm_{s}", f"forearm_{s}") for s in "lr"},
        **{f"wrist_{s}": (f"forearm_{s}", f"hand_{s}") for s in "lr"},
        **{f"knee_{s}": (f"thigh_{s}", f"shin_{s}") for s in "lr"},
        **{f"ankle_{s}": (f"shin_{s}", f"foot_{s}") for s in "lr"},
        **{f"hip_{s}": ("spine_low", f"thigh_{s}") for s in "lr"},
        "waist": ("spine_low", "spine_high"),
        "chest": ("spine_high", "neck"),
        "neck_top": ("neck", "head"),
    }
)


def _frozen(values: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class Pose:
    """Every segment's direction: absolute `angles` and `rolls` relative to base_roll."""

    angles: Mapping[str, float]
    rolls: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Read-only copies: a pose handed out must not change under anybody's feet.
        object.__setattr__(self, "angles", _frozen(self.angles))
        object.__setattr__(self, "rolls", _frozen(self.rolls))

    def __hash__(self) -> int:
        return hash((frozenset(self.angles.items()), frozenset(self.rolls.items())))

    def roll(self, segment: str) -> float:
        return self.rolls.get(segment, 0.0)


MAT_THICKNESS = 0.025  # the mat lies just under the floor, y = 0


def joint_radius(joint: str) -> float:
    """How thick the body is at a joint: how far its centre sits above a floor it rests on."""
    radii = [s.start_radius for s in SEGMENTS if s.start == joint and not s.across]
    radii += [s.end_radius for s in SEGMENTS if s.end == joint and not s.across]
    return max(radii, default=0.0)


def opposite(name: str) -> str:
    """The same segment or joint on the other side (central ones are their own)."""
    if name.endswith("_l"):
        return name[:-2] + "_r"
    if name.endswith("_r"):
        return name[:-2] + "_l"
    return name


def direction(angle: float, roll: float) -> Vec:
    """A unit vector: `angle` in the side plane, turned by `roll` about the x axis."""
    a, r = math.radians(angle), math.radians(roll)
    return (math.cos(a), math.sin(a) * math.cos(r), math.sin(a) * math.sin(r))


def forward(pose: Pose) -> dict[str, Vec]:
    """Joint positions with the pelvis at the origin."""
    angles, rolls = pose.angles, pose.rolls
    positions: dict[str, Vec] = {ROOT_JOINT: (0.0, 0.0, 0.0)}
    for segment in SEGMENTS:
        x, y, z = positions[segment.start]
        default_angle = 90.0 if segment.across else 0.0
        dx, dy, dz = direction(
            angles.get(segment.name, default_angle),
            segment.base_roll + rolls.get(segment.name, 0.0),
        )
        length = segment.length
        positions[segment.end] = (x + length * dx, y + length * dy, z + length * dz)
    return positions


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def norm(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def between(a: Vec, b: Vec) -> float:
    """The angle between two vectors in degrees (0 = same way)."""
    na, nb = norm(a), norm(b)
    if na < 1e-12 or nb < 1e-12:
        return 0.0
    return math.degrees(math.acos(max(-1.0, min(1.0, dot(a, b) / (na * nb)))))


def hinge_angle(joints: Mapping[str, Vec], hinge: str) -> float:
    """The angle at a joint between its two bones in degrees: 180 is straight.

    At a hip the spine and the thigh both leave the pelvis, so their angle is the hip's.
    """
    first, second = (SEGMENT_BY_NAME[name] for name in HINGES[hinge])
    one = sub(joints[first.end], joints[first.start])
    other = sub(joints[second.end], joints[second.start])
    if first.end == second.start:
        return 180.0 - between(one, other)
    return between(one, other)
