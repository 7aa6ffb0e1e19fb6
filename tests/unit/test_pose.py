"""The figure as data: validation, the 3D skeleton, motion through the phases, the camera."""

from __future__ import annotations

import copy
import itertools
import math
import subprocess
import sys

import pytest

from backstretch.figure.camera import Camera
from backstretch.figure.motion import (
    ease_in_out,
    interpolate,
    joint_positions,
    keyframes_for,
    mirror,
    pose_at,
    settle,
)
from backstretch.figure.scene import arrow_path, bounds, mat_box, screen
from backstretch.figure.skeleton import (
    SEGMENTS,
    Pose,
    direction,
    hinge_angle,
    joint_radius,
)
from backstretch.figure.spec import FigureSpec, parse_figure
from backstretch.session import Phase, Side
from backstretch.toml_table import ContentError
from tests.helpers.figure import EXERCISE_FILES, load_figure

# -- test data -----------------------------------------------------------------------

# A kneeling figure that leans forward: small, but every side-view segment is there.
SIDE = {
    "view": "side",
    "props": ["mat"],
    "anchor": "knee_l",
    "highlight": ["spine_low", "spine_high"],
    "arrow": "pelvis",
    "arrow_offset": [0.0, 0.1],
    "keyframes": {
        "start": {
            "spine_low": 90,
            "spine_high": 90,
            "neck": 90,
            "head": 90,
            "upper_arm": -90,
            "forearm": -90,
            "hand": -90,
            "thigh": -90,
            "shin": 0,
            "foot": 0,
        },
        "stretch": {"spine_low": 150, "spine_high": 170, "upper_arm": 200, "forearm": 190},
    },
}

# Lying on the back, seen from above at an angle from the feet, knees up; the stretch
# rolls them left.
ROLL = {
    "view": "above",
    "elevation": 30,
    "turn": 40,
    "props": ["mat", "cushion", "pillow"],
    "anchor": "chest",
    "keyframes": {
        "start": {
            "spine_low": 0,
            "spine_high": 0,
            "neck": 15,
            "head": 30,
            "upper_arm_l": {"angle": 90, "roll": 90},
            "upper_arm_r": {"angle": 90, "roll": -90},
            "forearm_l": {"angle": 90, "roll": 90},
            "forearm_r": {"angle": 90, "roll": -90},
            "hand_l": {"angle": 90, "roll": 90},
            "hand_r": {"angle": 90, "roll": -90},
            "thigh": 145,
            "shin": 232,
            "foot": 184,
        },
        "stretch": {
            "hip": {"roll": 60},
            "thigh": {"roll": 60},
            "shin": {"roll": 60},
            "foot": {"roll": 60},
        },
    },
}


def spec_from(data: dict[str, object]) -> FigureSpec:
    return parse_figure(data, "figure")


def resource_specs() -> dict[str, FigureSpec]:
    return {path.stem: load_figure(path) for path in EXERCISE_FILES}


ALL_SPECS = {"side": spec_from(SIDE), "roll": spec_from(ROLL), **resource_specs()}


def sweep(spec: FigureSpec, steps: int = 16):
    """Every phase at several points, on both sides."""
    for side in (None, Side.LEFT, Side.RIGHT):
        for phase in Phase:
            for step in range(steps + 1):
                yield phase, step / steps, side, pose_at(spec, phase, step / steps, side)


def close_angles(a: Pose, b: Pose, tolerance: float = 1e-6) -> bool:
    def near(x: float, y: float) -> bool:
        return abs((x - y + 180) % 360 - 180) <= tolerance

    return (
        a.angles.keys() == b.angles.keys()
        and all(near(a.angles[k], b.angles[k]) for k in a.angles)
        and all(near(a.roll(k), b.roll(k)) for k in set(a.rolls) | set(b.rolls))
    )


def broken(data: dict[str, object], path: str, value: object) -> dict[str, object]:
    """A deep copy of `data` with one field changed (`...` deletes it)."""
    result = copy.deepcopy(data)
    *parents, last = path.split(".")
    table = result
    for key in parents:
        table = table[key]
    if value is ...:
        del table[last]
    else:
        table[last] = value
    return result


