"""The cards' kept pictures look like the figure drawn directly, are drawn again when
the figure or the renderer changes, and never stand in for another figure."""

from __future__ import annotations

import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from backstretch.content import load_library
from backstretch.figure.render import render_image
from backstretch.paths import resources_dir
from backstretch.ui.widgets import figure_pictures
from backstretch.ui.widgets.figure_pictures import FigurePictures
from tests.helpers.figure import mean_difference, to_pillow

LIBRARY = load_library(resources_dir())
SPEC = LIBRARY.exercises[0].figure
STATE = ("stretch", 1.0, None)


def picture(pictures: FigurePictures, spec=SPEC) -> QImage:
    return pictures.picture(
        spec, STATE, width=320, height=160, pixel_ratio=1.0, dark=False, motion=True
    )


def written(qtbot, folder) -> list[str]:
    qtbot.wait(10)  # kept from the event loop, after the paint
    QApplication.processEvents()
    return sorted(p.name for p in folder.glob("*.argb"))


def test_a_kept_picture_is_the_figure_as_drawn(qtbot, tmp_path):
    first = picture(FigurePictures(tmp_path))
    assert len(written(qtbot, tmp_path)) == 1
    again = picture(FigurePictures(tmp_path))  # a new process reads what was kept
    direct = render_image(SPEC, *STATE, 320, 160)
    assert mean_difference(to_pillow(again), to_pillow(direct)) < 0.5
    assert mean_difference(to_pillow(again), to_pillow(first)) < 0.5


def test_another_figure_or_renderer_gets_a_picture_of_its_own(qtbot, tmp_path, monkeypatch):
    picture(FigurePictures(tmp_path))
    moved = dataclasses.replace(SPEC, arrow_scale=SPEC.arrow_scale * 2)
    picture(FigurePictures(tmp_path), moved)
    assert len(written(qtbot, tmp_path)) == 2
    monkeypatch.setattr(figure_pictures, "renderer_version", lambda: "a newer renderer")
    picture(FigurePictures(tmp_path))
    assert len(written(qtbot, tmp_path)) == 3


def test_a_damaged_picture_is_drawn_again(qtbot, tmp_path):
    picture(FigurePictures(tmp_path))
    (name,) = written(qtbot, tmp_path)
    kept = tmp_path / name
    kept.write_bytes(b"not a picture")  # cut short, as a full disk leaves it
    redrawn = picture(FigurePictures(tmp_path))
    assert redrawn.width() == 320
    written(qtbot, tmp_path)
    assert len(kept.read_bytes()) == 320 * 160 * 4  # kept whole again


def test_the_renderer_version_follows_the_drawing_code():
    assert figure_pictures.renderer_version() == figure_pictures.renderer_version()
    assert "backstretch.figure.render" in figure_pictures.RENDERER_MODULES


def test_a_folder_or_fifo_where_a_picture_should_be_is_drawn_anew(qapp, qtbot, tmp_path):
    import os

    first = picture(FigurePictures(tmp_path))
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.argb")))  # written from the event loop
    for kept in tmp_path.glob("*.argb"):
        kept.unlink()
        os.mkfifo(kept)  # what a hostile or broken cache could hold: never read, never hung
    again = picture(FigurePictures(tmp_path))
    assert again.size() == first.size() and again == first


def test_only_the_pictures_used_last_are_kept(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(figure_pictures, "KEPT_FILES", 3)
    stale = tmp_path / "0123-from-an-older-version.png"
    stale.write_bytes(b"an older picture")
    os.utime(stale, (0, 0))
    pictures = FigurePictures(tmp_path)
    for width in (100, 120, 140):  # the window made wider, a picture for each width
        pictures.picture(
            SPEC, STATE, width=width, height=80, pixel_ratio=1.0, dark=False, motion=True
        )
        qtbot.wait(20)
    QApplication.processEvents()
    kept = sorted(path.name for path in tmp_path.iterdir())
    assert len(kept) == 3 and stale.name not in kept
