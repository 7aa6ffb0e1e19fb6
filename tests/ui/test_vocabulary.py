"""Every table keyed by a closed vocabulary covers all of it, so adding a phase or a side
fails here until each table has it."""

from __future__ import annotations

from backstretch import theme, wording
from backstretch.content import load_library
from backstretch.cues import CUE_NAMES, PHASE_CUES
from backstretch.paths import assets_dir, resources_dir
from backstretch.session import Phase, Side


def test_every_phase_has_a_title_a_colour_and_a_cue_with_its_sound():
    for table in (wording.PHASE_TITLES, theme.PHASE_COLOURS_LIGHT, theme.PHASE_COLOURS_DARK):
        assert set(table) == set(Phase)
    assert set(PHASE_CUES) == set(Phase)
    for name in CUE_NAMES:
        assert (assets_dir() / "sounds" / f"{name}.wav").is_file(), name


def test_every_side_has_a_name():
    assert set(wording.SIDE_NAMES) == set(Side)


def test_every_phase_of_a_stretch_has_an_instruction_in_every_content_file():
    for exercise in load_library(resources_dir()).exercises:
        for phase in Phase:
            if phase not in (Phase.NEXT, Phase.DONE):  # worded by the app, not the content
                assert exercise.instruction(phase), (exercise.id, phase)
