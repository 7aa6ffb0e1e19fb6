"""Helpers for the figure tests: the real [figure] tables, and QImage → Pillow."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter, ImageStat
from PySide6.QtGui import QImage

from backstretch.figure.spec import FigureSpec, parse_figure
from backstretch.paths import resources_dir

EXERCISE_FILES = sorted((resources_dir() / "exercises").glob("*.toml"))


def load_figure(path: Path) -> FigureSpec:
    """The [figure] table of one exercise file, without the content loader."""
    with path.open("rb") as handle:
        return parse_figure(tomllib.load(handle)["figure"], "figure")


def sides_of(path: Path) -> tuple[str | None, ...]:
    with path.open("rb") as handle:
        sided = tomllib.load(handle).get("sides") == "alternating"
    return ("left", "right") if sided else (None,)


def to_pillow(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = bytes(image.constBits())
    size = (image.width(), image.height())
    # ARGB32 is stored as B, G, R, A bytes on little-endian machines.
    return Image.frombuffer("RGBA", size, data, "raw", "BGRA", image.bytesPerLine(), 1)


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute difference per channel, 0..255."""
    stat = ImageStat.Stat(ImageChops.difference(a.convert("RGBA"), b.convert("RGBA")))
    return sum(stat.mean) / len(stat.mean)


def _outside(image: Image.Image, reference: Image.Image, level: int) -> int:
    """Pixels of `image` that no neighbour (3x3) in `reference` comes within `level` of."""
    low = reference.filter(ImageFilter.MinFilter(3))
    high = reference.filter(ImageFilter.MaxFilter(3))
    excess = ImageChops.lighter(ImageChops.subtract(low, image), ImageChops.subtract(image, high))
    worst = excess.getchannel(0)
    for band in excess.split()[1:]:
        worst = ImageChops.lighter(worst, band)
    return sum(worst.histogram()[level:])


def mismatched_pixels(a: Image.Image, b: Image.Image, level: int = 40) -> int:
    """Pixels that really differ, forgiving anti-aliasing and sub-pixel shifts.

    A pixel only counts if nothing within one pixel of it in the other image is close,
    so edges rendered a fraction of a pixel apart do not count, but a limb that moved does.
    """
    a, b = a.convert("RGBA"), b.convert("RGBA")
    return max(_outside(a, b, level), _outside(b, a, level))


def drawn_fraction(image: Image.Image) -> float:
    """How much of a transparent-background image has something drawn on it."""
    transparent = image.getchannel("A").histogram()[0]
    return 1 - transparent / (image.width * image.height)
