"""The language follows the settings, then the system (gettext's order on Linux), and
falls back to English; every text stays English until a translator is installed."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from backstretch import languages, wording
from backstretch.fields import Expected, LanguageTag
from backstretch.settings import GeneralOptions, Settings

SHIPPED = ["en", "de", "es", "fr"]


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("de_DE.UTF-8", "de_DE"),
        ("fr_CA.UTF-8@euro", "fr_CA"),
        ("pt-br", "pt_BR"),
        ("es", "es"),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("../../etc", None),
        ("", None),
    ],
)
def test_locale_names_become_language_tags(name, tag):
    assert languages.normalised(name) == tag


def test_gettext_order_language_list_first_then_the_locale_in_force():
    environ = {"LANGUAGE": "fr:de", "LC_ALL": "", "LC_MESSAGES": "es_ES.UTF-8", "LANG": "en_GB"}
    assert languages.posix_preferences(environ) == ["fr", "de", "es_ES.UTF-8"]
    assert languages.choose("", languages.posix_preferences(environ), SHIPPED) == "fr"
    assert languages.posix_preferences({"LANG": "de_AT.UTF-8"}) == ["de_AT.UTF-8"]


def test_a_region_falls_back_to_its_language_and_an_unknown_one_to_english():
    assert languages.choose("", ["de_AT.UTF-8"], SHIPPED) == "de"
    assert languages.choose("", ["ja_JP.UTF-8", "es_MX"], SHIPPED) == "es"
    assert languages.choose("", ["ja_JP.UTF-8"], SHIPPED) == "en"
    assert languages.choose("", ["C.UTF-8"], SHIPPED) == "en"
    assert languages.choose("", ["en_GB.UTF-8", "de"], SHIPPED) == "en"


def test_the_setting_wins_over_the_system_unless_it_has_no_translation():
    assert languages.choose("es", ["de_DE.UTF-8"], SHIPPED) == "es"
    assert languages.choose("ja", ["de_DE.UTF-8"], SHIPPED) == "de"


def test_available_languages_are_the_compiled_catalogues(tmp_path):
    for name in ("backstretch_de.qm", "backstretch_pt_BR.qm", "backstretch_x y.qm", "other.qm"):
        (tmp_path / name).write_bytes(b"")
    assert languages.available(tmp_path) == ["en", "de", "pt_BR"]


def test_the_language_setting_is_read_and_a_bad_one_is_reported(tmp_path):
    (tmp_path / "settings.json").write_text('{"general": {"language": "de"}}')
    assert Settings(tmp_path).load().general.language == "de"
    (tmp_path / "settings.json").write_text('{"general": {"language": "../de"}}')
    settings = Settings(tmp_path).load()
    assert settings.general.language == GeneralOptions().language == LanguageTag("")
    (problem,) = settings.ignored
    assert problem.problem is not None and problem.problem.expected is Expected.LANGUAGE
    assert "language code" in wording.setting_problem(problem)


def test_english_plural_comes_from_the_disambiguation_without_a_translator():
    assert wording.stretches(1) == "1 stretch"
    assert wording.stretches(2) == "2 stretches"
    assert wording.about_minutes(60) == "about 1 minute"


def test_a_translator_sees_every_text_with_its_context_and_count():
    seen: list[tuple[str, str, str | None, int]] = []

    def loud(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, disambiguation, n))
        return "»" + wording.english(context, text, disambiguation, n)

    wording.use_translation(loud)
    try:
        assert wording.reminder_body(1, 120) == "»»1 gentle stretch, »about 2 minutes."
        assert ("Wording", "%n gentle stretches", "%n gentle stretch", 1) in seen
        assert wording.phase_title(wording.Phase.HOLD) == "»HOLD"
        assert wording.side_name(wording.Side.LEFT) == "»left"
    finally:
        wording.use_translation(None)
    assert wording.reminder_body(1, 120) == "1 gentle stretch, about 2 minutes."


def test_formats_replace_numbers_times_and_weekdays():
    wording.use_formats(
        wording.Formats(
            number=lambda value: f"{value:g}".replace(".", ","),
            clock=lambda moment: f"{moment.hour}h{moment.minute:02d}",
            day_month=lambda day, pattern: f"{day.day}/{day.month}",
            weekday=lambda number: ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"][number],
        )
    )
    try:
        now = datetime(2026, 12, 1, 9, 0)  # a Tuesday
        assert wording.next_reminder(datetime(2026, 12, 3, 10, 30), None, now).endswith(
            "10h30 on jeu"
        )
        assert wording.duration(2.5) == "2,5 s"
        assert wording.day_month(date(2026, 12, 3)) == "3/12"
    finally:
        wording.use_formats(None)
    assert wording.duration(2.5) == "2.5 s"
