"""The figure spec: an exercise's [figure] table, validated. Pure Python (no Qt).

A spec says how the exercise is seen (the camera), which props lie on the mat, the key
poses the movement passes through, what stays planted, what glows, where the motion
arrow goes — and, under [figure.checks], the article's constraints on every frame,
which the pose checker (checks.py) holds the motion to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from backstretch.figure.camera import VIEWS, Camera
from backstretch.figure.skeleton import (
    HINGES,
    JOINTS,
    PLANTABLE,
    SEGMENTS,
    Pose,
    joint_radius,
)
from backstretch.toml_table import ContentError, Table

Point = tuple[float, float]
PROPS = ("mat", "cushion", "pillow")
SEGMENT_NAMES = tuple(s.name for s in SEGMENTS)
_PAIRED_JOINTS = tuple(sorted({j[:-2] for j in JOINTS if j.endswith(("_l", "_r"))}))


def _frozen(values: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class Constraints:
    """What the article asks of every frame (checked by figure/checks.py, not enforced).

    Ranges are (low, high); distances in figure units, angles in degrees (180 = straight).
    """

    # Joints that stay where the starting position put them (hands, knees on the mat).
    planted: tuple[str, ...] = ()
    # Joints that touch the floor in every frame.
    grounded: tuple[str, ...] = ()
    # Segments that keep the direction they have at the start (shoulders, arms still).
    still: tuple[str, ...] = ()
    # Joint angles allowed in every frame, e.g. knees never straighter than 120°.
    bend: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    # How far apart the left and right joint of a pair may be (knees together).
    apart: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    # How far a joint may bend away from straight (a neck in line with the back).
    in_line: Mapping[str, float] = field(default_factory=dict)
    # In the held pose, a joint close to the line through two others (side plane):
    # (first, second, distance), e.g. the head between the arms.
    near_line_at_hold: Mapping[str, tuple[str, str, float]] = field(default_factory=dict)
    # Joints that share the movement: each takes at least `spread_share` of their total.
    spread: tuple[str, ...] = ()
    spread_share: float = 0.25
    # Segments lying level on the floor in the starting position (feet flat).
    flat_at_start: tuple[str, ...] = ()
    # Pairs (upper, lower) of joints resting one above the other in the held pose.
    stacked_at_hold: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for name in ("bend", "apart", "in_line", "near_line_at_hold"):
            object.__setattr__(self, name, _frozen(getattr(self, name)))

    def __hash__(self) -> int:
        return hash(
            (
                self.planted,
                self.grounded,
                self.still,
                frozenset(self.bend.items()),
                frozenset(self.apart.items()),
                frozenset(self.in_line.items()),
                frozenset(self.near_line_at_hold.items()),
                self.spread,
                self.spread_share,
                self.flat_at_start,
                self.stacked_at_hold,
            )
        )


@dataclass(frozen=True)
class FigureSpec:
    """Everything needed to draw one exercise's figure in every phase."""

    camera: Camera
    props: tuple[str, ...]
    keyframes: Mapping[str, Pose]
    anchor: str
    # Keyframes the movement passes through, from start to stretch.
    sequence: tuple[str, ...] = ("start", "stretch")
    # Where the anchor joint sits (x, y); None: on the floor at x = 0.
    anchor_at: Point | None = None
    # Joints kept where the start pose put them (hands on the floor), by bending the limb.
    planted: tuple[str, ...] = ()
    highlight: tuple[str, ...] = ()
    arrow: str | None = None
    # Screen offset of the arrow from its joint.
    arrow_offset: Point = (0.0, 0.0)
    # For a roll about the body's long axis: push the arrow out from the axis through
    # this joint by `arrow_clearance`, so it arcs round the limbs it follows.
    arrow_around: str | None = None
    arrow_clearance: float = 0.0
    # Stretch the arrow about its middle: a small movement still gets an arrow that
    # shows from two metres.
    arrow_scale: float = 1.0
    # Lift the arrow clear above the body as it lies at the start: for a movement that
    # only sinks on screen (knees rolling down to the side), it then never crosses a
    # limb, and it points the way they go from just above them.
    arrow_over_start: bool = False
    checks: Constraints = field(default_factory=Constraints)

    def __post_init__(self) -> None:
        object.__setattr__(self, "keyframes", MappingProxyType(dict(self.keyframes)))

    def __hash__(self) -> int:
        return hash(
            (
                self.camera,
                self.props,
                frozenset(self.keyframes.items()),
                self.anchor,
                self.sequence,
                self.anchor_at,
                self.planted,
                self.highlight,
                self.arrow,
                self.arrow_offset,
                self.arrow_around,
                self.arrow_clearance,
                self.arrow_scale,
                self.arrow_over_start,
                self.checks,
            )
        )

    @property
    def view(self) -> str:
        return self.camera.view

    @property
    def anchor_position(self) -> Point:
        if self.anchor_at is not None:
            return self.anchor_at
        return (0.0, joint_radius(self.anchor))