# -- validation ------------------------------------------------------------------


def test_the_real_exercises_are_all_there():
    specs = resource_specs()
    assert set(specs) == {"bottom-to-heel", "knee-rolls", "back-extensions"}
    assert specs["knee-rolls"].view == "above"
    assert {"cushion", "pillow", "mat"} <= set(specs["knee-rolls"].props)
    assert specs["bottom-to-heel"].view == specs["back-extensions"].view == "side"


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        ("keyframes.stretch", ..., "figure.keyframes.stretch", "missing keyframe"),
        ("keyframes.start", ..., "figure.keyframes.start", "missing keyframe"),
        ("keyframes", ..., "figure.keyframes", "missing"),
        ("keyframes.stretch.tail", 10, "figure.keyframes.stretch.tail", "unknown segment"),
        ("keyframes.stretch.thigh_l", "bent", "figure.keyframes.stretch.thigh_l", "angle"),
        ("keyframes.stretch.thigh_l", True, "figure.keyframes.stretch.thigh_l", "angle"),
        ("keyframes.stretch.thigh_l", math.nan, "figure.keyframes.stretch.thigh_l", "number"),
        ("keyframes.stretch.thigh_l", math.inf, "figure.keyframes.stretch.thigh_l", "number"),
        ("keyframes.stretch.thigh_l", 1e300, "figure.keyframes.stretch.thigh_l", "between"),
        ("keyframes.stretch.thigh_l", 10**400, "figure.keyframes.stretch.thigh_l", "number"),
        ("keyframes.start.neck", ..., "figure.keyframes.start", "missing angles for: neck"),
        ("view", "front", "figure.view", "unknown view"),
        ("view", 3, "figure.view", "must be text"),
        ("elevation", 30, "figure.elevation", "view from above"),
        ("arrow_over_start", 1, "figure.arrow_over_start", "true or false"),
        ("props", ["mat", "ball"], "figure.props[2]", "unknown prop 'ball'"),
        ("props", "mat", "figure.props", "list"),
        ("props", ["mat"] * 100, "figure.props", "too many"),
        ("anchor", "tail", "figure.anchor", "unknown joint"),
        ("arrow", "elbow", "figure.arrow", "unknown joint"),
        ("arrow_offset", [1], "figure.arrow_offset", "2 numbers"),
        ("arrow_offset", [1, math.nan], "figure.arrow_offset", "2 numbers"),
        ("highlight", ["spine"], "figure.highlight[1]", "unknown segment"),
        ("wobble", 1, "figure.wobble", "unknown field"),
        ("planted", ["knee_l"], "figure.planted[1]", "unknown plantable joint"),
        ("sequence", ["stretch", "start"], "figure.sequence", 'from "start" to "stretch"'),
        ("checks", {"bend": {"knee_l": [90, 10]}}, "figure.checks.bend.knee_l", "low to high"),
        ("checks", {"bend": {"knee": [10, 90]}}, "figure.checks.bend.knee", "unknown joint"),
        ("checks", {"in_line": {"waist": math.nan}}, "figure.checks.in_line.waist", "number"),
        ("checks", {"jump": 1}, "figure.checks.jump", "unknown field"),
        ("checks", {"stacked_at_hold": [["ankle_r"]]}, "figure.checks.stacked_at_hold[1]", "upper"),
    ],
)
def test_a_broken_field_is_named(path, value, field, words):
    with pytest.raises(ContentError) as caught:
        spec_from(broken(SIDE, path, value))
    assert caught.value.field == field
    assert words in caught.value.message
    assert str(caught.value) == f"{field}: {caught.value.message}"


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"angle": 10, "roll": 300}, "figure.keyframes.stretch.thigh_l.roll"),
        ({"angle": "x"}, "figure.keyframes.stretch.thigh_l.angle"),
        ({"angle": 10, "bend": 1}, "figure.keyframes.stretch.thigh_l.bend"),
        ({}, "figure.keyframes.stretch.thigh_l"),
        ([10, 0.5], "figure.keyframes.stretch.thigh_l"),
    ],
)
def test_broken_rolled_angles_are_named(value, field):
    with pytest.raises(ContentError) as caught:
        spec_from(broken(ROLL, "keyframes.stretch.thigh_l", value))
    assert caught.value.field == field


