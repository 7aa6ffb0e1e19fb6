"""Which collected Qt files the frozen build leaves out, and why.

PyInstaller's PySide6 hook collects every plugin of the modules the app imports. Many
serve platforms or features Backstretch does not use; each costs size and start-up
time (Qt scans plugin folders). Paths are compared with forward slashes.
"""

from __future__ import annotations

import sys
from pathlib import PurePath

# Plugin folders dropped whole.
DROPPED_PLUGIN_FOLDERS = {
    "tls",  # no network traffic beyond the local single-instance socket
    "networkinformation",
    "egldeviceintegrations",  # only for eglfs, below
    "generic",  # evdev/tslib input for framebuffer systems
    "qmltooling",
    "sqldrivers",
    "printsupport",
}

# Single plugins dropped by their name (without lib prefix and suffix).
DROPPED_PLUGINS = {
    # Platforms: kiosk and remote back ends; xcb, wayland, offscreen, windows and
    # cocoa stay.
    "qeglfs",
    "qlinuxfb",
    "qvnc",
    "qminimal",
    "qminimalegl",
    "qdirect2d",
    "qvkkhrdisplay",
    # The GTK theme plugin pulls in GTK and its dependencies; the portal theme covers
    # the colour scheme on Linux desktops.
    "qgtk3",
    # Input method for touch-screen kiosks; compose and ibus stay.
    "qtvirtualkeyboardplugin",
    # Image formats the app never reads (PNG is built into QtGui; ICO is kept for
    # Windows).
    "qjpeg",
    "qgif",
    "qtiff",
    "qwebp",
    "qtga",
    "qwbmp",
    "qicns",
    "qpdf",
    "qsvg",
    "qmacheif",
    "qmacjp2",
    # The test-only speech engine.
    "qtexttospeech_mock",
    # FFmpeg playback of media files (20 MB with its libraries): our WAV cues go to
    # the audio device through QAudioSink without any media back end.
    "ffmpegmediaplugin",
}

# Shared libraries that only the dropped plugins need. Qt6Svg stays: GNOME's window
# decorations on Wayland (the adwaita plugin) draw their buttons with it, and without
# them a window there has no title bar at all; the SVG icon engine (icon themes in
# Qt's dialogs) uses it too.
DROPPED_LIBRARIES = ("Qt6Pdf", "Qt6VirtualKeyboard", "Qt6Qml", "Qt6Quick")


# Taken from the system instead (the .deb depends on them). Base libraries every
# desktop Linux has, whose system copies must match the running services (D-Bus,
# systemd, the sound server, speech-dispatcher) or are simply always there (GLib, Xlib,
# the C++ runtime, compression, fonts, libxcb's extension libraries).
# Bundling them only adds size and risks a mismatch, and costs memory as well: every
# other program maps the system's copy, so its pages are shared and count for little
# in each one's PSS, while a bundled copy's pages are this app's alone (about 3 MiB at
# rest for the list below from the C++ runtime on).
SYSTEM_LIBRARIES = (
    # PulseAudio client and what it loads
    "libpulse.so",
    "libpulse-simple.so",
    "libpulsecommon",
    "libsndfile",
    "libFLAC",
    "libvorbis",
    "libogg",
    "libopus",
    "libmp3lame",
    "libmpg123",
    "libasyncns",
    # D-Bus and systemd
    "libdbus-1",
    "libsystemd",
    "libgcrypt",
    "libgpg-error",
    "liblz4",
    "libcap.",
    # GLib (Qt's event loop integration)
    "libglib-2.0",
    "libgthread-2.0",
    "libpcre2-8",
    # Xlib
    "libX11.so",
    "libX11-xcb",
    "libXau",
    "libXdmcp",
    "libbsd",
    "libmd.",
    # Kerberos, for QtNetwork's authentication support
    "libgssapi_krb5",
    "libkrb5",
    "libk5crypto",
    "libcom_err",
    "libkeyutils",
    # The speech-dispatcher client, for Qt's speechd engine (its protocol must match
    # the installed speech-dispatcher; the .deb recommends both)
    "libspeechd",
    # The C++ runtime Qt is built against
    "libstdc++",
    "libgcc_s",
    # Compression, XML and foreign calls for Python's own modules; SQLite for the
    # history
    "libz.so",
    "libbz2",
    "liblzma",
    "libzstd",
    "libexpat",
    "libffi",
    "libsqlite3",
    # Fonts: FreeType and fontconfig with what FreeType loads
    "libfreetype",
    "libfontconfig",
    "libpng16",
    "libbrotli",
    # Keyboard maps, and the X extensions' libraries that come with libxcb itself. The
    # xcb-util family (cursor, icccm, image, keysyms, render-util, util) and
    # libxkbcommon-x11 stay bundled: many desktops install them only with a Qt or
    # KDE program, and the portable archive must start there too.
    "libxkbcommon.so",
    "libxcb-glx",
    "libxcb-randr",
    "libxcb-render.",
    "libxcb-shape",
    "libxcb-shm",
    "libxcb-sync",
    "libxcb-xfixes",
    "libxcb-xkb",
)

