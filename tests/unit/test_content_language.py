"""The content in each shipped language, field by field, with English where a
translation is missing or unusable, and a list of what is missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backstretch.content import load_library
from backstretch.content_language import load_translated, translate_library, untranslated
from backstretch.paths import resources_dir
from tests.helpers.translation_tool import SHIPPED

RESOURCES = resources_dir()
ENGLISH = load_library(RESOURCES)


@pytest.mark.parametrize("language", SHIPPED)
def test_every_content_field_is_translated(language):
    missing = untranslated(RESOURCES, language)
    assert not missing, "\n".join(map(str, missing))
    library = load_translated(RESOURCES, language)
    assert not library.problems
    for english, translated in zip(ENGLISH.exercises, library.exercises, strict=True):
        assert english.id == translated.id and english.figure == translated.figure
        assert translated.title != english.title
        assert translated.instructions.keys() == english.instructions.keys()
        for phase, text in translated.instructions.items():
            assert text != english.instructions[phase]
            assert ("{side}" in text) == ("{side}" in english.instructions[phase])
        assert len(translated.tips) == len(english.tips)
    assert library.routine.red_flags != ENGLISH.routine.red_flags
    assert len(library.routine.red_flags) == len(ENGLISH.routine.red_flags)


@pytest.fixture
def resources(tmp_path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES / "exercises", copy / "exercises")
    shutil.copy(RESOURCES / "routine.toml", copy / "routine.toml")
    (copy / "translations" / "xx" / "exercises").mkdir(parents=True)
    return copy


def test_a_half_done_translation_falls_back_to_english_per_field(resources):
    (resources / "translations" / "xx" / "exercises" / "knee-rolls.toml").write_text(
        'title = "Rodillas"\n'
        'tips = ["only one of three"]\n'
        "[instructions]\n"
        'hold = "Halt."\n'
        'rest = ""\n'
    )
    library, missing, problems = translate_library(ENGLISH, resources, "xx")
    knee_rolls = library.by_id("knee-rolls")
    english = ENGLISH.by_id("knee-rolls")
    assert knee_rolls.title == "Rodillas"
    assert knee_rolls.instructions["hold"] == "Halt."
    assert knee_rolls.instructions["rest"] == english.instructions["rest"]
    assert knee_rolls.tips == english.tips
    assert knee_rolls.summary == english.summary
    assert not problems
    reasons = {(m.file, m.field): m.reason for m in missing}
    assert reasons[("exercises/knee-rolls.toml", "tips")] == "has 1 items where the English has 3"
    assert reasons[("exercises/knee-rolls.toml", "instructions.rest")] == "must be non-empty text"
    assert reasons[("exercises/knee-rolls.toml", "summary")] == "not translated"
    assert ("exercises/knee-rolls.toml", "title") not in reasons
    assert ("routine.toml", "red_flags") in reasons
    # A stretch without cautions has nothing there to translate.
    assert ("exercises/knee-rolls.toml", "cautions") not in reasons


@pytest.mark.parametrize(
    "content", [b"title = ", b"\xff\xfe not text", b'title = "x"\n' + b"#" * 300_000]
)
def test_an_unusable_translation_file_is_reported_and_the_stretch_stays_english(resources, content):
    path = resources / "translations" / "xx" / "exercises" / "back-extensions.toml"
    path.write_bytes(content)
    library = load_translated(resources, "xx")
    kept, english = library.by_id("back-extensions"), ENGLISH.by_id("back-extensions")
    assert (kept.title, kept.action, kept.instructions) == (
        english.title,
        english.action,
        english.instructions,
    )
    (problem,) = library.problems
    assert problem.path == path
    assert str(problem).startswith("back-extensions.toml: ")