def test_the_file_is_named_when_there_is_one(tmp_path):
    with pytest.raises(ContentError) as caught:
        parse_figure(broken(SIDE, "view", "front"), "figure", tmp_path / "plank.toml")
    assert str(caught.value).startswith("plank.toml: figure.view: ")


def test_the_prefix_builds_the_field_path():
    with pytest.raises(ContentError) as caught:
        parse_figure(broken(SIDE, "view", "front"), "exercise.figure")
    assert caught.value.field == "exercise.figure.view"


def test_both_sides_shorthand_and_one_side_override():
    spec = spec_from(broken(SIDE, "keyframes.stretch.forearm_r", 175))
    stretch = spec.keyframes["stretch"]
    assert stretch.angles["forearm_l"] == 190
    assert stretch.angles["forearm_r"] == 175
    # A later keyframe keeps what it does not mention from the start pose.
    assert stretch.angles["thigh_l"] == stretch.angles["thigh_r"] == -90


def test_segments_across_the_body_need_no_angles():
    spec = spec_from(SIDE)
    assert "hip_l" not in spec.keyframes["start"].angles
    joints = joint_positions(spec, spec.keyframes["start"])
    # They point to their own side: the left hip and shoulder are nearer the camera.
    assert joints["hip_l"][2] == pytest.approx(0.07)
    assert joints["shoulder_r"][2] == pytest.approx(-0.095)


# -- the skeleton in 3D ------------------------------------------------------------------


def test_direction_turns_in_the_side_plane_and_rolls_about_the_long_axis():
    assert direction(90, 0) == pytest.approx((0, 1, 0))
    assert direction(90, 90) == pytest.approx((0, 0, 1))
    assert direction(0, 75) == pytest.approx((1, 0, 0))  # along the axis a roll does nothing


def test_rolling_a_bent_pair_of_legs_keeps_the_knees_bent_and_together():
    spec = ALL_SPECS["roll"]
    start = joint_positions(spec, spec.keyframes["start"])
    rolled = joint_positions(spec, spec.keyframes["stretch"])
    for side in "lr":
        assert hinge_angle(rolled, f"knee_{side}") == pytest.approx(
            hinge_angle(start, f"knee_{side}")
        )
    assert math.dist(rolled["knee_l"], rolled["knee_r"]) == pytest.approx(
        math.dist(start["knee_l"], start["knee_r"])
    )
    # Both knees went to the person's left (+z) and down.
    for side in "lr":
        assert rolled[f"knee_{side}"][2] > start[f"knee_{side}"][2] + 0.08
        assert rolled[f"knee_{side}"][1] < start[f"knee_{side}"][1]


def test_bones_keep_their_length_in_3d():
    for name, spec in ALL_SPECS.items():
        for phase, _progress, side, pose in sweep(spec, steps=4):
            joints = joint_positions(spec, pose)
            for segment in SEGMENTS:
                length = math.dist(joints[segment.start], joints[segment.end])
                assert length == pytest.approx(segment.length, abs=1e-9), (name, phase, side)


# -- the camera ---------------------------------------------------------------------------


def test_the_side_camera_keeps_lengths_in_the_side_plane():
    camera = Camera("side")
    assert camera.project((0.3, 0.2, 0.0)) == pytest.approx((0.3, 0.2))
    # The far side shows a little to the left, the near side a little to the right.
    assert camera.project((0.0, 0.0, -0.1))[0] < 0 < camera.project((0.0, 0.0, 0.1))[0]
    assert camera.depth((0, 0, -0.1)) > camera.depth((0, 0, 0.1))


def test_the_camera_from_above_looks_along_the_body_from_the_feet():
    camera = Camera("above", 30, 0)
    right, _up, forward = camera.basis
    assert right == pytest.approx((0, 0, 1))
    assert forward == pytest.approx((math.cos(math.radians(30)), -0.5, 0))
    # The head end (+x) is farther and higher on screen; a raised knee is nearer.
    assert camera.depth((1, 0, 0)) > 0 > camera.depth((0, 1, 0))
    assert camera.project((1, 0, 0))[1] > 0


