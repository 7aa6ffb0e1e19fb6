"""Exercise content: the real files are complete, and broken files are reported clearly."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from backstretch.content import ContentError, load_exercise, load_library
from backstretch.paths import resources_dir

RESOURCES = resources_dir()


@pytest.fixture
def library():
    return load_library(RESOURCES)


def all_text(exercise):
    parts = [exercise.title, exercise.summary, exercise.starting_summary]
    parts += [*exercise.starting_steps, *exercise.action, *exercise.tips, *exercise.cautions]
    parts += list(exercise.instructions.values())
    return " ".join(parts).lower()


def test_the_three_stretches_load_in_order(library):
    assert library.problems == ()
    assert [e.id for e in library.exercises] == ["bottom-to-heel", "knee-rolls", "back-extensions"]
    rolls = library.by_id("knee-rolls")
    assert rolls.sided and not library.by_id("back-extensions").sided
    for exercise in library.exercises:
        assert (exercise.repetitions.minimum, exercise.repetitions.maximum) == (8, 10)
        assert exercise.repetitions.default == 10
        assert "8 to 10" in all_text(exercise)


# Every instruction and caution of the source article, as facts to find in our wording.
ARTICLE_FACTS = {
    "bottom-to-heel": [
        r"whole spine",
        r"all fours",
        r"knees .*below your hips",
        r"hands .*below your shoulders",
        r"back flat",
        r"neck .*(in line|long)",
        r"elbows are not locked",
        r"bottom back towards your heels",
        r"natural curve",
        r"back, shoulders or neck",
        r"mirror",
        r"don't overdo",
        r"problems with your knees",
    ],
    "knee-rolls": [
        r"lower back",
        r"lie on your back on a mat",
        r"flat cushion under your head",
        r"low, not thick",
        r"arms out",
        r"knees .*together",
        r"knees and hips .*one side",
        r"back, shoulders and arms still",
        r"as far as is comfortable",
        r"hold",
        r"other side",
        r"upper back still",
        r"pillow between your knees",
        r"never force",
    ],
    "back-extensions": [
        r"upper and your lower back",
        r"lie on your front",
        r"prop yourself up on your elbows",
        r"shoulders back",
        r"neck long",
        r"spine lengthen",
        r"press down through your hands",
        r"neck straight",
        r"stretch in your stomach",
        r"make your back pain worse",
        r"hips and legs down on the floor",
    ],
}


@pytest.mark.parametrize("exercise_id", ARTICLE_FACTS)
def test_every_article_fact_reaches_the_user(library, exercise_id):
    text = all_text(library.by_id(exercise_id))
    missing = [fact for fact in ARTICLE_FACTS[exercise_id] if not re.search(fact, text)]
    assert not missing


def test_general_advice_is_loaded(library):
    assert "every day" in library.routine.intro
    assert any("hurts" in tip for tip in library.routine.general_tips)


def test_side_placeholder_is_filled(library):
    rolls = library.by_id("knee-rolls")
    assert "to the left" in rolls.instruction("stretch", "left")
    assert "{side}" not in rolls.instruction("stretch", "right")


# -- broken files -----------------------------------------------------------------------


@pytest.fixture
def broken(tmp_path):
    """Copy the real content to a temporary folder and damage one file on request."""
    shutil.copytree(RESOURCES, tmp_path / "resources")

    def damage(exercise_id: str, old: str, new: str) -> Path:
        path = tmp_path / "resources" / "exercises" / f"{exercise_id}.toml"
        text = path.read_text(encoding="utf-8")
        assert re.search(old, text, flags=re.M), old
        path.write_text(re.sub(old, new, text, count=1, flags=re.M), encoding="utf-8")
        return path

    return damage


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        (r"^summary = .*$", "", "summary", "missing"),
        (r"^order = 1$", 'order = "first"', "order", "whole number"),
        (r"^hold = 5$", "hold = -2", "seconds.hold", "between"),
        (r"^hold = 5$", 'hold = "five"', "seconds.hold", "number of seconds"),
        (r"^\[instructions\]$", '[instructions]\njump = "Jump!"', "instructions.jump", "unknown"),
        (r"^sides = .*$", 'sides = "both"', "sides", "one of"),
        (r"^id = .*$", 'id = "heel"', "id", "file name"),
        (r"^tips = \[$", "tips = [ 3,", "tips[1]", "text"),
        (r"^default = 10$", "default = 12", "repetitions.default", "between 8 and 10"),
    ],
)
def test_a_broken_field_is_named(broken, old, new, field, words):
    path = broken("bottom-to-heel", old, new)
    with pytest.raises(ContentError) as caught:
        load_exercise(path)
    assert caught.value.field == field
    assert words in caught.value.message
    assert str(caught.value).startswith("bottom-to-heel.toml: ")


def test_a_broken_figure_field_is_named(broken):
    path = broken("knee-rolls", r"^\[figure\]$", "[figure]\nwobble = 1")
    with pytest.raises(ContentError) as caught:
        load_exercise(path)
    assert caught.value.field.startswith("figure")


def test_bad_toml_is_reported_with_the_file(broken):
    path = broken("back-extensions", r"^title = .*$", "title = 'unterminated")
    with pytest.raises(ContentError, match=r"back-extensions\.toml: not valid TOML"):
        load_exercise(path)


def test_the_library_keeps_the_good_files_and_says_which_was_skipped(broken, tmp_path):
    broken("knee-rolls", r"^hold = 4$", "hold = -1")
    library = load_library(tmp_path / "resources")
    assert [e.id for e in library.exercises] == ["bottom-to-heel", "back-extensions"]
    assert len(library.problems) == 1
    assert "knee-rolls.toml: seconds.hold" in str(library.problems[0])


def test_an_empty_folder_is_a_problem_not_a_crash(tmp_path):
    (tmp_path / "exercises").mkdir()
    library = load_library(tmp_path)
    assert library.exercises == ()
    assert {str(p) for p in library.problems} >= {"exercises: no exercise files found"}