# -- reading the [figure] table ----------------------------------------------------

_TOP_KEYS = (
    "view",
    "elevation",
    "turn",
    "props",
    "anchor",
    "anchor_at",
    "planted",
    "highlight",
    "arrow",
    "arrow_offset",
    "arrow_around",
    "arrow_clearance",
    "arrow_scale",
    "arrow_over_start",
    "sequence",
    "keyframes",
    "checks",
)
_SEGMENT_VALUE_KEYS = ("angle", "roll")
_CHECK_KEYS = (
    "planted",
    "grounded",
    "still",
    "bend",
    "apart",
    "in_line",
    "near_line_at_hold",
    "spread",
    "spread_share",
    "flat_at_start",
    "stacked_at_hold",
)
# Angles are degrees; anything beyond a few turns is a typing mistake, not a pose.
_MAX_ANGLE = 720.0


def _expand_sides(name: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """`thigh` is short for both thighs; `thigh_l` is one of them."""
    if name in known:
        return (name,)
    both = (f"{name}_l", f"{name}_r")
    return both if all(b in known for b in both) else ()


def _parse_pose(table: Table, inherit: Pose | None) -> Pose:
    angles: dict[str, float] = dict(inherit.angles) if inherit else {}
    rolls: dict[str, float] = dict(inherit.rolls) if inherit else {}
    # Both-sides shorthand first, so a one-side entry can refine it.
    ordered = sorted(table.keys(), key=lambda key: key.endswith(("_l", "_r")))
    for key in ordered:
        names = _expand_sides(key, SEGMENT_NAMES)
        if not names:
            raise table.error(
                key, f"unknown segment {key!r} (expected one of: {', '.join(SEGMENT_NAMES)})"
            )
        angle, roll = _segment_value(table, key)
        for name in names:
            if angle is not None:
                angles[name] = angle
            if roll is not None:
                rolls[name] = roll
    # The segments across the body point to their own side unless a pose turns them.
    missing = [s.name for s in SEGMENTS if s.name not in angles and not s.across]
    if missing:
        raise ContentError(table.path, table.where, f"missing angles for: {', '.join(missing)}")
    return Pose(angles, rolls)


def _segment_value(table: Table, key: str) -> tuple[float | None, float | None]:
    """An angle, or an inline table with an angle and/or a roll."""
    value = table.get(key)
    if not isinstance(value, Mapping):
        if isinstance(value, list | str | bool) or value is None:
            raise table.error(key, "must be an angle in degrees or { angle = …, roll = … }")
        return table.number(key, -_MAX_ANGLE, _MAX_ANGLE, unit="degrees"), None
    inner = table.table(key)
    inner.reject_unknown(_SEGMENT_VALUE_KEYS)
    if "angle" not in inner and "roll" not in inner:
        raise table.error(key, "needs an angle, a roll or both")
    angle = roll = None
    if "angle" in inner:
        angle = inner.number("angle", -_MAX_ANGLE, _MAX_ANGLE, unit="degrees")
    if "roll" in inner:
        roll = inner.number("roll", -180, 180, unit="degrees")
    return angle, roll


def _known_keys(table: Table, names: tuple[str, ...], what: str) -> list[str]:
    for name in table:
        if name not in names:
            raise table.error(
                name, f"unknown {what} {name!r} (expected one of: {', '.join(names)})"
            )
    return list(table.keys())


def _ranges(
    table: Table, key: str, names: tuple[str, ...], what: str, low: float, high: float
) -> dict[str, tuple[float, float]]:
    inner = table.table(key)
    result: dict[str, tuple[float, float]] = {}
    for name in _known_keys(inner, names, what):
        first, second = inner.numbers(name, 2, what="[lowest, highest]")
        if not low <= first <= second <= high:
            raise inner.error(name, f"must run from low to high, within {low:g}..{high:g}")
        result[name] = (first, second)
    return result


def _parse_checks(table: Table | None) -> Constraints:
    if table is None:
        return Constraints()
    table.reject_unknown(_CHECK_KEYS)

    def names(key: str, options: tuple[str, ...], what: str) -> tuple[str, ...]:
        return table.choices(key, options, what) if key in table else ()

    hinges = tuple(HINGES)
    in_line: dict[str, float] = {}
    if "in_line" in table:
        inner = table.table("in_line")
        for name in _known_keys(inner, hinges, "joint"):
            in_line[name] = inner.number(name, 0, 180, unit="degrees")
    near_line_at_hold: dict[str, tuple[str, str, float]] = {}
    if "near_line_at_hold" in table:
        inner = table.table("near_line_at_hold")
        for name in _known_keys(inner, JOINTS, "joint"):
            line = inner.table(name)
            line.reject_unknown(("through", "within"))
            through = line.choices("through", JOINTS, "joint")
            if len(through) != 2:
                raise line.error("through", "must name two joints")
            near_line_at_hold[name] = (through[0], through[1], line.number("within", 0, 1))
    stacked: list[tuple[str, str]] = []
    if "stacked_at_hold" in table:
        value = table.get("stacked_at_hold")
        if not isinstance(value, list) or len(value) > 8:
            raise table.error("stacked_at_hold", "must be a list of [upper, lower] joint pairs")
        pairs = Table({str(n): pair for n, pair in enumerate(value, start=1)}, table.path)
        for number in pairs:
            field_name = f"{table.name('stacked_at_hold')}[{number}]"
            pair = Table({field_name: pairs.get(number)}, table.path).choices(
                field_name, JOINTS, "joint", max_items=2
            )
            if len(pair) != 2:
                raise ContentError(table.path, field_name, "must be [upper, lower]")
            stacked.append((pair[0], pair[1]))
    return Constraints(
        planted=names("planted", JOINTS, "joint"),
        grounded=names("grounded", JOINTS, "joint"),
        still=names("still", SEGMENT_NAMES, "segment"),
        bend=_ranges(table, "bend", hinges, "joint", 0, 180) if "bend" in table else {},
        apart=_ranges(table, "apart", _PAIRED_JOINTS, "joint pair", 0, 2)
        if "apart" in table
        else {},
        in_line=in_line,
        near_line_at_hold=near_line_at_hold,
        spread=names("spread", hinges, "joint"),
        spread_share=table.number("spread_share", 0, 0.5) if "spread_share" in table else 0.25,
        flat_at_start=names("flat_at_start", SEGMENT_NAMES, "segment"),
        stacked_at_hold=tuple(stacked),
    )


def parse_figure(table: object, where: str, path: Path | None = None) -> FigureSpec:
    """Validate a [figure] table; raise ContentError naming the file and the bad field."""
    top = Table.of(table, path, where)
    top.reject_unknown(_TOP_KEYS)

    view = top.choice("view", VIEWS, "view")
    if view == "side":
        for key in ("elevation", "turn"):
            if key in top:
                raise top.error(key, "only the view from above can be raised or turned")
        camera = Camera("side")
    else:
        elevation = top.number("elevation", 5, 85, unit="degrees") if "elevation" in top else 35.0
        turn = top.number("turn", -90, 90, unit="degrees") if "turn" in top else 0.0
        camera = Camera(view, elevation, turn)
    props = top.choices("props", PROPS, "prop") if "props" in top else ()
    anchor = top.choice("anchor", JOINTS, "joint")
    anchor_at = top.numbers("anchor_at", 2, what="[x, y]") if "anchor_at" in top else None
    planted = top.choices("planted", PLANTABLE, "plantable joint") if "planted" in top else ()
    highlight = top.choices("highlight", SEGMENT_NAMES, "segment") if "highlight" in top else ()
    arrow = top.choice("arrow", JOINTS, "joint") if "arrow" in top else None
    offset = top.numbers("arrow_offset", 2, what="[x, y]") if "arrow_offset" in top else (0.0, 0.0)
    around = top.choice("arrow_around", JOINTS, "joint") if "arrow_around" in top else None
    clearance = top.number("arrow_clearance", 0, 0.5) if "arrow_clearance" in top else 0.0
    arrow_scale = top.number("arrow_scale", 0.5, 3) if "arrow_scale" in top else 1.0
    over_start = top.boolean("arrow_over_start") if "arrow_over_start" in top else False

    frames = top.table("keyframes")
    sequence: tuple[str, ...] = ("start", "stretch")
    if "sequence" in top:
        names = top.choices("sequence", tuple(frames.keys()), "keyframe")
        if len(names) < 2 or names[0] != "start" or names[-1] != "stretch":
            raise top.error("sequence", 'must run from "start" to "stretch" (at least those two)')
        sequence = names
    for needed in ("start", "stretch"):
        if needed not in frames:
            raise frames.error(needed, "missing keyframe")
    start = _parse_pose(frames.table("start"), None)
    # Later keyframes only list what changes; the rest stays as in the start pose.
    keyframes = {"start": start}
    for name in frames:
        if name != "start":
            keyframes[name] = _parse_pose(frames.table(name), start)
    for name in keyframes:
        if name not in sequence:
            raise frames.error(name, "keyframe is not used (add it to figure.sequence)")
    return FigureSpec(
        camera=camera,
        props=props,
        keyframes=keyframes,
        anchor=anchor,
        sequence=sequence,
        anchor_at=(anchor_at[0], anchor_at[1]) if anchor_at else None,
        planted=planted,
        highlight=highlight,
        arrow=arrow,
        arrow_offset=(offset[0], offset[1]),
        arrow_around=around,
        arrow_clearance=clearance,
        arrow_scale=arrow_scale,
        arrow_over_start=over_start,
        checks=_parse_checks(top.optional_table("checks")),
    )