def test_turned_a_quarter_the_camera_sees_the_person_from_the_side():
    # From the person's right (-z): the head end to the left of the picture, as in the
    # side view, and the right side nearer than the left.
    camera = Camera("above", 16, 90)
    assert camera.project((1, 0, 0))[0] < 0 < camera.project((-1, 0, 0))[0]
    assert camera.depth((0, 0, -0.1)) < camera.depth((0, 0, 0.1))
    # Seen from a little above, what stands up shows up, what lies near shows lower.
    assert camera.project((0, 1, 0))[1] > 0 > camera.project((0, 0, -1))[1]


def test_both_sides_are_seen_by_one_camera():
    spec = ALL_SPECS["knee-rolls"]
    # The same box, and the two rolls are the same person rolling either way: the start
    # is the same picture, the holds differ (towards the camera and away from it).
    assert bounds(spec, Side.LEFT) == bounds(spec, Side.RIGHT)

    def drawn(phase: str, side: Side) -> dict[str, tuple[float, float]]:
        return screen(spec, joint_positions(spec, pose_at(spec, phase, 0.0, side)))

    left, right = drawn("get_ready", Side.LEFT), drawn("get_ready", Side.RIGHT)
    for joint, point in left.items():
        assert point == pytest.approx(right[joint]), joint
    # Away from the camera the knees sink less on screen than towards it.
    away, towards = drawn("hold", Side.LEFT), drawn("hold", Side.RIGHT)
    assert towards["knee_r"][1] < away["knee_l"][1] - 0.02


@pytest.mark.parametrize("side", [Side.LEFT, Side.RIGHT])
def test_the_knee_rolls_arrow_points_down_from_above_the_knees(side):
    spec = ALL_SPECS["knee-rolls"]
    stretch = arrow_path(spec, Phase.STRETCH, side)
    release = arrow_path(spec, Phase.RELEASE, side)
    assert stretch[-1][1] < stretch[0][1]  # the knees sink...
    assert release[-1][1] > release[0][1]  # ...and come back up
    # Above the knees as they are at the start, which is as high as they ever are.
    start = screen(spec, joint_positions(spec, pose_at(spec, "stretch", 0.0, side)))
    knee_top = max(start[k][1] for k in ("knee_l", "knee_r")) + joint_radius("knee_l")
    assert min(y for _, y in stretch + release) > knee_top


def test_the_mat_lies_under_everything_on_the_floor():
    spec = ALL_SPECS["knee-rolls"]
    (x0, y0, z0), (x1, y1, z1) = mat_box(spec)
    assert y1 == 0.0 and y0 < 0
    for _phase, _, side, pose in sweep(spec, steps=8):
        for x, _y, z in joint_positions(spec, pose).values():
            assert x0 < x < x1 and z0 < z < z1, side
    # Its corners are inside the camera box: the whole mat shows, near edge and all.
    left, bottom, right, top = bounds(spec)
    for corner in ((x0, y0, z0), (x1, y0, z1), (x0, y0, z1), (x1, y0, z0)):
        x, y = spec.camera.project(corner)
        assert left - 1e-9 <= x <= right + 1e-9 and bottom - 1e-9 <= y <= top + 1e-9


def test_interpolation_endpoints_are_the_keyframes():
    spec = ALL_SPECS["roll"]
    start, stretch = spec.keyframes["start"], spec.keyframes["stretch"]
    assert close_angles(interpolate(start, stretch, 0.0), start)
    assert close_angles(interpolate(start, stretch, 1.0), stretch)
    assert interpolate(start, stretch, 0.5).roll("thigh_l") == pytest.approx(30)


def test_angles_interpolate_the_short_way_round():
    a, b = Pose({"neck": 170}), Pose({"neck": -170})
    assert interpolate(a, b, 0.5).angles["neck"] % 360 == pytest.approx(180)
    assert interpolate(a, b, 0.25).angles["neck"] == pytest.approx(175)


