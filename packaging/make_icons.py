"""Make every icon file the platforms need from the one master drawing.

    python packaging/make_icons.py [OUTPUT_FOLDER]     (default: assets/icons)

The master is drawn by the app's own figure renderer (backstretch.documents.app_icon) at
1024 px; Pillow scales it down and writes the hicolor PNGs, the Windows .ico and the
macOS .icns. Output carries no timestamps, so the same code gives the same bytes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

MASTER_SIZE = 1024
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_master() -> Image.Image:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication

    from backstretch.documents.app_icon import draw_icon

    _app = QGuiApplication.instance() or QGuiApplication([])
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    draw_icon(MASTER_SIZE).save(buffer, "PNG")
    from io import BytesIO

    return Image.open(BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def make_icons(folder: Path) -> list[Path]:
    from backstretch.documents.app_icon import ICON_SIZES

    folder.mkdir(parents=True, exist_ok=True)
    master = render_master()
    written = []
    for size in ICON_SIZES:
        path = folder / f"backstretch-{size}.png"
        master.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    ico = folder / "backstretch.ico"
    master.save(ico, sizes=[(size, size) for size in ICO_SIZES])
    icns = folder / "backstretch.icns"
    master.save(icns)  # Pillow derives the 16…1024 px members from the master
    return [*written, ico, icns]


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "assets" / "icons"
    for path in make_icons(folder):
        print(f"{path.stat().st_size:>8} bytes  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
