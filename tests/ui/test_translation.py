"""The Qt side of translation: Qt's own catalogue for its buttons, QLocale for numbers,
times, dates and weekday names, and a language change that offers a restart."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from backstretch import wording
from backstretch.fields import LanguageTag
from backstretch.settings import Section
from tests.helpers.translations import speaking

# What Qt's own catalogues call these, in the languages this test knows.
CLOSE = {"de": "Schließen", "es": "Cerrar", "fr": "Fermer"}
MONDAY = {"de": "Montag", "es": "lunes", "fr": "lundi"}


@pytest.mark.parametrize("language", sorted(CLOSE))
def test_qt_buttons_and_formats_follow_the_language(qapp, language):
    with speaking(language) as translation:
        assert translation.catalogue is not None and translation.catalogue.exists()
        assert translation.qt_catalogue is not None
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == CLOSE[language]
        assert wording.weekday(0) == MONDAY[language]
        assert wording.duration(2.5) == "2,5 s"
        assert wording.day_month(date(2026, 12, 3)).startswith("3")
        now = datetime(2026, 12, 1, 9, 0)
        assert "10:30" in wording.next_reminder(datetime(2026, 12, 1, 10, 30), None, now)
    assert wording.weekday(0) == "Monday"
    assert wording.duration(2.5) == "2.5 s"


def test_choosing_a_language_offers_a_restart_and_keeps_the_choice(
    make_application, qapp, monkeypatch
):
    from backstretch.platform.translation import Translation

    asked: list[str] = []

    def answer(parent, title, text):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    app = make_application(start_services=False, translation=Translation(qapp))
    app.translation.install("", preferred=["en_US"])
    try:
        app.store.update(Section.GENERAL, language=LanguageTag("de"))
        assert len(asked) == 1 and "Deutsch" in asked[0]
        assert not app.restart_requested
        assert app.store.general.language == "de"
        # Back to the language in use: nothing to restart for.
        app.store.update(Section.GENERAL, language=LanguageTag(""))
        assert len(asked) == 1
    finally:
        app.translation.uninstall()


def test_each_language_is_named_in_its_own_words(qapp):
    from backstretch.platform.translation import language_name
    from tests.helpers.translations import ensure_built

    ensure_built()
    names = {language: language_name(language) for language in ("en", "de", "es", "fr")}
    assert names == {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français"}
    with speaking("fr"):
        assert wording.this_language() == "Français"


def test_the_frozen_build_keeps_the_catalogues_it_needs_and_no_others():
    import sys

    from tests.helpers.translation_tool import ROOT

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from trim import keep_data
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    shipped = ("de", "es", "fr")
    assert keep_data("resources/translations/backstretch_de.qm", shipped)
    assert keep_data("resources/translations/de/exercises/knee-rolls.toml", shipped)
    assert not keep_data("resources/translations/backstretch_de.ts", shipped)
    assert not keep_data("resources/translations/backstretch_en_XA.qm", shipped)
    assert not keep_data("resources/translations/en_XA/routine.toml", shipped)
    assert keep_data("PySide6/Qt/translations/qtbase_fr.qm", shipped)
    assert not keep_data("PySide6/Qt/translations/qtbase_ja.qm", shipped)
    assert not keep_data("PySide6/Qt/translations/qtmultimedia_fr.qm", shipped)
