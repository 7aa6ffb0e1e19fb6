"""Colours and type that read from two metres away, in light and dark schemes."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from backstretch.session import Phase

# Each phase has its own colour so a glance tells hold from release. The light and
# dark variants both keep at least 4.5:1 contrast against the window background.
PHASE_COLOURS_LIGHT: dict[Phase, str] = {
    Phase.NEXT: "#5145a8",
    Phase.GET_READY: "#2b66a8",
    Phase.STRETCH: "#0f7a6b",
    Phase.HOLD: "#a65300",
    Phase.RELEASE: "#2e7033",
    Phase.REST: "#4d6470",
    Phase.DONE: "#2e7033",
}
PHASE_COLOURS_DARK: dict[Phase, str] = {
    Phase.NEXT: "#b3abff",
    Phase.GET_READY: "#8cc4ff",
    Phase.STRETCH: "#5fd6c3",
    Phase.HOLD: "#ffb566",
    Phase.RELEASE: "#8fd694",
    Phase.REST: "#aac2cf",
    Phase.DONE: "#8fd694",
}

CAUTION_LIGHT = ("#fff4e0", "#7a3e00")  # background, text
CAUTION_DARK = ("#3a2a12", "#ffd29a")
# Tips are advice, not warnings: a calm blue beside the caution's amber.
TIP_LIGHT = ("#e6f0fa", "#1f3f66")  # background, text
TIP_DARK = ("#1b2a3a", "#c4dcf5")


class _Painted(Protocol):
    def palette(self) -> QPalette: ...


def is_dark(widget: _Painted | None = None) -> bool:
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def phase_colour(phase: Phase, dark: bool) -> QColor:
    return QColor((PHASE_COLOURS_DARK if dark else PHASE_COLOURS_LIGHT)[phase])


def caution_colours(dark: bool) -> tuple[str, str]:
    return CAUTION_DARK if dark else CAUTION_LIGHT


def tip_colours(dark: bool) -> tuple[str, str]:
    return TIP_DARK if dark else TIP_LIGHT


def dark_palette() -> QPalette:
    """A dark desktop scheme, for rendering the dark theme where the system offers none
    (screenshots, tests): the app itself follows whatever palette the system gives."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#1e2226"),
        (QPalette.ColorRole.WindowText, "#eceff1"),
        (QPalette.ColorRole.Base, "#15181b"),
        (QPalette.ColorRole.Text, "#eceff1"),
        (QPalette.ColorRole.Button, "#2b3036"),
        (QPalette.ColorRole.ButtonText, "#eceff1"),
        (QPalette.ColorRole.Highlight, "#5fa8d3"),
        (QPalette.ColorRole.HighlightedText, "#15181b"),
    ):
        palette.setColor(role, QColor(colour))
    # Disabled controls read as disabled: dimmed text, as a desktop's dark scheme does.
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d858c"))
    return palette


def font(pixel_size: float, *, bold: bool = False, base: QFont | None = None) -> QFont:
    result = QFont(base) if base is not None else QFont()
    result.setPixelSize(max(8, round(pixel_size)))
    result.setBold(bold)
    return result
