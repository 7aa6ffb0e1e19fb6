"""The app icon: one master drawing made by the figure renderer, used everywhere.

`packaging/make_icons.py` renders the master once and derives every platform size from
it (assets/icons/); the running app loads those files. When they have not been made
(a bare source checkout), the app draws the same picture itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon

from backstretch.paths import assets_dir, resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_EXERCISE = "back-extensions"  # the arched back reads as "back stretch" even when small


def draw_icon(size: int) -> QImage:
    """The master drawing at `size` by `size` pixels on a transparent background.

    Its Qt classes are imported here: a gradient's import alone builds QGradient's
    169 presets, kept for good, and the running app loads the icon from its files."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    from backstretch.content import load_exercise
    from backstretch.figure.render import render_image

    spec = load_exercise(resources_dir() / "exercises" / f"{ICON_EXERCISE}.toml").figure
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    unit = size / 256  # the layout is drawn on a 256-unit grid
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tile = QRectF(8 * unit, 8 * unit, 240 * unit, 240 * unit)
        sky = QLinearGradient(QPointF(0, tile.top()), QPointF(0, tile.bottom()))
        sky.setColorAt(0.0, QColor("#f3f8fe"))
        sky.setColorAt(1.0, QColor("#c9def5"))
        painter.setPen(QPen(QColor("#7fa6d6"), 4 * unit))
        painter.setBrush(sky)
        painter.drawRoundedRect(tile, 52 * unit, 52 * unit)
        # Drawn larger than the tile and clipped by it: the head, arms and arched back
        # fill the icon while the legs run off the edge, so it still reads at 16 px.
        clip = QPainterPath()
        clip.addRoundedRect(
            tile.adjusted(2 * unit, 2 * unit, -2 * unit, -2 * unit), 50 * unit, 50 * unit
        )
        painter.setClipPath(clip)
        width, height = 380 * unit, 295 * unit
        figure = render_image(spec, "hold", 1.0, None, round(width), round(height))
        painter.drawImage(QRectF(-8 * unit, 14 * unit, width, height), figure)
    finally:
        painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def icon_files() -> list[str]:
    folder = assets_dir() / "icons"
    paths = (folder / f"backstretch-{size}.png" for size in ICON_SIZES)
    return [str(path) for path in paths if path.exists()]


def app_icon() -> QIcon:
    """The window and tray icon: the generated sizes, or the master drawn now."""
    icon = QIcon()
    for path in icon_files():
        icon.addFile(path)
    if icon.isNull():
        from PySide6.QtGui import QPixmap

        icon = QIcon(QPixmap.fromImage(draw_icon(256)))
    return icon
