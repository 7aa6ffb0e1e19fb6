"""The figure as data: validation, motion through the phases, and the fixed camera box."""

from __future__ import annotations

import copy
import itertools
import math
import subprocess
import sys
import tomllib

import pytest

from backstretch.figure.pose import (
    PHASES,
    SEGMENT_BY_NAME,
    FigureDataError,
    FigureSpec,
    Pose,
    bounds,
    ease_in_out,
    interpolate,
    joint_positions,
    joint_radius,
    keyframes_for,
    mirror,
    parse_figure,
    pose_at,
    segments_for,
    settle,
)
from backstretch.paths import resources_dir

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

# Lying on the back, seen from above, knees up; the stretch rolls them to the left.
TOP = {
    "view": "top",
    "props": ["mat", "cushion", "pillow"],
    "anchor": "chest",
    "keyframes": {
        "start": {
            "spine_low": 180,
            "spine_high": 180,
            "neck": 180,
            "head": 180,
            "clavicle_l": 90,
            "clavicle_r": -90,
            "upper_arm_l": 80,
            "upper_arm_r": -80,
            "forearm_l": 80,
            "forearm_r": -80,
            "hand_l": 80,
            "hand_r": -80,
            "hip_l": 90,
            "hip_r": -90,
            "thigh_l": {"angle": 0, "scale": 0.6},
            "thigh_r": {"angle": 0, "scale": 0.6},
            "shin": {"angle": 0, "scale": 0.5},
            "foot": 0,
        },
        "stretch": {
            "thigh_l": {"angle": 50, "scale": 0.9},
            "thigh_r": {"angle": 60, "scale": 0.9},
        },
    },
}


def spec_from(data: dict[str, object]) -> FigureSpec:
    return parse_figure(data, "figure")


def resource_specs() -> dict[str, FigureSpec]:
    specs = {}
    for path in sorted((resources_dir() / "exercises").glob("*.toml")):
        with path.open("rb") as handle:
            specs[path.stem] = parse_figure(tomllib.load(handle)["figure"], "figure")
    return specs


ALL_SPECS = {"side": spec_from(SIDE), "top": spec_from(TOP), **resource_specs()}


def sweep(spec: FigureSpec, steps: int = 16):
    """Every phase at several points, on both sides."""
    for side in (None, "left", "right"):
        for phase in PHASES:
            for step in range(steps + 1):
                yield phase, step / steps, side, pose_at(spec, phase, step / steps, side)


def close_angles(a: Pose, b: Pose, tolerance: float = 1e-6) -> bool:
    return a.angles.keys() == b.angles.keys() and all(
        abs((a.angles[k] - b.angles[k] + 180) % 360 - 180) <= tolerance for k in a.angles
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
    assert set(resource_specs()) == {"bottom-to-heel", "knee-rolls", "back-extensions"}
    specs = resource_specs()
    assert specs["knee-rolls"].view == "top"
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
        ("keyframes.start.neck", ..., "figure.keyframes.start", "missing angles for: neck"),
        ("view", "front", "figure.view", "unknown view"),
        ("view", 3, "figure.view", "must be text"),
        ("props", ["mat", "ball"], "figure.props[2]", "unknown prop 'ball'"),
        ("props", "mat", "figure.props", "list"),
        ("anchor", "tail", "figure.anchor", "unknown joint"),
        ("arrow", "elbow", "figure.arrow", "unknown joint"),
        ("arrow_offset", [1], "figure.arrow_offset", "two numbers"),
        ("highlight", ["spine"], "figure.highlight[1]", "unknown segment"),
        ("wobble", 1, "figure.wobble", "unknown field"),
        ("planted", ["knee_l"], "figure.planted[1]", "unknown plantable joint"),
        ("sequence", ["stretch", "start"], "figure.sequence", 'from "start" to "stretch"'),
    ],
)
def test_a_broken_field_is_named(path, value, field, words):
    with pytest.raises(FigureDataError) as caught:
        spec_from(broken(SIDE, path, value))
    assert caught.value.field == field
    assert words in caught.value.message
    assert str(caught.value) == f"{field}: {caught.value.message}"


def test_a_segment_that_points_at_the_camera_is_unknown_from_the_side():
    with pytest.raises(FigureDataError) as caught:
        spec_from(broken(SIDE, "keyframes.start.clavicle_l", 90))
    assert caught.value.field == "figure.keyframes.start.clavicle_l"
    assert "points at the camera" in caught.value.message


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"angle": 10, "scale": 3}, "figure.keyframes.stretch.thigh_l.scale"),
        ({"angle": "x"}, "figure.keyframes.stretch.thigh_l.angle"),
        ({"angle": 10, "bend": 1}, "figure.keyframes.stretch.thigh_l.bend"),
        ([10, 0.5], "figure.keyframes.stretch.thigh_l"),
    ],
)
def test_broken_scaled_angles_are_named(value, field):
    with pytest.raises(FigureDataError) as caught:
        spec_from(broken(TOP, "keyframes.stretch.thigh_l", value))
    assert caught.value.field == field


