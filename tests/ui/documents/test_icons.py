"""The icon files every platform needs, made from the one master drawing."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image

from backstretch.documents.app_icon import ICON_SIZES, app_icon
from backstretch.paths import assets_dir

ROOT = Path(__file__).resolve().parents[3]


def load_make_icons():
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_icons_writes_every_size_and_is_reproducible(qapp, tmp_path):
    make_icons = load_make_icons()
    first = make_icons.make_icons(tmp_path / "a")
    second = make_icons.make_icons(tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    for size in ICON_SIZES:
        with Image.open(tmp_path / "a" / f"backstretch-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            # Transparent corners, a drawn middle: a real icon, not an empty square.
            assert image.getpixel((0, 0))[3] == 0
            assert image.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(tmp_path / "a" / "backstretch.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "a" / "backstretch.icns") as icns:
        assert icns.size == (1024, 1024) or (512, 512) in icns.info.get("sizes", {(512, 512)})


def test_the_committed_icons_are_complete_and_used_by_the_app(qapp):
    folder = assets_dir() / "icons"
    for size in ICON_SIZES:
        with Image.open(folder / f"backstretch-{size}.png") as image:
            assert image.size == (size, size)
    assert (folder / "backstretch.ico").exists() and (folder / "backstretch.icns").exists()
    icon = app_icon()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
