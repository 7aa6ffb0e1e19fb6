"""Under the pseudo-language (every text 40% longer) and each shipped language, every
screen at 1366x768 and the printed sheet show their whole text: no label or button is
smaller than its text, and no word on the sheet is wider than its column."""

from __future__ import annotations

import pytest

from backstretch.content_language import load_translated
from backstretch.documents import routine_sheet
from backstretch.paths import resources_dir
from backstretch.routine import RoutineOptions
from tests.helpers.screens import SCREEN, cut_off, screens
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_on_the_printed_sheet_is_wider_than_its_column(
    qapp, tmp_path, monkeypatch, language
):
    laid_out: list[tuple[str, float, float]] = []
    original = routine_sheet._Sheet.doc

    def doc(self, body, width):
        made = original(self, body, width)
        laid_out.append((made.toPlainText()[:60], made.idealWidth(), width))
        return made

    monkeypatch.setattr(routine_sheet._Sheet, "doc", doc)
    with speaking(language):
        library = load_translated(resources_dir(), language)
        pages = routine_sheet.write_routine_sheet(library, RoutineOptions(), tmp_path / "s.pdf")
    assert pages >= 2
    assert any(library.exercises[0].title in text for text, _, _ in laid_out)
    too_wide = [
        f"{text!r}: {ideal:.0f} > {width:.0f}"
        for text, ideal, width in laid_out
        if ideal > width + 0.5
    ]
    assert not too_wide, "\n".join(too_wide)


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
