"""The printable routine sheet as a reader gets it: a real PDF, read back with poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zlib
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from backstretch import __version__
from backstretch.content import Library, load_library
from backstretch.documents.routine_sheet import DOCUMENT_TITLE, write_routine_sheet
from backstretch.figure.render import LIGHT
from backstretch.paths import resources_dir
from backstretch.routine import RoutineOptions, choose_exercises

pytestmark = pytest.mark.integration

POPPLER_TOOLS = ("pdftotext", "pdftoppm", "pdfinfo")
# Antialiased edges blend the figure's blue with its outline and the panel behind it;
# well inside a limb the colour is exact, so a small tolerance finds plenty of pixels.
COLOUR_TOLERANCE = 12
# At 50 dpi a figure's body covers thousands of pixels; a few hundred leaves room for
# smaller figures and still cannot come from text or a stray line.
MIN_BODY_PIXELS = 300
# Text alone covers a few per cent of an A4 page at 50 dpi; a blank page covers none.
MIN_INKED_SHARE = 0.04


@pytest.fixture(autouse=True)
def poppler():
    missing = [tool for tool in POPPLER_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"reading the PDF back needs poppler-utils ({', '.join(missing)} missing)")


@pytest.fixture(scope="module")
def library() -> Library:
    loaded = load_library(resources_dir())
    assert not loaded.problems
    return loaded


@pytest.fixture(scope="module")
def sheet(qapp, library, tmp_path_factory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("sheet") / "routine.pdf"
    return path, write_routine_sheet(library, RoutineOptions(), path)


def run(*command: str | Path) -> str:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def flat(text: str) -> str:
    """Text as words: poppler breaks lines where the layout wrapped them."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(path: Path) -> str:
    return flat(run("pdftotext", "-enc", "UTF-8", path, "-"))


def pdf_info(path: Path) -> dict[str, str]:
    info = {}
    for line in run("pdfinfo", path).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def render_pages(path: Path, folder: Path) -> list[Image.Image]:
    run("pdftoppm", "-r", "50", "-png", path, folder / "page")
    files = sorted(folder.glob("page-*.png"), key=lambda f: int(f.stem.rsplit("-", 1)[1]))
    return [Image.open(file).convert("RGB") for file in files]


def pixels(image: Image.Image) -> list[tuple[int, int, int]]:
    return list(zip(*(band.tobytes() for band in image.split()), strict=True))


def test_the_sheet_is_an_a4_pdf_with_the_pages_it_reports(sheet):
    path, pages = sheet
    assert path.read_bytes().startswith(b"%PDF")
    info = pdf_info(path)
    assert int(info["Pages"]) == pages
    assert "(A4)" in info["Page size"]
    assert info["Title"] == DOCUMENT_TITLE
    assert info["Creator"] == f"Backstretch {__version__}"


def test_the_text_holds_every_title_step_and_caution(sheet, library):
    path, pages = sheet
    text = pdf_text(path)
    assert "Your back stretches" in text
    chosen = choose_exercises(library.exercises, RoutineOptions())
    for number, exercise in enumerate(chosen, start=1):
        # Sections come in the routine's order, each headed with its place in it.
        assert flat(f"STRETCH {number} OF {len(chosen)} {exercise.title}") in text
        assert flat(f"Why: {exercise.summary}") in text
        for line in (*exercise.starting_steps, *exercise.action, *exercise.tips):
            assert flat(line) in text, line
        for caution in exercise.cautions:
            assert flat(caution) in text, caution
        if exercise.cautions:
            assert "Take care" in text
    for number in range(1, pages + 1):
        assert f"Backstretch · page {number} of {pages}" in text


