"""Routine options turn into a plan, and settings survive damage and restarts."""

from __future__ import annotations

import json
import os

import pytest

from backstretch import wording
from backstretch.content import load_library
from backstretch.fields import Expected, FieldProblem, read_section, section_mapping
from backstretch.paths import resources_dir
from backstretch.routine import RoutineOptions, plan_routine, timing_for
from backstretch.session import Phase
from backstretch.settings import Settings
from backstretch.storage import StorageError, atomic_write_text

LIBRARY = load_library(resources_dir())


def test_recommended_values_come_from_the_content():
    rolls = LIBRARY.by_id("knee-rolls")
    timing = timing_for(rolls, RoutineOptions())
    assert (timing.repetitions, timing.hold, timing.rest) == (
        10,
        rolls.seconds.hold,
        rolls.seconds.rest,
    )


def test_user_options_override_and_repetitions_stay_in_the_advised_range():
    options = RoutineOptions(repetitions=30, hold_seconds=8, rest_seconds=1)
    timing = timing_for(LIBRARY.by_id("bottom-to-heel"), options)
    assert (timing.repetitions, timing.hold, timing.rest) == (10, 8, 1)
    assert (
        timing_for(LIBRARY.by_id("bottom-to-heel"), RoutineOptions(repetitions=2)).repetitions == 8
    )


def test_plan_routine_uses_the_lead_in():
    plan = plan_routine(LIBRARY.exercises, RoutineOptions(lead_in_seconds=9))
    assert plan.steps[0].phase is Phase.GET_READY and plan.steps[0].duration == 9


def test_options_mapping_round_trip_and_bad_values():
    options = RoutineOptions(repetitions=9, hold_seconds=6.0)
    again, problems = read_section(RoutineOptions, section_mapping(options))
    assert again == options and problems == []
    bad, problems = read_section(RoutineOptions, {"repetitions": "ten", "hold_seconds": 500})
    assert bad == RoutineOptions()
    assert [wording.field_problem(p) for p in problems] == [
        "repetitions must be a whole number from 1 to 30",
        "hold_seconds must be between 1 and 60",
    ]


def test_non_finite_and_huge_numbers_are_refused():
    for value in (float("nan"), float("inf"), 10**5000, 1e308):
        bad, problems = read_section(RoutineOptions, {"hold_seconds": value})
        assert bad.hold_seconds is None and len(problems) == 1, value


def test_settings_persist_across_instances(tmp_path):
    settings = Settings(tmp_path).load()
    settings.routine = RoutineOptions(repetitions=8, lead_in_seconds=10)
    settings.save()
    assert Settings(tmp_path).load().routine == settings.routine


def test_a_corrupt_settings_file_is_kept_aside_and_defaults_used(tmp_path):
    (tmp_path / "settings.json").write_text("{ not json", encoding="utf-8")
    settings = Settings(tmp_path).load()
    assert settings.routine == RoutineOptions()
    problems = wording.setting_problems(settings.file_problem, settings.ignored)
    assert len(problems) == 1 and "set aside" in problems[0]
    backups = list(tmp_path.glob("settings.json.bad-*"))
    assert len(backups) == 1 and backups[0].read_text() == "{ not json"


def test_a_hand_edited_bad_value_keeps_the_good_ones(tmp_path):
    data = {
        "routine": {"repetitions": 9, "hold_seconds": -4, "newer_field": "kept"},
        "future": {"keep": True},
    }
    (tmp_path / "settings.json").write_text(json.dumps(data), encoding="utf-8")
    settings = Settings(tmp_path).load()
    assert settings.routine.repetitions == 9 and settings.routine.hold_seconds is None
    problems = wording.setting_problems(settings.file_problem, settings.ignored)
    assert problems == ["Routine setting ignored: hold_seconds must be between 1 and 60"]
    settings.save()
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert saved["future"] == {"keep": True}  # sections we do not know are preserved
    assert saved["routine"]["newer_field"] == "kept"  # and so are fields we do not know


def test_atomic_write_keeps_the_old_file_when_the_disk_is_full(tmp_path, monkeypatch):
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StorageError, match="the disk is full"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_the_user_chooses_which_stretches_and_their_order():
    options = RoutineOptions(order=("back-extensions", "bottom-to-heel"), left_out=("knee-rolls",))
    from backstretch.routine import choose_exercises

    assert [e.id for e in choose_exercises(LIBRARY.exercises, options)] == [
        "back-extensions",
        "bottom-to-heel",
    ]
    # A stretch the user never ordered (a newly added file) joins at the end.
    partial = RoutineOptions(order=("knee-rolls",))
    assert [e.id for e in choose_exercises(LIBRARY.exercises, partial)] == [
        "knee-rolls",
        "bottom-to-heel",
        "back-extensions",
    ]
    again, problems = read_section(RoutineOptions, section_mapping(options))
    assert again == options and problems == []
    _, problems = read_section(RoutineOptions, {"order": "knee-rolls"})
    assert problems == [FieldProblem("order", Expected.NAMES)]
    assert wording.field_problem(problems[0]) == "order must be a list of stretch names"