def test_length_scales_are_only_for_the_top_view():
    with pytest.raises(FigureDataError) as caught:
        spec_from(broken(SIDE, "keyframes.stretch.thigh_l", {"angle": 0, "scale": 0.5}))
    assert caught.value.field == "figure.keyframes.stretch.thigh_l.scale"


def test_the_prefix_builds_the_field_path():
    with pytest.raises(FigureDataError) as caught:
        parse_figure(broken(SIDE, "view", "front"), "exercise.figure")
    assert caught.value.field == "exercise.figure.view"


def test_both_sides_shorthand_and_one_side_override():
    spec = spec_from(broken(SIDE, "keyframes.stretch.forearm_r", 175))
    stretch = spec.keyframes["stretch"]
    assert stretch.angles["forearm_l"] == 190
    assert stretch.angles["forearm_r"] == 175
    # A later keyframe keeps what it does not mention from the start pose.
    assert stretch.angles["thigh_l"] == stretch.angles["thigh_r"] == -90


def test_the_side_view_needs_no_segments_across_the_body():
    names = {s.name for s in segments_for("side")}
    assert "clavicle_l" not in names and "hip_r" not in names
    assert {s.name for s in segments_for("top")} == set(SEGMENT_BY_NAME)


# -- interpolation and easing -------------------------------------------------------


def test_interpolation_endpoints_are_the_keyframes():
    spec = ALL_SPECS["top"]
    start, stretch = spec.keyframes["start"], spec.keyframes["stretch"]
    assert close_angles(interpolate(start, stretch, 0.0), start)
    assert close_angles(interpolate(start, stretch, 1.0), stretch)
    assert interpolate(start, stretch, 1.0).scale("thigh_l") == pytest.approx(0.9)


def test_angles_interpolate_the_short_way_round():
    a, b = Pose({"neck": 170}), Pose({"neck": -170})
    assert interpolate(a, b, 0.5).angles["neck"] % 360 == pytest.approx(180)
    assert interpolate(a, b, 0.25).angles["neck"] == pytest.approx(175)


def test_easing_is_monotonic_and_starts_and_ends_gently():
    values = [ease_in_out(i / 100) for i in range(101)]
    assert values[0] == 0.0 and values[-1] == pytest.approx(1.0)
    assert all(later >= earlier for earlier, later in itertools.pairwise(values))
    # Slow at both ends, quicker in the middle.
    assert values[5] - values[0] < values[52] - values[47]
    assert values[100] - values[95] < values[52] - values[47]
    assert ease_in_out(-1) == 0.0 and ease_in_out(2) == 1.0


# -- sides ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_mirroring_twice_gives_the_pose_back(name):
    spec = ALL_SPECS[name]
    for pose in spec.keyframes.values():
        twice = mirror(mirror(pose, spec.view), spec.view)
        assert close_angles(twice, pose)
        assert dict(twice.scales) == dict(pose.scales)