def test_the_first_page_says_when_to_stop_and_when_to_see_a_doctor(sheet, library):
    path, _ = sheet
    first = flat(run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", path, "-"))
    assert "does not replace medical advice" in first
    assert "Stop any stretch that hurts" in first
    assert "See a doctor urgently" in first
    for sign in library.routine.red_flags:  # the same list as the first-run notice
        assert flat(sign) in first, sign
    for words in ("buttocks or genitals", "bladder or bowel", "weakness in your legs", "fever"):
        assert words in first
    # The routine in one line: every stretch with its repetitions and hold.
    assert "1. Bottom-to-heel stretch: 10 times, hold 5 s" in first
    assert "Knee rolls: 10 times each side, hold 4 s" in first


def test_each_stretch_states_its_dose(sheet, library):
    text = pdf_text(sheet[0])
    assert "10 times; 8–10 recommended" in text
    assert "10 times each side; 8–10 recommended" in text  # knee rolls go both ways
    assert "Then the other side." in text
    assert "5 seconds" in text and "between repetitions" in text


def test_every_page_is_drawn_and_stretch_pages_show_the_figure(sheet, tmp_path):
    path, pages = sheet
    images = render_pages(path, tmp_path)
    assert len(images) == pages
    body = LIGHT.body.red(), LIGHT.body.green(), LIGHT.body.blue()
    for number, image in enumerate(images, start=1):
        colours = pixels(image)
        inked = sum(1 for pixel in colours if min(pixel) < 235) / len(colours)
        assert inked > MIN_INKED_SHARE, f"page {number} is nearly blank ({inked:.1%} inked)"
        if number == 1:
            continue
        figure = sum(
            1
            for pixel in colours
            if all(abs(c - b) <= COLOUR_TOLERANCE for c, b in zip(pixel, body, strict=True))
        )
        assert figure >= MIN_BODY_PIXELS, f"page {number} shows no figure ({figure} pixels)"


def test_figures_are_painted_as_vector_shapes(sheet):
    """The body is filled with its own colour in the page's drawing commands, not pasted in
    as a picture, so it prints sharply at any size."""
    data = sheet[0].read_bytes()
    body = (LIGHT.body.redF(), LIGHT.body.greenF(), LIGHT.body.blueF())
    fills = 0
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        try:
            content = zlib.decompress(data[match.end() : end])
        except zlib.error:
            continue  # an image or a font, not page content
        for colour in re.finditer(rb"([\d.]+) ([\d.]+) ([\d.]+) (?:scn|rg)\b", content):
            values = tuple(float(v) for v in colour.groups())
            if all(abs(v - b) < 0.002 for v, b in zip(values, body, strict=True)):
                fills += 1
    assert fills > 0


def test_a_stretch_left_out_has_no_section(qapp, library, tmp_path):
    full = write_routine_sheet(library, RoutineOptions(), tmp_path / "full.pdf")
    path = tmp_path / "short.pdf"
    pages = write_routine_sheet(library, RoutineOptions(left_out=("knee-rolls",)), path)
    assert pages == int(pdf_info(path)["Pages"]) < full
    text = pdf_text(path)
    knee_rolls = library.by_id("knee-rolls")
    assert knee_rolls.title not in text
    shared = {step for e in library.exercises if e is not knee_rolls for step in e.action}
    for step in set(knee_rolls.action) - shared:
        assert flat(step) not in text
    assert "STRETCH 1 OF 2 Bottom-to-heel stretch" in text
    assert "STRETCH 2 OF 2 Back extensions" in text


def test_the_chosen_order_is_the_order_on_paper(qapp, library, tmp_path):
    path = tmp_path / "reordered.pdf"
    order = ("back-extensions", "bottom-to-heel", "knee-rolls")
    write_routine_sheet(library, RoutineOptions(order=order), path)
    text = pdf_text(path)
    headings = [text.index(f"OF 3 {library.by_id(i).title}") for i in order]
    assert headings == sorted(headings)


def test_long_instructions_flow_onto_more_pages_without_losing_a_word(qapp, library, tmp_path):
    steps = tuple(f"Step {n}: breathe out slowly and keep your back long." for n in range(1, 81))
    long = replace(library.by_id("bottom-to-heel"), action=steps)
    path = tmp_path / "long.pdf"
    pages = write_routine_sheet(Library((long,), (), library.routine), RoutineOptions(), path)
    assert pages == int(pdf_info(path)["Pages"]) >= 3
    text = pdf_text(path)
    for step in steps:
        assert text.count(flat(step)) == 1, step
    for caution in long.cautions:
        assert flat(caution) in text
