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


# -- hostile files: every one is a ContentError naming the file (and field), never a crash --


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        (r"^hold = 5$", "hold = nan", "seconds.hold", "number of seconds"),
        (r"^hold = 5$", "hold = inf", "seconds.hold", "number of seconds"),
        (r"^hold = 5$", "hold = " + "9" * 400, "seconds.hold", "number of seconds"),
        (r"^thigh = -90$", "thigh = nan", "figure.keyframes.start.thigh", "number of degrees"),
        (r"^thigh = -90$", "thigh = -inf", "figure.keyframes.start.thigh", "number of degrees"),
        (r"^arrow_offset = .*$", "arrow_offset = [0, nan]", "figure.arrow_offset", "numbers"),
        (r"^summary = .*$", 'summary = "' + "x" * 2_001 + '"', "summary", "too long"),
        (r"^tips = \[$", "tips = [" + '"a", ' * 65, "tips", "too many"),
    ],
)
def test_values_that_could_hurt_are_refused(broken, old, new, field, words):
    path = broken("bottom-to-heel", old, new)
    with pytest.raises(ContentError) as caught:
        load_exercise(path)
    assert caught.value.field == field
    assert words in caught.value.message
    assert str(caught.value).startswith("bottom-to-heel.toml: ")


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_text('id = "huge"\nsummary = """' + "x" * 400_000 + '"""\n', encoding="utf-8")
    with pytest.raises(ContentError, match=r"huge\.toml: is larger than 256 KiB"):
        load_exercise(path)


def test_deeply_nested_toml_is_reported_not_raised(tmp_path):
    path = tmp_path / "nested.toml"
    # 100,000 nested arrays fit under the size limit and are far deeper than the parser
    # can go (it raises RecursionError, which must come out as a ContentError).
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"nested\.toml: not valid TOML"):
        load_exercise(path)


def test_text_that_is_not_utf8_is_reported(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes('title = "Rücken"\n'.encode("latin-1"))
    with pytest.raises(ContentError, match=r"latin\.toml: not valid UTF-8"):
        load_exercise(path)


def test_only_regular_files_are_read(tmp_path):
    import os

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)  # opening it for reading must not wait for a writer
    with pytest.raises(ContentError, match=r"fifo\.toml: is not a regular file"):
        load_exercise(fifo)
    (tmp_path / "folder.toml").mkdir()
    with pytest.raises(ContentError, match=r"folder\.toml: "):
        load_exercise(tmp_path / "folder.toml")
    device = tmp_path / "zero.toml"
    device.symlink_to("/dev/zero")
    with pytest.raises(ContentError, match=r"zero\.toml: is not a regular file"):
        load_exercise(device)
    with pytest.raises(ContentError, match=r"missing\.toml: cannot be read"):
        load_exercise(tmp_path / "missing.toml")


def test_the_library_skips_a_hostile_file_and_keeps_the_others(broken, tmp_path):
    broken("knee-rolls", r"^thigh = 140$", "thigh = nan")
    library = load_library(tmp_path / "resources")
    assert [e.id for e in library.exercises] == ["bottom-to-heel", "back-extensions"]
    assert "knee-rolls.toml: figure.keyframes.start.thigh" in str(library.problems[0])


def test_instructions_are_keyed_by_phase(library):
    from backstretch.session import Phase

    heel = library.by_id("bottom-to-heel")
    assert set(heel.instructions) == {
        Phase.GET_READY,
        Phase.STRETCH,
        Phase.HOLD,
        Phase.RELEASE,
        Phase.REST,
    }
    assert heel.instruction(Phase.HOLD) == heel.instruction("hold")
    assert heel.instruction("jump") == ""
