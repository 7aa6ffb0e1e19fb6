"""Under the pseudo-language (every text 40% longer) and each shipped language, every
screen at 1366x768 and the printed sheet show their whole text: no label or button is
smaller than its text, and no word on the sheet is wider than its column."""

from __future__ import annotations

import re

import pytest

from backstretch import languages, wording
from backstretch.content_language import load_translated
from backstretch.documents import routine_sheet
from backstretch.paths import resources_dir
from backstretch.routine import RoutineOptions
from tests.helpers.screens import SCREEN, cut_off, screens, shown_texts
from tests.helpers.translations import LANGUAGES, speaking


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_cut_off_on_any_screen(qapp, private_home, language):
    problems: list[str] = []
    names: list[str] = []
    with speaking(language):
        library = load_translated(resources_dir(), language)

        def check(name, widget):
            names.append(name)
            problems.extend(f"{name}: {problem}" for problem in cut_off(widget))
            size = widget.window().size()
            if size.width() > SCREEN[0] or size.height() > SCREEN[1]:
                problems.append(f"{name}: {size.width()}x{size.height()} is larger than the screen")

        screens(library, private_home, check)
    assert {"library", "safety-notice", "summary", "progress", "reminder"} <= set(names)
    assert sum(name.startswith("session-") for name in names) >= 15
    assert not problems, "\n".join(problems)


def test_under_the_pseudo_language_no_screen_shows_plain_english(qapp, private_home):
    """Every text of ours is accented in the pseudo-language, so a plain English word
    is a text that does not go through the catalogues. Weekday names come from QLocale,
    which writes the pseudo-language's as English does."""
    weekdays = {wording.weekday(n) for n in range(7)} | {wording.short_weekday(n) for n in range(7)}
    plain: set[str] = set()
    with speaking(languages.PSEUDO):
        library = load_translated(resources_dir(), languages.PSEUDO)

        def check(name, widget):
            for owner, text in shown_texts(widget):
                words = re.sub(r"<[^>]+>|&\w+;", " ", text).replace("Backstretch", " ")
                english = [w for w in re.findall(r"[A-Za-z]{3,}", words) if w not in weekdays]
                if english:
                    plain.add(f"{name}: {owner}: {text[:70]!r}")

        screens(library, private_home, check)
    assert not plain, "\n".join(sorted(plain))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_on_the_printed_sheet_is_wider_than_its_column(
    qapp, tmp_path, monkeypatch, language
):
    laid_out: list[tuple[str, float, float]] = []
    original = routine_sheet._Sheet.doc

    def doc(self, body, width):
        made = original(self, body, width)
        laid_out.append((made.toPlainText(), made.idealWidth(), width))
        return made

    monkeypatch.setattr(routine_sheet._Sheet, "doc", doc)
    with speaking(language):
        library = load_translated(resources_dir(), language)
        pages = routine_sheet.write_routine_sheet(library, RoutineOptions(), tmp_path / "s.pdf")
    assert pages >= 2
    assert any(library.exercises[0].title in text for text, _, _ in laid_out)
    too_wide = [
        f"{text[:60]!r}: {ideal:.0f} > {width:.0f}"
        for text, ideal, width in laid_out
        if ideal > width + 0.5
    ]
    assert not too_wide, "\n".join(too_wide)
    if language == languages.PSEUDO:  # every text of the sheet went through a catalogue
        english = [
            text
            for text, _, _ in laid_out
            if re.search(r"[A-Za-z]{3,}", text.replace("Backstretch", " "))
        ]
        assert not english, english


def test_the_check_finds_a_clipped_label_and_a_clipped_button(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label, button, wrapped = (
        QLabel("A rather long text"),
        QPushButton("Start the routine"),
        QLabel(),
    )
    wrapped.setWordWrap(True)
    wrapped.setText("Words that wrap onto several lines when the label is narrow. " * 3)
    for widget in (label, button, wrapped):
        widget.setFixedWidth(40)
        layout.addWidget(widget)
    wrapped.setFixedHeight(20)
    root.show()
    problems = cut_off(root)
    assert len(problems) == 3, problems
    for widget in (label, button):
        widget.setFixedWidth(400)
    wrapped.setFixedSize(400, 200)
    assert cut_off(root) == []
