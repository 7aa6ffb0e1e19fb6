"""Pictures of the still illustrations (the library's cards), kept in the cache folder.

Drawing a card's figures means posing each skeleton, working out its camera box and
painting it: about 45 ms for the six figures of the first screen, and the figure
engine's import besides. A picture drawn once is kept as its pixels (premultiplied
ARGB, in this machine's byte order: nothing to decode, where a PNG took about half a
millisecond each), named by a hash of all it depends on: the figure as the content
describes it, the renderer (the source, or in the frozen app the code, of every module
that draws), the Qt version, the phase, the side, the colours, the size, the pixel
ratio and the byte order. Whatever changes, the name changes,
so a picture is never stale: it is drawn anew, and the new one kept. Writing waits for
the event loop, after the paint it served; a picture that cannot be kept is drawn again
next time. The hash is digest.py's SHA-256, without OpenSSL.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, QTimer, qVersion
from PySide6.QtGui import QImage, QPainter

from backstretch.digest import sha256
from backstretch.figure.spec import FigureSpec
from backstretch.storage import (
    MAX_FILE_BYTES,
    StorageError,
    Unreadable,
    atomic_write_bytes,
    read_bytes,
)

PICTURE_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
# Files kept: the six cards' pictures and shapes in both colour schemes at a few window
# sizes (about 0.2 MB a picture).
KEPT_FILES = 60

# Every module whose code decides what a figure looks like.
RENDERER_MODULES = (
    "backstretch.figure.camera",
    "backstretch.figure.motion",
    "backstretch.figure.render",
    "backstretch.figure.scene",
    "backstretch.figure.skeleton",
    "backstretch.figure.spec",
    "backstretch.session",
)


def renderer_version() -> str:
    """A hash of the drawing code, without importing (or running) it."""
    digest = sha256(qVersion().encode())
    for name in RENDERER_MODULES:
        found = importlib.util.find_spec(name)
        loader = found.loader if found is not None else None
        source = getattr(loader, "get_source", None)
        text = source(name) if source is not None else None
        if text is not None:
            digest.update(text.encode())
        elif loader is not None and hasattr(loader, "get_code"):
            digest.update(marshal.dumps(loader.get_code(name)))
        else:
            digest.update(f"unknown {name}".encode())  # never matches a kept picture
    return digest.hexdigest()


class FigurePictures:
    """Kept pictures of still figures, and their shapes, in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._renderer: str | None = None
        self._aspects: dict[str, float] = {}
        self._pending: dict[Path, bytes] = {}

    def _key(self, *parts: object) -> str:
        if self._renderer is None:
            self._renderer = renderer_version()
        return sha256(repr((self._renderer, *parts)).encode()).hexdigest()[:40]

    def aspect_ratio(self, spec: FigureSpec) -> float:
        key = self._key(repr(spec), "aspect")
        if key in self._aspects:
            return self._aspects[key]
        path = self.folder / f"{key}.aspect"
        data = _cached(path)
        try:
            ratio = float(data.decode()) if data is not None else None
        except ValueError:
            ratio = None
        if ratio is None or not 0.01 < ratio < 100:
            from backstretch.figure.render import aspect_ratio

            ratio = aspect_ratio(spec)
            self._keep(path, repr(ratio).encode())
        self._aspects[key] = ratio
        return ratio

    def picture(
        self,
        spec: FigureSpec,
        state: tuple[str, float, str | None],
        *,
        width: int,
        height: int,
        pixel_ratio: float,
        dark: bool,
        motion: bool,
    ) -> QImage:
        """The figure at `state` for a box of `width` x `height` (device-independent)."""
        pixels = (max(1, round(width * pixel_ratio)), max(1, round(height * pixel_ratio)))
        key = self._key(repr(spec), state, dark, motion, pixels, pixel_ratio, sys.byteorder)
        path = self.folder / f"{key}.argb"
        size = pixels[0] * pixels[1] * 4
        data = _cached(path, size)
        if data is not None and len(data) == size:
            with contextlib.suppress(OSError):
                os.utime(path)  # used now: the last to be forgotten
            # Kept as the pixels themselves: nothing to decode, a copy and it is shown.
            image = QImage(data, *pixels, pixels[0] * 4, PICTURE_FORMAT).copy()
            image.setDevicePixelRatio(pixel_ratio)
            return image
        from backstretch.figure.render import paint_figure

        image = QImage(*pixels, PICTURE_FORMAT)
        image.setDevicePixelRatio(pixel_ratio)
        image.fill(0)
        painter = QPainter(image)
        try:
            phase, progress, side = state
            paint_figure(
                painter, QRectF(0, 0, width, height), spec, phase, progress, side,
                dark=dark, motion=motion,
            )  # fmt: skip
        finally:
            painter.end()
        if image.bytesPerLine() == pixels[0] * 4:  # rows without padding (always, at 32 bits)
            self._keep(path, bytes(image.constBits()))
        return image

    def _keep(self, path: Path, data: bytes) -> None:
        """Written from the event loop, after the paint that needed it."""
        if not self._pending:
            QTimer.singleShot(0, self._write)
        self._pending[path] = data

    def _write(self) -> None:
        pending, self._pending = self._pending, {}
        for path, data in pending.items():
            try:
                atomic_write_bytes(path, data)
            except StorageError:
                return  # a cache: drawn again next time
        self._forget_the_oldest()

    def _forget_the_oldest(self) -> None:
        """Keep the KEPT_FILES used last: each new window width gives the cards new
        pictures, and an older version's stay behind when the drawing code changes."""
        try:
            with os.scandir(self.folder) as found:
                files = [
                    (entry.stat(follow_symlinks=False).st_mtime, entry.path)
                    for entry in found
                    if entry.is_file(follow_symlinks=False)
                ]
        except OSError:
            return
        for _used, path in sorted(files, reverse=True)[KEPT_FILES:]:
            with contextlib.suppress(OSError):
                os.unlink(path)


def _cached(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | None:
    """A kept file's bytes; None when there is none or it is not a file to read (a
    folder or a FIFO where a picture should be): then the picture is drawn anew."""
    try:
        return read_bytes(path, limit)
    except Unreadable:
        return None


_SHARED: dict[Path, FigurePictures] = {}


def kept_pictures() -> FigurePictures:
    """The pictures in the user's cache folder."""
    from backstretch.paths import cache_dir

    folder = cache_dir() / "figures"
    if folder not in _SHARED:
        _SHARED[folder] = FigurePictures(folder)
    return _SHARED[folder]