def test_the_right_side_is_the_mirror_image_of_the_left():
    spec = ALL_SPECS["knee-rolls"]
    left = joint_positions(spec, pose_at(spec, "hold", 0.0, "left"))
    right = joint_positions(spec, pose_at(spec, "hold", 0.0, "right"))
    assert left != right
    # Knees go to the person's left (+y) on the left side, and to -y on the right.
    assert left["knee_l"][1] > 0.15
    assert right["knee_r"][1] == pytest.approx(-left["knee_l"][1])
    assert right["knee_r"][0] == pytest.approx(left["knee_l"][0])
    # None and "left" are the same pose; the start pose is the same on both sides.
    assert pose_at(spec, "hold", 0.0, None) == pose_at(spec, "hold", 0.0, "left")
    assert joint_positions(spec, pose_at(spec, "rest", 0.0, "right"))["knee_l"][1] == (
        pytest.approx(-joint_positions(spec, pose_at(spec, "rest", 0.0, "left"))["knee_r"][1])
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
    assert close_angles(pose_at(spec, "stretch", 1.0, None), stretched, 0.05)
    assert close_angles(pose_at(spec, "release", 0.0, None), stretched, 0.05)
    assert close_angles(pose_at(spec, "release", 1.0, None), start, 0.05)
    assert close_angles(pose_at(spec, "hold", 0.0, None), stretched, 0.05)
    # Halfway through the movement the body is somewhere in between.
    middle = pose_at(spec, "stretch", 0.5, None)
    assert not close_angles(middle, start, 1.0) and not close_angles(middle, stretched, 1.0)


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_the_hold_breathes_but_stays_the_stretched_pose(name):
    spec = ALL_SPECS[name]
    start = joint_positions(spec, spec.keyframes["start"])
    stretched = joint_positions(spec, spec.keyframes["stretch"])
    travel = max(math.dist(start[j], stretched[j]) for j in start)
    for step in range(11):
        held = joint_positions(spec, pose_at(spec, "hold", step / 10, None))
        assert max(math.dist(held[j], stretched[j]) for j in held) < 0.1 * travel


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


def test_an_intermediate_keyframe_is_passed_halfway():
    data = copy.deepcopy(SIDE)
    data["sequence"] = ["start", "tuck", "stretch"]
    data["keyframes"]["tuck"] = {"spine_low": 120}
    spec = spec_from(data)
    assert close_angles(pose_at(spec, "stretch", 0.5, None), spec.keyframes["tuck"])
    assert close_angles(pose_at(spec, "release", 0.5, None), spec.keyframes["tuck"])
    unused = broken(SIDE, "keyframes.tuck", {"spine_low": 120})
    with pytest.raises(FigureDataError, match="not used") as caught:
        spec_from(unused)
    assert caught.value.field == "figure.keyframes.tuck"


# -- geometry ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_the_camera_box_holds_every_joint_of_every_frame(name):
    spec = ALL_SPECS[name]
    left, bottom, right, top = bounds(spec)
    for _, _, _, pose in sweep(spec):
        for joint, (x, y) in joint_positions(spec, pose).items():
            margin = joint_radius(joint)
            assert left <= x - margin and x + margin <= right, joint
            assert bottom <= y - margin and y + margin <= top, joint


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_the_camera_box_is_fixed(name):
    spec = ALL_SPECS[name]
    assert bounds(spec) == bounds(spec)
    left, bottom, right, top = bounds(spec)
    assert right > left and top > bottom


@pytest.mark.parametrize("name", [n for n in sorted(ALL_SPECS) if ALL_SPECS[n].view == "side"])
def test_side_view_bones_keep_their_length(name):
    spec = ALL_SPECS[name]
    for phase, progress, side, pose in sweep(spec, steps=8):
        joints = joint_positions(spec, pose)
        for segment in segments_for("side"):
            length = math.dist(joints[segment.start], joints[segment.end])
            assert length == pytest.approx(segment.length, abs=1e-9), (phase, progress, side)


@pytest.mark.parametrize("name", sorted(ALL_SPECS))
def test_the_anchor_and_planted_joints_stay_put(name):
    spec = ALL_SPECS[name]
    fixed = (spec.anchor, *spec.planted)
    for phase, progress, side, pose in sweep(spec, steps=8):
        rest = joint_positions(spec, keyframes_for(spec, side)[0])
        joints = joint_positions(spec, pose)
        for joint in fixed:
            assert math.dist(joints[joint], rest[joint]) < 1e-3, (joint, phase, progress, side)


@pytest.mark.parametrize("name", ["bottom-to-heel", "back-extensions"])
def test_nothing_sinks_into_the_floor(name):
    spec = ALL_SPECS[name]
    for phase, progress, _, pose in sweep(spec, steps=8):
        for joint, (_, y) in joint_positions(spec, pose).items():
            assert y - joint_radius(joint) > -0.006, (joint, phase, progress)


def test_what_must_stay_on_the_floor_does():
    def on_floor(spec, joint, pose):
        return joint_positions(spec, pose)[joint][1] - joint_radius(joint) < 0.01

    heel = ALL_SPECS["bottom-to-heel"]
    extension = ALL_SPECS["back-extensions"]
    for phase, progress, _, pose in sweep(heel, steps=8):
        for joint in ("wrist_l", "wrist_r", "knee_l", "knee_r", "toes_l", "toes_r"):
            assert on_floor(heel, joint, pose), (joint, phase, progress)
    for phase, progress, _, pose in sweep(extension, steps=8):
        for joint in ("wrist_l", "wrist_r", "pelvis", "knee_l", "toes_l", "toes_r"):
            assert on_floor(extension, joint, pose), (joint, phase, progress)


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
    assert spec_from(SIDE) != spec_from(TOP)


def test_pose_module_does_not_import_qt():
    code = "import sys, backstretch.figure.pose; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