def test_easing_is_monotonic_gentle_at_the_ends_and_visible_early():
    values = [ease_in_out(i / 100) for i in range(101)]
    assert values[0] == 0.0 and values[-1] == pytest.approx(1.0)
    assert all(later >= earlier for earlier, later in itertools.pairwise(values))
    # Slower at both ends than in the middle...
    assert values[5] - values[0] < values[52] - values[47]
    assert values[100] - values[95] < values[52] - values[47]
    # ...but a quarter of the time already shows: more than a pure cosine ease's 15%.
    assert values[25] > 0.18
    assert ease_in_out(-1) == 0.0 and ease_in_out(2) == 1.0


# -- sides ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_mirroring_twice_gives_the_pose_back(name):
    spec = ALL_SPECS[name]
    for pose in spec.keyframes.values():
        assert close_angles(mirror(mirror(pose)), pose)


def test_the_right_side_is_the_mirror_image_of_the_left():
    spec = ALL_SPECS["knee-rolls"]
    left = joint_positions(spec, pose_at(spec, "hold", 0.0, "left"))
    right = joint_positions(spec, pose_at(spec, "hold", 0.0, "right"))
    assert left != right
    # Knees go to the person's left (+z) on the left side, and to -z on the right.
    assert left["knee_l"][2] > 0.15
    for joint in left:
        mirrored = right[joint[:-2] + {"_l": "_r", "_r": "_l"}.get(joint[-2:], joint[-2:])]
        assert mirrored == pytest.approx((left[joint][0], left[joint][1], -left[joint][2]))
    # None and "left" are the same pose; the start pose is the same on both sides.
    assert pose_at(spec, "hold", 0.0, None) == pose_at(spec, "hold", 0.0, "left")
    assert joint_positions(spec, pose_at(spec, "rest", 0.0, "right"))["knee_l"] == (
        pytest.approx(joint_positions(spec, pose_at(spec, "rest", 0.0, "left"))["knee_l"])
    )


# -- phases ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_every_phase_has_its_pose(name):
    spec = ALL_SPECS[name]
    start, stretched = spec.keyframes["start"], spec.keyframes["stretch"]
    for phase in ("next", "get_ready", "rest", "done"):
        for progress in (0.0, 0.5, 1.0):
            assert close_angles(pose_at(spec, phase, progress, None), start, 0.05)
    assert close_angles(pose_at(spec, "stretch", 0.0, None), start, 0.05)
    assert close_angles(pose_at(spec, "stretch", 1.0, None), stretched, 0.2)
    assert close_angles(pose_at(spec, "release", 0.0, None), stretched, 0.2)
    assert close_angles(pose_at(spec, "release", 1.0, None), start, 0.05)
    assert close_angles(pose_at(spec, "hold", 0.0, None), stretched, 0.2)
    # Halfway through the movement the body is somewhere in between.
    middle = pose_at(spec, "stretch", 0.5, None)
    assert not close_angles(middle, start, 1.0) and not close_angles(middle, stretched, 1.0)


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_the_hold_breathes_but_stays_the_stretched_pose(name):
    spec = ALL_SPECS[name]
    start = joint_positions(spec, spec.keyframes["start"])
    stretched = joint_positions(
        spec, settle(spec, spec.keyframes["stretch"], spec.keyframes["start"])
    )
    travel = max(math.dist(start[j], stretched[j]) for j in start)
    breaths = []
    for step in range(11):
        held = joint_positions(spec, pose_at(spec, "hold", step / 10, None))
        breaths.append(max(math.dist(held[j], stretched[j]) for j in held))
    assert max(breaths) < 0.1 * travel
    assert max(breaths) > 0  # alive: it does breathe


def test_unknown_phase_or_side_is_refused():
    spec = ALL_SPECS["side"]
    with pytest.raises(ValueError, match="unknown phase"):
        pose_at(spec, "jump", 0.0, None)
    with pytest.raises(ValueError, match="unknown side"):
        pose_at(spec, "hold", 0.0, "up")


def test_progress_outside_the_phase_is_clamped():
    spec = ALL_SPECS["side"]
    assert pose_at(spec, "stretch", -1.0, None) == pose_at(spec, "stretch", 0.0, None)
    assert pose_at(spec, "stretch", 3.0, None) == pose_at(spec, "stretch", 1.0, None)
    assert pose_at(spec, "stretch", math.nan, None) == pose_at(spec, "stretch", 0.0, None)


