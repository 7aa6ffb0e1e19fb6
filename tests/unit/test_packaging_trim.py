"""What the frozen build leaves out (packaging/trim.py), decided by file name alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trim():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import trim
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return trim


@pytest.mark.parametrize(
    "name",
    ["libstdc++.so.6", "libsqlite3.so.0", "libfreetype.so.6", "libxcb-render.so.0", "libz.so.1"],
)
def test_on_linux_the_systems_own_libraries_are_left_to_the_system(trim, name):
    assert not trim.keep_binary(name, linux=True)


def test_elsewhere_the_same_names_are_pythons_own_copies_and_stay(trim):
    assert trim.keep_binary("libffi-8.dll", linux=False)
    assert trim.keep_binary("libsqlite3.dylib", linux=False)


@pytest.mark.parametrize(
    "name",
    [
        "libpython3.11.so.1.0",
        "PySide6/Qt/lib/libicuuc.so.73",
        "libQt6Core.so.6",
        # Not on every desktop: the portable archive brings them.
        "libxcb-cursor.so.0",
        "libxcb-render-util.so.0",
        "libxkbcommon-x11.so.0",
    ],
)
def test_python_qt_its_icu_and_the_xcb_helpers_stay_on_linux(trim, name):
    assert trim.keep_binary(name, linux=True)


def test_qtsvg_stays_for_the_wayland_decorations_but_svg_images_do_not(trim):
    assert trim.keep_binary("PySide6/Qt/lib/libQt6Svg.so.6", linux=True)
    assert trim.keep_binary(
        "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so", linux=True
    )
    assert not trim.keep_binary("PySide6/Qt/plugins/imageformats/libqsvg.so", linux=True)