# Icon files only the build itself needs (the executable and bundle icons).
BUILD_ONLY_DATA = ("backstretch.ico", "backstretch.icns")


def _plugin_name(path: PurePath) -> str:
    name = path.name.split(".")[0]
    return name[3:] if name.startswith("lib") else name


def _under_plugins(path: PurePath) -> tuple[str, ...] | None:
    parts = path.parts
    if "plugins" in parts:
        return parts[parts.index("plugins") + 1 :]
    return None


def keep_binary(destination: str, *, linux: bool = sys.platform.startswith("linux")) -> bool:
    path = PurePath(destination.replace("\\", "/"))
    plugin = _under_plugins(path)
    if plugin is not None:
        if plugin[0] in DROPPED_PLUGIN_FOLDERS:
            return False
        if _plugin_name(path) in DROPPED_PLUGINS:
            return False
    name = path.name
    # Only Linux: on Windows and macOS some of these names are Python's own copies
    # (libffi-8.dll for ctypes, a Homebrew Python's libsqlite3.dylib).
    if linux and any(name.startswith(library) for library in SYSTEM_LIBRARIES):
        return False
    return not any(library in name for library in DROPPED_LIBRARIES)


# The generated pseudo-language is for the tests only.
PSEUDO_LANGUAGE = "en_XA"


def keep_data(destination: str, languages: tuple[str, ...] = ()) -> bool:
    """`languages`: those the app has a catalogue for, whose Qt catalogues it needs."""
    path = PurePath(destination.replace("\\", "/"))
    parts = path.parts
    # Qt's own translations: only qtbase (buttons and standard dialogs), and only for
    # the languages the app speaks; the others would translate a few buttons of a
    # window that is otherwise English.
    if "translations" in parts and ("Qt" in parts or "PySide6" in parts):
        return path.name in {f"qtbase_{language}.qm" for language in languages}
    # The app reads the compiled .qm; the .ts sources are for translators.
    if parts[:2] == ("resources", "translations") and (
        path.suffix == ".ts" or PSEUDO_LANGUAGE in path.stem or PSEUDO_LANGUAGE in parts
    ):
        return False
    if parts and parts[-1] in BUILD_ONLY_DATA:
        return False
    return keep_binary(destination)


def _is_root(destination: str) -> bool:
    """Binaries the app loads itself: Python extensions, kept Qt plugins, libpython."""
    path = PurePath(destination.replace("\\", "/"))
    name = path.name
    return (
        ".abi3." in name
        or ".cpython-" in name
        or name.startswith("libpython")
        or _under_plugins(path) is not None
    )


def drop_orphans(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Keep only libraries some kept binary loads (Linux, where ldd lists them all).

    The analysis collects the dependencies of every plugin before the lists above are
    applied, so without this step GTK, cairo and friends would ride along unused.
    """
    from PyInstaller.depend.bindepend import get_imports

    needed: set[str] = set()
    for destination, source, _kind in binaries:
        if _is_root(destination):
            needed.update(name for name, _path in get_imports(source))
    return [
        entry
        for entry in binaries
        if _is_root(entry[0]) or PurePath(entry[0].replace("\\", "/")).name in needed
    ]


def drop_dangling_links(
    entries: list[tuple[str, str, str]], kept: set[str]
) -> list[tuple[str, str, str]]:
    """PyInstaller links each Qt library into the top folder; leave out the links whose
    library was left out above."""
    return [entry for entry in entries if entry[2] != "SYMLINK" or entry[1] in kept]
