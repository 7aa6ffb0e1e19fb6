"""The pose checker: every frame of every stretch shows what the article says.

The first test runs the checker over every exercise file, so a stretch added as a file is
held to the same rules (and to the constraints its own [figure.checks] declares). The
others break one pose on purpose and expect a message that says what, where and when.
"""

from __future__ import annotations

import copy
import dataclasses
import tomllib

import pytest

from backstretch.figure.checks import FPS, Problem, Timing, check_figure, frames
from backstretch.figure.spec import FigureSpec, parse_figure
from backstretch.session import Phase, Side
from tests.helpers.figure import EXERCISE_FILES

IDS = [path.stem for path in EXERCISE_FILES]


def exercise(path):
    with path.open("rb") as handle:
        return tomllib.load(handle)


def figure_table(stretch: str) -> dict[str, object]:
    path = next(p for p in EXERCISE_FILES if p.stem == stretch)
    return copy.deepcopy(exercise(path)["figure"])


def check(stretch: str, table: dict[str, object], sided: bool | None = None) -> list[Problem]:
    spec = parse_figure(table, "figure")
    if sided is None:
        sided = stretch == "knee-rolls"
    return check_figure(stretch, spec, sided=sided)


def messages(problems: list[Problem]) -> list[str]:
    return [str(p) for p in problems]


@pytest.mark.parametrize("path", EXERCISE_FILES, ids=IDS)
def test_every_frame_of_every_stretch_passes(path):
    data = exercise(path)
    seconds = data["seconds"]
    spec = parse_figure(data["figure"], "figure", path)
    timing = Timing(seconds["move"], seconds["hold"], seconds["release"])
    problems = check_figure(path.stem, spec, sided=data["sides"] == "alternating", timing=timing)
    assert not problems, "\n".join(messages(problems[:20]))


def test_every_frame_is_walked_at_30_frames_a_second():
    spec = parse_figure(figure_table("back-extensions"), "figure")
    walked = list(frames(spec, None, Timing(move=3, hold=5, release=2)))
    counts = {phase: sum(1 for f in walked if f.phase is phase) for phase in Phase}
    assert counts[Phase.STRETCH] == 3 * FPS + 1
    assert counts[Phase.HOLD] == 5 * FPS + 1  # the breathing of the hold included
    assert counts[Phase.RELEASE] == 2 * FPS + 1
    assert counts[Phase.GET_READY] == counts[Phase.REST] == 1


def test_knee_rolls_are_checked_on_both_sides():
    table = figure_table("knee-rolls")
    # Rolling only the left leg is a mistake on both sides (mirrored on the right).
    for part in ("thigh_l", "shin_l", "foot_l"):
        table["keyframes"]["stretch"][part] = {"roll": 10}
    for part in ("thigh_r", "shin_r", "foot_r"):
        table["keyframes"]["stretch"][part] = {"roll": 68}
    sides = {p.side for p in check("knee-rolls", table) if "apart" in p.message}
    assert sides == {Side.LEFT, Side.RIGHT}


def test_straightened_knees_are_caught():
    table = figure_table("knee-rolls")
    table["keyframes"]["stretch"]["shin"] = {"angle": 150, "roll": 68}
    problems = [
        p for p in check("knee-rolls", table) if p.joint == "knee_l" and "outside" in p.message
    ]
    assert problems
    first = problems[0]
    assert first.stretch == "knee-rolls" and first.phase is Phase.STRETCH
    assert str(first).startswith("knee-rolls (left side), stretch frame ")
    assert "knee_l: angle" in str(first) and "outside 60–120°" in str(first)


def test_the_old_bottom_to_heel_hump_is_caught():
    table = figure_table("bottom-to-heel")
    # The hold as it was drawn before: 40° at the waist, the head tucked under the arm.
    table["keyframes"]["stretch"].update(
        {"spine_low": 149.5, "spine_high": 189.5, "neck": 200, "head": 206}
    )
    found = messages(check("bottom-to-heel", table))
    assert any("hold frame 0, waist: bends 40° out of line (at most 14°)" in m for m in found)


def test_a_motion_arrow_on_the_head_is_caught():
    table = figure_table("back-extensions")
    table["arrow_offset"] = [0.0, 0.12]  # where it was: on the back of the head and neck
    found = [p for p in check("back-extensions", table) if "arrow" in p.message]
    assert found and found[0].joint in ("head", "neck")
    assert "the motion arrow touches the head or neck" in str(found[0])


def test_an_arrow_across_a_limb_is_caught():
    table = figure_table("knee-rolls")
    table["arrow_clearance"] = 0.0  # right on the knee
    found = [p for p in check("knee-rolls", table) if "arrow" in p.message]
    assert found and "the motion arrow touches" in found[0].message


def test_a_glow_on_the_head_is_caught():
    table = figure_table("back-extensions")
    table["highlight"] = ["neck"]
    found = messages(check("back-extensions", table))
    assert any("neck: the glow must not highlight the head or neck" in m for m in found)


def test_hands_that_slide_are_caught():
    table = figure_table("bottom-to-heel")
    del table["planted"]  # the hands are no longer kept on the spot...
    table["keyframes"]["stretch"]["upper_arm"] = -150  # ...and the arms swing them away
    found = [p for p in check("bottom-to-heel", table) if "should stay put" in p.message]
    assert {p.joint for p in found} >= {"wrist_l", "wrist_r"}


def test_a_limb_below_the_mat_is_caught():
    table = figure_table("back-extensions")
    table["keyframes"]["stretch"]["shin"] = -20
    found = messages(check("back-extensions", table))
    assert any("is below the mat" in m for m in found)


def test_a_movement_that_hardly_starts_is_caught():
    spec = parse_figure(figure_table("back-extensions"), "figure")
    # Nearly all of the lift squeezed into the last moment of the movement.
    stretched = spec.keyframes["stretch"]
    start = spec.keyframes["start"]
    late = dataclasses.replace(
        spec,
        sequence=("start", "still", "nearly", "stretch"),
        keyframes={**spec.keyframes, "still": start, "nearly": start, "stretch": stretched},
    )
    found = [
        p
        for p in check_figure("back-extensions", late, sided=False)
        if "first quarter" in p.message
    ]
    assert found and found[0].phase is Phase.STRETCH


def test_feet_that_do_not_stack_at_the_hold_are_caught():
    table = figure_table("knee-rolls")
    table["checks"]["stacked_at_hold"] = [["ankle_l", "ankle_r"]]  # the wrong way up
    found = messages(check("knee-rolls", table))
    assert any("hold frame 0, ankle_l: should rest on ankle_r" in m for m in found)


def test_a_stretch_without_declared_checks_still_gets_the_common_ones():
    table = figure_table("bottom-to-heel")
    del table["checks"]
    table["keyframes"]["stretch"]["thigh"] = 160  # the knee bent back past the thigh
    spec: FigureSpec = parse_figure(table, "figure")
    assert spec.checks.in_line == {}
    assert check_figure("plank", spec, sided=False)