def test_an_intermediate_keyframe_is_passed_halfway():
    data = copy.deepcopy(SIDE)
    data["sequence"] = ["start", "tuck", "stretch"]
    data["keyframes"]["tuck"] = {"spine_low": 120}
    spec = spec_from(data)
    assert close_angles(pose_at(spec, "stretch", 0.5, None), spec.keyframes["tuck"])
    assert close_angles(pose_at(spec, "release", 0.5, None), spec.keyframes["tuck"])
    unused = broken(SIDE, "keyframes.tuck", {"spine_low": 120})
    with pytest.raises(ContentError, match="not used") as caught:
        spec_from(unused)
    assert caught.value.field == "figure.keyframes.tuck"


# -- geometry ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_the_camera_box_holds_every_joint_of_every_frame(name):
    spec = ALL_SPECS[name]
    for _phase, _, side, pose in sweep(spec, steps=8):
        left, bottom, right, top = bounds(spec, side)
        for joint, (x, y) in screen(spec, joint_positions(spec, pose)).items():
            margin = joint_radius(joint)
            assert left <= x - margin and x + margin <= right, joint
            assert bottom <= y - margin and y + margin <= top, joint


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_the_camera_box_is_fixed(name):
    spec = ALL_SPECS[name]
    assert bounds(spec) == bounds(spec)
    left, bottom, right, top = bounds(spec)
    assert right > left and top > bottom


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_the_anchor_and_planted_joints_stay_put(name):
    spec = ALL_SPECS[name]
    fixed = (spec.anchor, *spec.planted)
    for phase, progress, side, pose in sweep(spec, steps=8):
        rest = joint_positions(spec, keyframes_for(spec, side)[0])
        joints = joint_positions(spec, pose)
        for joint in fixed:
            assert math.dist(joints[joint], rest[joint]) < 1e-3, (joint, phase, progress, side)


def test_the_stretches_look_different_from_their_start():
    heel = ALL_SPECS["bottom-to-heel"]
    start = joint_positions(heel, heel.keyframes["start"])
    held = joint_positions(heel, pose_at(heel, "hold", 0.0, None))
    assert held["pelvis"][0] > start["pelvis"][0] + 0.15  # bottom back towards the heels
    assert held["pelvis"][1] < start["pelvis"][1]
    extension = ALL_SPECS["back-extensions"]
    start = joint_positions(extension, extension.keyframes["start"])
    held = joint_positions(extension, pose_at(extension, "hold", 0.0, None))
    assert held["chest"][1] > start["chest"][1] + 0.04  # upper body lifted
    assert held["elbow_l"][1] > start["elbow_l"][1] + 0.05  # elbows off the floor
    rolls = ALL_SPECS["knee-rolls"]
    start = joint_positions(rolls, rolls.keyframes["start"])
    held = joint_positions(rolls, pose_at(rolls, "hold", 0.0, "left"))
    assert held["knee_l"][2] > start["knee_l"][2] + 0.08  # knees over to the left
    assert held["knee_r"][2] > start["knee_r"][2] + 0.15


@pytest.mark.parametrize("name", sorted(resource_specs()))
def test_keyframes_already_keep_planted_joints_in_place(name):
    # Settling a keyframe changes nothing: the data is consistent with itself, so the
    # stretched pose drawn is the one written down.
    spec = ALL_SPECS[name]
    for pose in spec.keyframes.values():
        assert close_angles(settle(spec, pose, spec.keyframes["start"]), pose, 0.2)


def test_specs_can_be_compared_and_hashed():
    assert spec_from(SIDE) == spec_from(SIDE)
    assert hash(spec_from(SIDE)) == hash(spec_from(SIDE))
    assert spec_from(SIDE) != spec_from(ROLL)


@pytest.mark.parametrize(
    "module",
    [
        "backstretch.toml_table",
        "backstretch.figure.skeleton",
        "backstretch.figure.camera",
        "backstretch.figure.spec",
        "backstretch.figure.motion",
        "backstretch.figure.scene",
        "backstretch.figure.checks",
    ],
)
def test_figure_modules_do_not_import_qt(module):
    code = f"import sys, {module}; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
