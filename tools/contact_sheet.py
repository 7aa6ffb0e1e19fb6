"""A contact sheet of every stretch's figure, to judge the illustrations at a glance.

    QT_QPA_PLATFORM=offscreen python tools/contact_sheet.py docs/screenshots

Writes contact-sheet.png and contact-sheet-dark.png: one row per stretch and side (both
sides for a stretch done to each side), and the starting position, 25%, 50% and 75% of
the movement and the held position in the columns, drawn by the app's own renderer.
Open it beside the article, and scaled to a quarter to judge it from two metres.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter  # noqa: E402

from backstretch.content import load_library  # noqa: E402
from backstretch.figure.render import paint_figure  # noqa: E402
from backstretch.paths import resources_dir  # noqa: E402

COLUMNS = (
    ("Starting position", "get_ready", 0.0),
    ("25% of the way", "stretch", 0.25),
    ("Half way", "stretch", 0.5),
    ("75% of the way", "stretch", 0.75),
    ("Held", "hold", 0.0),
)
CELL_WIDTH, CELL_HEIGHT = 440, 280
LABEL_WIDTH, HEADER_HEIGHT, PAD = 220, 56, 12


def sheet(dark: bool) -> QImage:
    library = load_library(resources_dir())
    rows = [
        (exercise, side)
        for exercise in library.exercises
        for side in (("left", "right") if exercise.sided else (None,))
    ]
    width = LABEL_WIDTH + len(COLUMNS) * CELL_WIDTH
    height = HEADER_HEIGHT + len(rows) * CELL_HEIGHT
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    background, ink, panel = (
        ("#1e2127", "#e8eaed", "#262a31") if dark else ("#ffffff", "#1f2937", "#f4f6f8")
    )
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(22)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(ink))
        for column, (title, _, _) in enumerate(COLUMNS):
            box = QRectF(LABEL_WIDTH + column * CELL_WIDTH, 0, CELL_WIDTH, HEADER_HEIGHT)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, title)
        for row, (exercise, side) in enumerate(rows):
            top = HEADER_HEIGHT + row * CELL_HEIGHT
            label = exercise.title + (f"\n({side} side)" if side else "")
            painter.setPen(QColor(ink))
            painter.drawText(
                QRectF(PAD, top, LABEL_WIDTH - 2 * PAD, CELL_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                label,
            )
            for column, (_, phase, progress) in enumerate(COLUMNS):
                cell = QRectF(LABEL_WIDTH + column * CELL_WIDTH, top, CELL_WIDTH, CELL_HEIGHT)
                inner = cell.adjusted(PAD / 2, PAD / 2, -PAD / 2, -PAD / 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(panel))
                painter.drawRoundedRect(inner, 10, 10)
                paint_figure(
                    painter,
                    inner.adjusted(PAD, PAD, -PAD, -PAD),
                    exercise.figure,
                    phase,
                    progress,
                    side,
                    dark=dark,
                )
    finally:
        painter.end()
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    _app = QGuiApplication(sys.argv[:1])
    args.folder.mkdir(parents=True, exist_ok=True)
    for dark, name in ((False, "contact-sheet.png"), (True, "contact-sheet-dark.png")):
        path = args.folder / name
        if not sheet(dark).save(str(path)):
            sys.exit(f"could not write {path}")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
